import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DelegationForm, Power } from '../../shared/powers';
import { UserSummary } from '../users';
import { DelegationStatus } from './delegation-rules';

registerEnumType(DelegationStatus, {
  name: 'DelegationStatus',
  description: 'UPCOMING: not yet in force; ACTIVE: in force today; ENDED: past its last day; REVOKED',
});

@ObjectType('Delegation', { description: 'Ủy quyền: a leader delegates named powers to an official for a period' })
export class DelegationView {
  @Field(() => ID)
  id!: string;

  @Field(() => UserSummary)
  grantor!: UserSummary;

  @Field(() => UserSummary)
  delegate!: UserSummary;

  @Field(() => [Power])
  powers!: Power[];

  @Field(() => DelegationForm)
  form!: DelegationForm;

  @Field({ description: 'As printed above the delegate\'s name, e.g. "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"' })
  formText!: string;

  @Field(() => LocalDateResolver, { description: 'First day in force (province calendar)' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day in force (inclusive)' })
  endsOn!: string;

  @Field(() => DelegationStatus, { description: "Where it stands today, by the server's clock" })
  status!: DelegationStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('MyDelegations', { description: "The viewer's delegations, newest first" })
export class MyDelegationsView {
  @Field(() => [DelegationView], { description: 'Given by the viewer' })
  given!: DelegationView[];

  @Field(() => [DelegationView], { description: 'Received by the viewer' })
  received!: DelegationView[];
}

@ObjectType('DelegatedAct', { description: 'An act taken under a delegation: its form and the leader acted for' })
export class DelegatedActView {
  @Field(() => ID)
  delegationId!: string;

  @Field(() => DelegationForm)
  form!: DelegationForm;

  @Field({ description: 'e.g. "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"' })
  formText!: string;

  @Field(() => UserSummary, { description: 'The leader the act was taken for (thay), as at the time of the act' })
  grantor!: UserSummary;
}

@ObjectType()
export class DelegationPayload {
  @Field(() => DelegationView)
  delegation!: DelegationView;
}
