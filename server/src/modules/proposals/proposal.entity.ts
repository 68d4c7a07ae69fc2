import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Agency } from '../agencies';
import { User } from '../users';
import { ProposalItem } from './proposal-item.entity';
import { ProposalStatus } from './proposal-status';

/** Đề xuất kinh phí, nguồn lực: an agency asks the Committee for resources. */
@Entity({ tableName: 'proposals' })
@Index({ properties: ['status', 'lastActivityAt', 'id'] })
@Index({ properties: ['requestingAgency', 'lastActivityAt', 'id'] })
@Index({
  name: 'proposals_linked_task_ids_gin',
  expression: 'create index "proposals_linked_task_ids_gin" on "proposals" using gin ("linked_task_ids")',
})
export class Proposal {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** ĐX-YYYY-NNNN, given on the first submission. */
  @Property({ type: 'string', length: 20, nullable: true })
  @Unique()
  code: string | null = null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text' })
  rationale!: string;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  requestingAgency!: Agency;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: User;

  @Enum({ items: () => ProposalStatus, nativeEnumName: 'proposal_status' })
  status: ProposalStatus = ProposalStatus.DRAFT;

  /** The revision being edited or under consideration; earlier ones are kept as snapshots. */
  @Property({ type: 'integer' })
  revision: number = 1;

  @Property({ type: 'string', length: 2000, nullable: true })
  returnReason: string | null = null;

  /** The current revision's line items, in order. */
  @OneToMany(() => ProposalItem, (item) => item.proposal, { orphanRemoval: true, orderBy: { position: 'asc' } })
  items = new Collection<ProposalItem>(this);

  /** Coordination requests this proposal would unblock. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  linkedRequestIds: string[] = [];

  /** Tasks this proposal would unblock (e.g. the late land tasks a petition asks funding for). */
  @Property({ type: 'uuid[]', columnType: 'uuid[]', default: '{}' })
  linkedTaskIds: string[] = [];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'datetime' })
  lastActivityAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;

  constructor(props: {
    title: string;
    rationale: string;
    fiscalYear: number;
    requestingAgency: Agency;
    author: User;
    linkedRequestIds: string[];
    linkedTaskIds: string[];
  }) {
    this.title = props.title;
    this.rationale = props.rationale;
    this.fiscalYear = props.fiscalYear;
    this.requestingAgency = props.requestingAgency;
    this.author = props.author;
    this.linkedRequestIds = props.linkedRequestIds;
    this.linkedTaskIds = props.linkedTaskIds;
  }

  moveTo(status: ProposalStatus, now: Date): void {
    if (status === ProposalStatus.DECIDED) this.decidedAt = now;
    this.status = status;
    this.lastActivityAt = now;
  }
}
