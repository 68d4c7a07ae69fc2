import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '../users';
import type { ItemContent } from './proposal-item.entity';
import type { Proposal } from './proposal.entity';

export interface RevisionSnapshot {
  title: string;
  rationale: string;
  fiscalYear: number;
  items: (ItemContent & { id: string })[];
  totalAmount: string;
}

/** What was sent at each submission, kept unchanged so revisions stay readable and diffable. */
@Entity({ tableName: 'proposal_revisions' })
@Unique({ properties: ['proposal', 'number'] })
export class ProposalRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Proposal', deleteRule: 'cascade' })
  proposal!: Rel<Proposal>;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  snapshot!: RevisionSnapshot;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  submittedBy!: User;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();
}
