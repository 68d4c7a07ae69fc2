import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DomainArea } from '../../shared/domain-area';
import { Agency } from '../agencies';
import { User } from '../users';
import { RequestPriority } from './request-enums';
import { RequestParticipant } from './request-participant.entity';
import { RequestStatus } from './request-status';

export interface RequestContent {
  title: string;
  body: string;
  domain: DomainArea;
  priority: RequestPriority;
  /** YYYY-MM-DD */
  dueDate: string;
}

/** Đề nghị phối hợp: one agency asks a lead agency and supporting agencies to act. */
@Entity({ tableName: 'requests' })
@Index({ properties: ['requestingAgency', 'lastActivityAt', 'id'] })
@Index({ properties: ['lastActivityAt', 'id'] })
@Index({ properties: ['dueDate', 'id'] })
@Index({
  name: 'requests_search_text_trgm',
  expression: 'create index "requests_search_text_trgm" on "requests" using gin ("search_text" gin_trgm_ops)',
})
export class CoordinationRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** PH-YYYY-NNNN, given when the request is submitted; drafts have none. */
  @Property({ type: 'string', length: 20, nullable: true })
  @Unique()
  code: string | null = null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => DomainArea, nativeEnumName: 'domain_area' })
  domain!: DomainArea;

  @Enum({ items: () => RequestPriority, nativeEnumName: 'request_priority' })
  priority!: RequestPriority;

  @Property({ type: 'date' })
  dueDate!: string;

  @Enum({ items: () => RequestStatus, nativeEnumName: 'request_status' })
  @Index()
  status: RequestStatus = RequestStatus.DRAFT;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  requestingAgency!: Agency;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: User;

  /** Denormalised from the participants for filtering and listing. */
  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  @Index()
  leadAgency!: Agency;

  @OneToMany(() => RequestParticipant, (p) => p.request, { orphanRemoval: true })
  participants = new Collection<RequestParticipant>(this);

  /** Code, title and body folded (lower case, no diacritics) for search; see request-search.ts. */
  @Property({ type: 'text', lazy: true })
  searchText!: string;

  /** Set by the author's client to make creation safe to retry; unique per author. */
  @Property({ type: 'string', length: 1000, nullable: true })
  escalationReason: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'datetime' })
  lastActivityAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;

  constructor(props: RequestContent & { requestingAgency: Agency; author: User; leadAgency: Agency }) {
    this.requestingAgency = props.requestingAgency;
    this.author = props.author;
    this.leadAgency = props.leadAgency;
    this.setContent(props);
  }

  setContent(content: RequestContent): void {
    this.title = content.title;
    this.body = content.body;
    this.domain = content.domain;
    this.priority = content.priority;
    this.dueDate = content.dueDate;
  }

  moveTo(status: RequestStatus, now: Date): void {
    if (status === RequestStatus.SUBMITTED && !this.submittedAt) this.submittedAt = now;
    if (status === RequestStatus.CLOSED) this.closedAt = now;
    this.status = status;
  }

  touch(now: Date): void {
    this.lastActivityAt = now;
  }
}
