export type { SeedAgency, SeedAgencyKind, SeedRole, SeedUser } from './types';
export { demoAgencies, localities } from './agencies';
export { demoUsers } from './users';
