// The proposals feature's one door: its pages, and what the decision pages reuse of a proposal
// (the grants table and its total, the outcome badge, the live feed).
export { CreateProposalPage } from './CreateProposalPage';
export { EditProposalPage } from './EditProposalPage';
export { GrantsTable } from './GrantsTable';
export { OutcomeBadge } from './ProposalBadges';
export { PROPOSAL_FEED } from './proposal-feed';
export { grantedTotal, type GrantValues } from './proposal-grants';
export { ProposalListPage } from './ProposalListPage';
export { ProposalPageRoute } from './ProposalPage';
