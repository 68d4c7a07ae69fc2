import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { Power } from '../../shared/powers';

@InputType()
export class DelegatePowersInput {
  @Field(() => ID, { description: "An active official of the viewer's own agency" })
  delegateId!: string;

  @Field(() => [Power])
  powers!: Power[];

  @Field(() => LocalDateResolver, { description: 'Today or later (province calendar)' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'The last day in force; at most 90 days in all' })
  endsOn!: string;
}

@InputType()
export class RevokeDelegationInput {
  @Field(() => ID)
  delegationId!: string;
}
