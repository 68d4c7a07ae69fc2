// The requests feature's one door: its pages, the domain field and the enum orders tasks reuse,
// and the router state a saved draft's page reads (proposals extend it).
export { CreateRequestPage } from './CreateRequestPage';
export { DomainField } from './DomainField';
export { EditRequestPage } from './EditRequestPage';
export { DOMAINS, REQUEST_STATUSES } from './request-options';
export { RequestListPage } from './RequestListPage';
export { RequestPageRoute } from './RequestPage';
export type { SavedRequestState } from './useOpenSavedRequest';
