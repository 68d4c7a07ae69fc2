import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../users';
import { DecisionKind, DecisionOutcome } from './decision-enums';

/** One granted line: what was asked and what the Committee gives (possibly 0). */
export interface DecisionLine {
  itemId: string;
  kind: string;
  description: string;
  unit: string;
  requestedQuantity: number;
  requestedAmount: string | null;
  grantedQuantity: number;
  grantedAmount: string | null;
}

/**
 * A numbered decision (quyết định) of the People's Committee. Written once, never updated: the
 * database refuses UPDATE and DELETE on this table; later decisions amend or revoke it by
 * reference.
 */
@Entity({ tableName: 'decisions' })
@Unique({ properties: ['issuerCode', 'year', 'number'] })
@Index({ properties: ['signedAt', 'id'] })
export class Decision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** N of "N/QĐ-UBND": gapless per issuer and year. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 16 })
  issuerCode!: string;

  /** As printed at the head of the decision, e.g. "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH". */
  @Property({ type: 'string', length: 255 })
  issuerName!: string;

  /** Where it was signed, for the date line ("Hòa Bình, ngày …"). */
  @Property({ type: 'string', length: 100 })
  place!: string;

  @Enum({ items: () => DecisionKind, nativeEnumName: 'decision_kind' })
  kind!: DecisionKind;

  @Enum({ items: () => DecisionOutcome, nativeEnumName: 'decision_outcome' })
  outcome!: DecisionOutcome;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  proposalId!: string | null;

  /** The decision this one amends or revokes. */
  @ManyToOne(() => Decision, { nullable: true, deleteRule: 'restrict' })
  amends!: Decision | null;

  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'json' })
  lines!: DecisionLine[];

  @Property({ type: new BigIntType('string') })
  totalRequested!: string;

  @Property({ type: new BigIntType('string') })
  totalGranted!: string;

  @Property({ type: 'text' })
  conditions!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  signer!: User;

  /** As printed: the signer's name and title at the time of signing. */
  @Property({ type: 'string', length: 255 })
  signerName!: string;

  @Property({ type: 'string', length: 255 })
  signerTitle!: string;

  /** E.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when a vice-chair signs for the chair. */
  @Property({ type: 'string', length: 100 })
  signingForm!: string;

  /** Signed under a delegation: the leader the signer signed for (thay), as printed at signing time. */
  @ManyToOne(() => User, { deleteRule: 'restrict', nullable: true })
  onBehalfOf: User | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  onBehalfOfName: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  delegationId: string | null = null;

  @Property({ type: 'datetime' })
  signedAt!: Date;

  @Property({ type: 'date' })
  effectiveDate!: string;
}
