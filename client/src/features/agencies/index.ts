// The agencies feature's one door: its pages, and the directory and pickers every form that names
// an agency uses (requests, tasks, meetings).
export { AgencyDetailPage } from './AgencyDetailPage';
export { AgencyDirectoryPage } from './AgencyDirectoryPage';
export { AgencySelect, SupportingAgencies } from './AgencyFields';
export { AgencyMembersQuery, type AgencyListItem } from './agencies.operations';
export { useAgencyDirectory } from './useAgencyDirectory';
export { WithAgencyDirectory } from './WithAgencyDirectory';
