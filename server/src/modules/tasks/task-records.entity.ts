import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { User } from '../users';
import type { Task } from './task.entity';

/** One progress report (percent and note); the history of a task's reports. */
@Entity({ tableName: 'task_progress_reports' })
@Index({ properties: ['task', 'reportedAt'] })
export class TaskProgressReport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Task', deleteRule: 'cascade' })
  task!: Rel<Task>;

  @Property({ type: 'smallint' })
  percent!: number;

  @Property({ type: 'string', length: 2000 })
  note!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  reportedBy!: User;

  @Property({ type: 'datetime' })
  reportedAt: Date = new Date();

  constructor(task: Task, percent: number, note: string, reportedBy: User, reportedAt: Date) {
    this.task = task;
    this.percent = percent;
    this.note = note;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }
}

/**
 * Each time a task was declared done, and when (if ever) the Committee reopened it. Statistics read
 * this history, so "as of" any past date gives the answer that was true that day.
 */
@Entity({ tableName: 'task_completions' })
@Index({ properties: ['task', 'completedOn'] })
export class TaskCompletion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'Task', deleteRule: 'cascade' })
  task!: Rel<Task>;

  @Property({ type: 'date' })
  completedOn!: string;

  @Property({ type: 'date', nullable: true })
  reopenedOn: string | null = null;

  constructor(task: Task, completedOn: string) {
    this.task = task;
    this.completedOn = completedOn;
  }
}

/** A quarter the Committee has closed: its unfinished tasks were carried over, no new ones join it. */
@Entity({ tableName: 'quarter_closures' })
@Unique({ properties: ['year', 'quarter'] })
export class QuarterClosure {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'smallint' })
  quarter!: number;

  @Property({ type: 'date' })
  closedOn!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  closedBy!: User;

  constructor(year: number, quarter: number, closedOn: string, closedBy: User) {
    this.year = year;
    this.quarter = quarter;
    this.closedOn = closedOn;
    this.closedBy = closedBy;
  }
}
