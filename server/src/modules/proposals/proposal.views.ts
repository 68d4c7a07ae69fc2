import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../shared/money';
import { Connection } from '../../shared/pagination';
import { AgencySummary } from '../agencies';
import { UserSummary } from '../users';
import { AppraisalOpinion, ResourceKind } from './proposal-enums';
import { ProposalStatus } from './proposal-status';
import { DelegatedActView } from '../delegations';

@ObjectType('ProposalItem')
export class ProposalItemView {
  @Field(() => ID)
  id!: string;

  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field()
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field()
  unit!: string;

  @Field(() => MoneyScalar, { nullable: true })
  amount!: bigint | null;

  @Field()
  justification!: string;
}

@ObjectType('Recommendation')
export class RecommendationView {
  @Field(() => ID)
  itemId!: string;

  @Field(() => MoneyScalar, { nullable: true })
  amount!: bigint | null;

  @Field(() => Int, { nullable: true })
  quantity!: number | null;
}

@ObjectType('Appraisal', { description: "An appraising agency's opinion on the current revision" })
export class AppraisalView {
  @Field(() => AgencySummary)
  agency!: AgencySummary;

  @Field(() => [ResourceKind], { description: 'The item kinds routed to this agency' })
  kinds!: ResourceKind[];

  @Field(() => AppraisalOpinion, { nullable: true, description: 'Null while pending' })
  opinion!: AppraisalOpinion | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => [RecommendationView])
  recommendations!: RecommendationView[];

  @Field(() => UserSummary, { nullable: true })
  appraisedBy!: UserSummary | null;

  @Field(() => Date, { nullable: true })
  appraisedAt!: Date | null;
}

@ObjectType('ProposalRevision', { description: 'What was sent at one submission, unchanged' })
export class RevisionView {
  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field()
  rationale!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => [ProposalItemView])
  items!: ProposalItemView[];

  @Field(() => MoneyScalar)
  totalAmount!: bigint;

  @Field()
  submittedAt!: Date;
}

@ObjectType('Proposal', { description: 'Đề xuất kinh phí, nguồn lực' })
export class ProposalView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'ĐX-YYYY-NNNN once submitted' })
  code!: string | null;

  @Field()
  title!: string;

  @Field()
  rationale!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => Int, { description: 'The revision being edited or considered' })
  revision!: number;

  @Field(() => String, { nullable: true })
  returnReason!: string | null;

  @Field(() => AgencySummary)
  requestingAgency!: AgencySummary;

  @Field(() => UserSummary)
  author!: UserSummary;

  @Field(() => [ProposalItemView])
  items!: ProposalItemView[];

  @Field(() => MoneyScalar, { description: "Sum of the items' amounts, computed by the server" })
  totalAmount!: bigint;

  @Field(() => [AppraisalView], { description: 'Appraisals of the current revision' })
  appraisals!: AppraisalView[];

  @Field(() => [ID])
  linkedRequestIds!: string[];

  @Field(() => [ID])
  linkedTaskIds!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field()
  lastActivityAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class ProposalConnection extends Connection(ProposalView) {}

@ObjectType('ProposalEvent', { description: "One entry of a proposal's timeline (from the event log)" })
export class ProposalEventView {
  @Field(() => ID, { description: 'Event id: pass the last one seen to proposalChanged to resume' })
  id!: string;

  @Field({ description: 'CREATED, UPDATED, SUBMITTED, APPRAISED, RETURNED, APPRAISAL_REOPENED, WITHDRAWN, DECIDED' })
  type!: string;

  @Field()
  at!: Date;

  @Field(() => UserSummary, { nullable: true })
  actor!: UserSummary | null;

  @Field(() => AgencySummary, { nullable: true })
  actorAgency!: AgencySummary | null;

  @Field(() => String, { nullable: true, description: 'Comment, reason or decision number' })
  note!: string | null;

  @Field(() => DelegatedActView, {
    nullable: true,
    description: 'Taken under a delegation: its form (KT./TL.) and the leader acted for',
  })
  delegation!: DelegatedActView | null;
}
