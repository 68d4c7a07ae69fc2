export { agencySummary } from './agency-summary';
export { AgencyKind } from './agency-kind';
export { Agency } from './agency.entity';
export { agencyById } from './agency.loaders';
export { AgencyResolver } from './agency.resolver';
export { AgencySummary, agencySummaryJson } from './agency-summary';
export { agencyPolicy } from './agency.policy';
