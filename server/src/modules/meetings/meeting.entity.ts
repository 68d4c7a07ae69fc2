import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { DomainArea } from '../../shared/domain-area';
import { Agency } from '../agencies';
import { TaskCategory } from '../tasks';
import { User } from '../users';
import { DirectiveKind, MeetingStatus } from './meeting-status';

/** Buổi làm việc and its thông báo kết luận (conclusion notice, numbered N/TB-UBND when published). */
@Entity({ tableName: 'meetings' })
@Index({ properties: ['heldOn', 'id'] })
@Unique({ properties: ['conclusionYear', 'conclusionNumber'] })
export class Meeting {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'date' })
  heldOn!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  chair!: User;

  /** The agency whose work was reviewed, if the session was about one. */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  reviewedAgency: Agency | null = null;

  @Property({ type: 'text' })
  attendees!: string;

  /** The agencies that attended: they read the published conclusion (meeting.queries.ts `meetingVisible`). */
  @Property({ type: 'uuid[]', columnType: 'uuid[]', default: '{}' })
  attendingAgencyIds: string[] = [];

  @Property({ type: 'text' })
  summary!: string;

  /** The conclusion notice's text (the chair's concluding remarks). */
  @Property({ type: 'text' })
  conclusion!: string;

  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status: MeetingStatus = MeetingStatus.DRAFT;

  /** "N/TB-UBND": N restarts every year, so it is unique per (year, number), not on its own. */
  @Property({ type: 'string', length: 30, nullable: true })
  conclusionCode: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  conclusionYear: number | null = null;

  @Property({ type: 'integer', nullable: true })
  conclusionNumber: number | null = null;

  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  publishedBy: User | null = null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy!: User;

  @OneToMany(() => MeetingDirective, (d) => d.meeting, { orphanRemoval: true, orderBy: { position: 'asc' } })
  directives = new Collection<MeetingDirective>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastActivityAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;

  /** Takes the status the workflow table gives (meeting-status.ts); `now` dates the activity. */
  moveTo(status: MeetingStatus, now: Date): void {
    this.status = status;
    this.lastActivityAt = now;
  }

  /** Publishes the conclusion as notice `code`, the `number`th of `year`: it becomes the province's record. */
  publish(notice: { year: number; number: number; code: string }, on: string, by: User, now: Date): void {
    this.conclusionYear = notice.year;
    this.conclusionNumber = notice.number;
    this.conclusionCode = notice.code;
    this.publishedOn = on;
    this.publishedBy = by;
    this.moveTo(MeetingStatus.PUBLISHED, now);
  }
}

export interface DirectiveContent {
  content: string;
  kind: DirectiveKind;
  agency: Agency;
  supportingAgencyIds: string[];
  category: TaskCategory;
  domain: DomainArea;
  dueDate: string;
  periodYear: number;
  periodQuarter: number;
}

/** One directive (chỉ đạo) of a conclusion; publishing links it to the task or request it became. */
@Entity({ tableName: 'meeting_directives' })
@Unique({ properties: ['meeting', 'position'] })
export class MeetingDirective {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Rel<Meeting>;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  content!: string;

  @Enum({ items: () => DirectiveKind, nativeEnumName: 'directive_kind' })
  kind!: DirectiveKind;

  /** The task's owner, or the request's lead agency. */
  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  /** Supporting agencies of a REQUEST directive. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  supportingAgencyIds: string[] = [];

  @Enum({ items: () => TaskCategory, nativeEnumName: 'task_category' })
  category!: TaskCategory;

  @Enum({ items: () => DomainArea, nativeEnumName: 'domain_area' })
  domain!: DomainArea;

  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'smallint' })
  periodYear!: number;

  @Property({ type: 'smallint' })
  periodQuarter!: number;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  taskId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  requestId: string | null = null;

  constructor(meeting: Meeting, position: number, content: DirectiveContent) {
    this.meeting = meeting;
    this.position = position;
    Object.assign(this, content);
  }
}
