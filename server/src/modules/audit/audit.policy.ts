import { Role, type Viewer } from '../../shared/viewer';

/** The log says who did what everywhere (sign-ins included): administrators only. */
export const auditPolicy = {
  canRead: (viewer: Viewer | null): boolean => viewer?.role === Role.ADMIN,
};
