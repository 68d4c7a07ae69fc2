import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DomainArea } from '../../shared/domain-area';
import { Agency } from '../agencies';
import { User } from '../users';
import { TaskCategory } from './task-enums';
import { TaskStatus } from './task-status';

export interface TaskContent {
  title: string;
  description: string;
  category: TaskCategory;
  domain: DomainArea;
  /** YYYY-MM-DD */
  dueDate: string;
}

/**
 * Nhiệm vụ: work the Committee gives an agency for a quarter. Whether it was done on time is never
 * stored: it is derived from `task_completions` as of any date (task-groups.ts).
 */
@Entity({ tableName: 'tasks' })
@Index({ properties: ['periodYear', 'periodQuarter', 'ownerAgency'] })
@Index({ properties: ['ownerAgency', 'dueDate', 'id'] })
@Index({ properties: ['dueDate', 'id'] })
@Index({
  name: 'tasks_linked_request_ids_gin',
  expression: 'create index "tasks_linked_request_ids_gin" on "tasks" using gin ("linked_request_ids")',
})
export class Task {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** NV-YYYY-NNNN (the period's year). */
  @Property({ type: 'string', length: 20 })
  @Unique()
  code!: string;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => TaskCategory, nativeEnumName: 'task_category' })
  category!: TaskCategory;

  @Enum({ items: () => DomainArea, nativeEnumName: 'domain_area' })
  domain!: DomainArea;

  @Property({ type: 'smallint' })
  periodYear!: number;

  @Property({ type: 'smallint' })
  periodQuarter!: number;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  ownerAgency!: Agency;

  @Property({ type: 'date' })
  dueDate!: string;

  /** The province date it was given: a task does not exist "as of" an earlier day. */
  @Property({ type: 'date' })
  assignedOn!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  assignedBy!: User;

  /** The conclusion directive it came from; null for a direct assignment or a carry-over. */
  @Property({ type: 'uuid', nullable: true })
  directiveId: string | null = null;

  @ManyToOne(() => Task, { nullable: true, deleteRule: 'restrict' })
  carriedFrom: Task | null = null;

  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  status: TaskStatus = TaskStatus.OPEN;

  @Property({ type: 'smallint' })
  progressPercent: number = 0;

  /** Set while COMPLETED; the history of completions (and reopenings) is in task_completions. */
  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  cancelledOn: string | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  cancelReason: string | null = null;

  /** The day its quarter was closed with it unfinished: from then on it counts as late. */
  @Property({ type: 'date', nullable: true })
  carriedOverOn: string | null = null;

  /** Coordination requests that bear on this task. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  linkedRequestIds: string[] = [];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastActivityAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;

  constructor(
    props: TaskContent & {
      code: string;
      periodYear: number;
      periodQuarter: number;
      ownerAgency: Agency;
      assignedBy: User;
      assignedOn: string;
    },
  ) {
    Object.assign(this, props);
  }

  /** Takes the status the workflow table gives (task-status.ts `nextTaskStatus`); `now` dates the activity. */
  moveTo(status: TaskStatus, now: Date): void {
    this.status = status;
    this.lastActivityAt = now;
  }
}
