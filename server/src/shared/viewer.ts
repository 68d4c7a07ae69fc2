import { registerEnumType } from 'type-graphql';

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
}
