import { Role, type Viewer } from '../../shared/viewer';

/** The directory is public to every signed-in official; only administrators change it. */
export const agencyPolicy = {
  canRead: (viewer: Viewer | null): boolean => viewer !== null,
  canManage: (viewer: Viewer | null): boolean => viewer?.role === Role.ADMIN,
};
