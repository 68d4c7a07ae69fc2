import { registerEnumType } from 'type-graphql';
import type { HeldDelegation } from './powers';

export enum Role {
  STAFF = 'STAFF',
  LEAD = 'LEAD',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'UserRole',
  description: 'STAFF: chuyên viên; LEAD: lãnh đạo (head or deputy); ADMIN: manages agencies and users',
});

/** Who is calling: resolved once per request (or WebSocket connection) from the session. */
export interface Viewer {
  userId: string;
  agencyId: string;
  /** True for members of the People's Committee, who read everything in the province. */
  inCommittee: boolean;
  role: Role;
  sessionId: string;
  /**
   * The password was set by an ADMIN (new account, reset): the session may only read `me`,
   * change the password or sign out (modules/auth/password-change-gate.ts). Never changes while
   * the session lives: changing the password ends the user's sessions and opens a new one.
   */
  mustChangePassword?: boolean;
  /**
   * Delegations received and in force now (shared/powers.ts asks them): the session loads the
   * ones not yet ended, each request keeps those its clock finds in force. Absent: none.
   */
  delegations?: readonly HeldDelegation[];
}

/**
 * Leads their agency (head or deputy). `role` is the acting role: a Committee LEAD awaiting
 * confirmation arrives from the session as STAFF (see User.actingRole), so they lead nothing yet.
 */
export const isLead = (viewer: Pick<Viewer, 'role'>): boolean => viewer.role === Role.LEAD;

/**
 * A leader of the People's Committee: the one rule behind signing decisions, deciding proposals,
 * assigning tasks, closing quarters, publishing conclusions and confirming new signing officials.
 */
export const isCommitteeLead = (viewer: Pick<Viewer, 'inCommittee' | 'role'>): boolean =>
  viewer.inCommittee && isLead(viewer);

/**
 * The agencies the viewer acts for: today only their own. The one place the agency hierarchy
 * (a department's leaders acting for its subordinate units) is to enter; every "my agency"
 * condition asks this rather than `viewer.agencyId`.
 */
export const agenciesActedFor = (viewer: Pick<Viewer, 'agencyId'>): readonly string[] => [viewer.agencyId];
