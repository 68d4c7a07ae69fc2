import { Role, type Viewer } from '../../shared/viewer';

export const userPolicy = {
  /** Members of an agency are part of the public directory for signed-in officials. */
  canReadMembers: (viewer: Viewer | null): boolean => viewer !== null,
  canManage: (viewer: Viewer | null): boolean => viewer?.role === Role.ADMIN,
};
