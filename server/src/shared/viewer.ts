import { sql, type Expression, type SqlBool } from 'kysely';
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
  /**
   * The agencies this viewer acts for, own agency first: for a LEAD also every unit below it in
   * the agency tree (a department's leaders act for its offices and their branches). Computed once
   * with the session (auth.service.ts `liveSession`). Absent on viewers built outside a session
   * (the seeder, unit tests): their own agency only. Read it through `agenciesActedFor`.
   */
  actedFor?: readonly string[];
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
 * The agencies the viewer acts for, own agency first: the one place the agency hierarchy enters.
 * Every "my agency" condition (visibility predicates, policies, live events) asks this rather than
 * `viewer.agencyId`. Staff act for their own agency only; see `Viewer.actedFor` for leads.
 */
export const agenciesActedFor = (viewer: Pick<Viewer, 'agencyId' | 'actedFor'>): readonly string[] =>
  viewer.actedFor?.length ? viewer.actedFor : [viewer.agencyId];

/**
 * SQL: `column` is one of the agencies the viewer acts for. A plain equality when that is one
 * agency (staff, and leads without units), so their statements keep the plans they had.
 */
export function actedForSql(viewer: Pick<Viewer, 'agencyId' | 'actedFor'>, column: string): Expression<SqlBool> {
  const ids = agenciesActedFor(viewer);
  const ref = sql.ref(column);
  return ids.length === 1
    ? sql<SqlBool>`${ref} = ${ids[0]}`
    : sql<SqlBool>`${ref} = any(${`{${ids.join(',')}}`}::uuid[])`;
}
