import { isCommitteeLead, Role, type Viewer } from '../../shared/viewer';
import { AgencyKind } from '../agencies';

export const userPolicy = {
  /** Members of an agency are part of the public directory for signed-in officials. */
  canReadMembers: (viewer: Viewer | null): boolean => viewer !== null,
  canManage: (viewer: Viewer | null): boolean => viewer?.role === Role.ADMIN,
  /**
   * Separation of duties: an ADMIN cannot make someone a signing official alone. A new Committee
   * LEAD awaits confirmation by a Committee LEAD already confirmed (a pending one acts as STAFF).
   */
  awaitsConfirmation: (role: Role, agencyKind: AgencyKind): boolean =>
    role === Role.LEAD && agencyKind === AgencyKind.PEOPLES_COMMITTEE,
  canConfirmSigning: (viewer: Viewer): boolean => isCommitteeLead(viewer),
};
