export type { SeedAgency, SeedAgencyKind, SeedRole, SeedUser } from './types';
export { demoAgencies, localities } from './agencies';
export { demoUsers } from './users';
export { demoRequests } from './requests';
export type { SeedRequest, SeedRequestStep } from './requests';
export { demoProposals } from './proposals';
export type { SeedProposal, SeedProposalItem, SeedProposalStep } from './proposals';
export { demoMeeting, demoTaskQuarters } from './tasks';
export type { SeedDirective, SeedMeeting, SeedQuarter, SeedTask, SeedTaskCategory } from './tasks';
