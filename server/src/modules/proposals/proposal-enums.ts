import { registerEnumType } from 'type-graphql';
import { ProposalAction, ProposalStatus } from './proposal-status';

/** What a line item asks for. */
export enum ResourceKind {
  FUNDING = 'FUNDING',
  PERSONNEL = 'PERSONNEL',
  EQUIPMENT = 'EQUIPMENT',
  LAND = 'LAND',
  OTHER = 'OTHER',
}

export enum AppraisalOpinion {
  SUPPORT = 'SUPPORT',
  PARTIAL = 'PARTIAL',
  OPPOSE = 'OPPOSE',
}

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(ProposalAction, {
  name: 'ProposalAction',
  description: 'What the viewer may do now (from the workflow table)',
});
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'Kinh phí, nhân sự (biên chế), trang thiết bị, đất đai, khác',
});
registerEnumType(AppraisalOpinion, { name: 'AppraisalOpinion', description: 'Đồng ý, đồng ý một phần, không đồng ý' });
