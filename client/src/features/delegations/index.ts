// The delegations feature's one door: its page.
export { DelegationsPage } from './DelegationsPage';
