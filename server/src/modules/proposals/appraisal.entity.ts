import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Agency } from '../agencies';
import { User } from '../users';
import { AppraisalOpinion, ResourceKind } from './proposal-enums';
import type { Proposal } from './proposal.entity';

export interface Recommendation {
  itemId: string;
  /** VND as a string of digits, for money items. */
  amount: string | null;
  quantity: number | null;
}

/** One appraising agency's opinion (thẩm định) on one revision of a proposal. */
@Entity({ tableName: 'proposal_appraisals' })
@Unique({ properties: ['proposal', 'revision', 'agency'] })
export class Appraisal {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Proposal', deleteRule: 'cascade' })
  proposal!: Rel<Proposal>;

  @Property({ type: 'integer' })
  revision!: number;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  /** The item kinds routed to this agency. */
  @Property({ type: 'string[]', columnType: 'text[]' })
  kinds!: ResourceKind[];

  @Enum({ items: () => AppraisalOpinion, nativeEnumName: 'appraisal_opinion', nullable: true })
  opinion: AppraisalOpinion | null = null;

  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Property({ type: 'json' })
  recommendations: Recommendation[] = [];

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  appraisedBy: User | null = null;

  @Property({ type: 'datetime', nullable: true })
  appraisedAt: Date | null = null;

  constructor(proposal: Proposal, revision: number, agency: Agency, kinds: ResourceKind[]) {
    this.proposal = proposal;
    this.revision = revision;
    this.agency = agency;
    this.kinds = kinds;
  }

  give(opinion: AppraisalOpinion, comment: string, recommendations: Recommendation[], by: User, now: Date): void {
    this.opinion = opinion;
    this.comment = comment;
    this.recommendations = recommendations;
    this.appraisedBy = by;
    this.appraisedAt = now;
  }

  /** The Committee asked for the appraisal again. */
  reopen(): void {
    this.opinion = null;
    this.comment = null;
    this.recommendations = [];
    this.appraisedBy = null;
    this.appraisedAt = null;
  }
}
