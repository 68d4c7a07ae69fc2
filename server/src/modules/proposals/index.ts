export { Appraisal } from './appraisal.entity';
export { ProposalItem } from './proposal-item.entity';
export { ProposalRevision } from './proposal-revision.entity';
export { ProposalResolver } from './proposal.resolver';
export { ProposalService } from './proposal.service';
export type { AppraisalRouting, ProposalSettings } from './proposal.service';
export { Proposal } from './proposal.entity';
export { proposalVisibleTo } from './proposal.queries';
export { ProposalView } from './proposal.views';
