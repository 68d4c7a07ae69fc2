import { randomUUID } from 'node:crypto';
import { BigIntType, Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { ResourceKind } from './proposal-enums';
import type { Proposal } from './proposal.entity';

export interface ItemContent {
  kind: ResourceKind;
  description: string;
  quantity: number;
  unit: string;
  /** VND as a string of digits (bigint column); null where no money is asked. */
  amount: string | null;
  justification: string;
}

/** One line of the current revision: what, how many, how much, and why. */
@Entity({ tableName: 'proposal_items' })
export class ProposalItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Proposal', deleteRule: 'cascade' })
  proposal!: Rel<Proposal>;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => ResourceKind, nativeEnumName: 'resource_kind' })
  kind!: ResourceKind;

  @Property({ type: 'string', length: 500 })
  description!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'string', length: 30 })
  unit!: string;

  @Property({ type: new BigIntType('string'), nullable: true })
  amount: string | null = null;

  @Property({ type: 'text' })
  justification!: string;

  constructor(proposal: Proposal, position: number, content: ItemContent) {
    this.proposal = proposal;
    this.position = position;
    this.kind = content.kind;
    this.description = content.description;
    this.quantity = content.quantity;
    this.unit = content.unit;
    this.amount = content.amount;
    this.justification = content.justification;
  }
}
