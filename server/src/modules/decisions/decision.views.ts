import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../shared/money';
import { Connection } from '../../shared/pagination';
import { SignedDocumentView } from '../signing';
import { UserSummary } from '../users';
import { DecisionKind, DecisionOutcome } from './decision-enums';

@ObjectType('DecisionLine', { description: 'One item: what was asked and what is granted' })
export class DecisionLineView {
  @Field(() => ID)
  itemId!: string;

  @Field()
  kind!: string;

  @Field()
  description!: string;

  @Field()
  unit!: string;

  @Field(() => Int)
  requestedQuantity!: number;

  @Field(() => MoneyScalar, { nullable: true })
  requestedAmount!: bigint | null;

  @Field(() => Int)
  grantedQuantity!: number;

  @Field(() => MoneyScalar, { nullable: true })
  grantedAmount!: bigint | null;
}

@ObjectType('DecisionRef')
export class DecisionRefView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. "42/QĐ-UBND"' })
  numberText!: string;

  @Field(() => DecisionKind)
  kind!: DecisionKind;
}

@ObjectType('Decision', { description: 'Quyết định: numbered, immutable once issued' })
export class DecisionView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'e.g. "42/QĐ-UBND"' })
  numberText!: string;

  @Field({ description: 'e.g. "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"' })
  issuerName!: string;

  @Field({ description: 'Place of signing, for the date line' })
  place!: string;

  @Field(() => DecisionKind)
  kind!: DecisionKind;

  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field()
  title!: string;

  @Field(() => [DecisionLineView])
  lines!: DecisionLineView[];

  @Field(() => MoneyScalar)
  totalRequested!: bigint;

  @Field(() => MoneyScalar)
  totalGranted!: bigint;

  @Field()
  conditions!: string;

  @Field(() => UserSummary)
  signer!: UserSummary;

  @Field({ description: 'As printed at signing time' })
  signerName!: string;

  @Field()
  signerTitle!: string;

  @Field({ description: 'e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", or "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG" under a delegation' })
  signingForm!: string;

  @Field(() => UserSummary, {
    nullable: true,
    description: 'Signed under a delegation: the leader signed for (thay), as at signing time',
  })
  onBehalfOf!: UserSummary | null;

  @Field()
  signedAt!: Date;

  @Field(() => LocalDateResolver)
  effectiveDate!: string;

  @Field(() => ID, { nullable: true })
  proposalId!: string | null;

  @Field(() => DecisionRefView, { nullable: true, description: 'The decision this one amends or revokes' })
  amends!: DecisionRefView | null;

  @Field(() => [DecisionRefView], { description: 'Later decisions that amend or revoke this one' })
  amendedBy!: DecisionRefView[];

  @Field(() => SignedDocumentView, { nullable: true, description: 'The signed PDF stored at issue time' })
  signedDocument!: SignedDocumentView | null;
}

@ObjectType()
export class DecisionConnection extends Connection(DecisionView) {}
