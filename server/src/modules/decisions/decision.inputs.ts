import { Field, ID, InputType, Int } from 'type-graphql';
import { MoneyScalar } from '../../shared/money';

@InputType()
export class RevokeDecisionInput {
  @Field(() => ID)
  decisionId!: string;

  @Field({ description: 'Lý do bãi bỏ' })
  reason!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class AmendedGrantInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  grantedQuantity!: number;

  @Field(() => MoneyScalar, { nullable: true })
  grantedAmount?: bigint | null;
}

@InputType()
export class AmendDecisionInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => [AmendedGrantInput], { description: 'The new grant for every line of the amended decision' })
  grants!: AmendedGrantInput[];

  @Field()
  conditions!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
