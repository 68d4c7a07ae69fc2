import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyScalar } from '../../shared/money';
import { IdempotencyKeyField } from '../idempotency';
import { AppraisalOpinion, ResourceKind } from './proposal-enums';
import { MAX_LINE_AMOUNT, MAX_TOTAL_AMOUNT } from './proposal-limits';

@InputType()
export class ProposalItemInput {
  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field()
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field({ description: 'e.g. "gói", "biên chế", "bộ", "m²"' })
  unit!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: `Required for FUNDING; at most ${MAX_LINE_AMOUNT} per item and ${MAX_TOTAL_AMOUNT} for the whole proposal`,
  })
  amount?: bigint | null;

  @Field()
  justification!: string;
}

@InputType()
export class ProposalDraftInput {
  @Field()
  title!: string;

  @Field()
  rationale!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => [ProposalItemInput])
  items!: ProposalItemInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Coordination requests this would unblock' })
  linkedRequestIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Tasks this would unblock' })
  linkedTaskIds?: string[];
}

@InputType()
export class CreateProposalInput extends ProposalDraftInput {
  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  idempotencyKey?: string | null;
}

@InputType()
export class UpdateProposalDraftInput extends ProposalDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class ProposalActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class ProposalReasonInput extends ProposalActionInput {
  @Field()
  reason!: string;
}

@InputType()
export class RecommendationInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => MoneyScalar, { nullable: true })
  amount?: bigint | null;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;
}

@InputType()
export class AppraiseProposalInput extends ProposalActionInput {
  @Field(() => AppraisalOpinion)
  opinion!: AppraisalOpinion;

  @Field()
  comment!: string;

  @Field(() => [RecommendationInput], { defaultValue: [], description: 'Per item, for PARTIAL' })
  recommendations!: RecommendationInput[];
}

@InputType()
export class GrantInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  grantedQuantity!: number;

  @Field(() => MoneyScalar, { nullable: true })
  grantedAmount?: bigint | null;
}

@InputType()
export class DecideProposalInput extends ProposalActionInput {
  @Field(() => [GrantInput], { description: 'One per item of the current revision' })
  grants!: GrantInput[];

  @Field({ description: 'Điều kiện, yêu cầu kèm theo' })
  conditions!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to the signing date' })
  effectiveDate?: string | null;
}
