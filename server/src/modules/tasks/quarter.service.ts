import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate, provinceDate, vietnameseDate, wallClock, type Clock } from '../../shared/clock';
import { DomainError, ErrorCode, forbidden, notFound } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { InputChecker } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import type { AgencySummary } from '../agencies';
import { User } from '../users';
import {
  checkAsOf,
  checkQuarter,
  nextQuarter,
  previousQuarter,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
  type Quarter,
} from './quarter';
import { taskRefusal } from './task.errors';
import type * as Inputs from './task.inputs';
import { isCommitteeLead, taskActor } from './task.policy';
import { QuarterClosure } from './task-records.entity';
import { TaskService } from './task.service';
import { findReadableTaskOwner } from './task.visibility';
import { quarterStatistics, quarterTrend, taskQuarters } from './task-statistics';
import type { QuarterStatistics, QuarterTrendPoint } from './task-statistics.views';
import { judgeTask, nextTaskStatus, TaskAction, TaskStatus } from './task-status';
import { publishTaskChanges, recordTaskChanges, type Change } from './task-workflow';
import { Task } from './task.entity';
import type { TaskView } from './task.views';

const MAX_TREND_QUARTERS = 12;

/**
 * A quarter as a whole: closing it (carrying unfinished tasks over) and reading its statistics
 * and trend. Individual tasks are TaskService's.
 */
export class QuarterService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly clock: Clock = wallClock,
  ) {}

  private readonly today = (): string => provinceDate(this.clock());

  /**
   * Closes a quarter: every unfinished task is marked CARRIED_OVER (it stays late for its own
   * quarter) and continued by a new task in the next quarter, linked to it. Closing twice is refused.
   */
  async closeQuarter(viewer: Viewer, input: Inputs.CloseQuarterInput): Promise<TaskView[]> {
    if (!isCommitteeLead(viewer)) throw forbidden(message('quarter.onlyCommitteeLeadCloses'));
    const period = checkQuarter(input.period);
    const today = this.today();
    const next = nextQuarter(period);
    const check = new InputChecker();
    if (today < quarterEnd(period))
      check.add(
        'period',
        'NOT_ALLOWED',
        message('quarter.closableFrom', { ...period, from: vietnameseDate(quarterEnd(period)) }),
      );
    // A carried task belongs to the next quarter, so its due date lies inside it: by default the
    // quarter's last day, even when an old quarter is closed late (the task is then late in its
    // new quarter too, as it truly is); a date of the leader's choice must also not be past.
    const dueDate = input.carryOverDueDate ?? quarterEnd(next);
    if (!isCalendarDate(dueDate) || dueDate < quarterStart(next) || dueDate > quarterEnd(next)) {
      check.add(
        'carryOverDueDate',
        'INVALID_FORMAT',
        message('quarter.carryOverDueOutside', {
          ...next,
          from: vietnameseDate(quarterStart(next)),
          to: vietnameseDate(quarterEnd(next)),
        }),
      );
    } else if (input.carryOverDueDate && dueDate < today)
      check.add('carryOverDueDate', 'INVALID_FORMAT', message('quarter.carryOverDuePast'));
    check.assertValid();

    const { recorded, successors } = await this.em.transactional(async (tx) => {
      try {
        await tx.insert(
          QuarterClosure,
          new QuarterClosure(period.year, period.quarter, today, tx.getReference(User, viewer.userId)),
        );
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException)
          throw new DomainError(ErrorCode.INVALID_TRANSITION, message('quarter.closed', period));
        throw error;
      }
      const open = await tx.find(
        Task,
        { periodYear: period.year, periodQuarter: period.quarter, status: TaskStatus.OPEN },
        { orderBy: { code: 'asc' } },
      );
      const changes: Change[] = [];
      const successors: Task[] = [];
      for (const task of open) {
        const verdict = judgeTask(TaskAction.CARRY_OVER, task.status, taskActor(viewer, task.ownerAgency.id));
        if (!verdict.ok) throw taskRefusal(TaskAction.CARRY_OVER, verdict);
        task.moveTo(nextTaskStatus(TaskAction.CARRY_OVER, task.status), this.clock());
        task.carriedOverOn = today;
        const content = {
          title: task.title,
          description: task.description,
          category: task.category,
          domain: task.domain,
          dueDate,
        };
        const draft = {
          content,
          period: next,
          ownerAgencyId: task.ownerAgency.id,
          linkedRequestIds: task.linkedRequestIds,
        };
        const { task: successor } = await this.tasks(tx).assignWithin(tx, viewer, draft, { carriedFrom: task });
        successors.push(successor);
        changes.push({ task, type: 'CARRIED_OVER', data: { note: `${quarterLabel(next)}: ${successor.code}` } });
        changes.push({ task: successor, type: 'ASSIGNED', data: { note: `Chuyển tiếp từ ${task.code}` } });
      }
      await tx.flush();
      const owners = [...new Set(open.map((t) => t.ownerAgency.id))];
      const notifications = owners.map((agencyId) => ({
        target: { agencyIds: [agencyId] },
        kind: 'TASKS_CARRIED_OVER',
        message: message('quarter.carriedOverNotice', {
          count: open.filter((t) => t.ownerAgency.id === agencyId).length,
          ...period,
          nextQuarter: next.quarter,
          nextYear: next.year,
        }),
        groupKey: `tasks:carried:${period.year}-${period.quarter}`,
        subjectId: successors.find((s) => s.ownerAgency.id === agencyId)!.id,
      }));
      return { recorded: await recordTaskChanges(tx, viewer, changes, notifications), successors };
    });
    await publishTaskChanges(this.bus, recorded);
    const views: TaskView[] = [];
    // one at a time: the caller's EntityManager may hold one connection in a transaction
    for (const task of successors) views.push(await this.tasks(this.em).get(viewer, task.id));
    return views;
  }

  /** The four groups for one agency (its own, unless the viewer is in the Committee) or the province. */
  async statistics(
    viewer: Viewer,
    period: Quarter,
    asOf: string | null | undefined,
    agencyId: string | null | undefined,
  ): Promise<QuarterStatistics> {
    return quarterStatistics(
      this.em,
      checkQuarter(period),
      checkAsOf(asOf, this.today),
      await this.scope(viewer, agencyId),
      viewer,
    );
  }

  /** `count` consecutive quarters ending with `until`. */
  async trend(
    viewer: Viewer,
    until: Quarter,
    count: number,
    asOf: string | null | undefined,
    agencyId: string | null | undefined,
  ): Promise<QuarterTrendPoint[]> {
    const last = checkQuarter(until);
    const n = Math.max(1, Math.min(MAX_TREND_QUARTERS, Math.trunc(count) || 1));
    const quarters: Quarter[] = [last];
    while (quarters.length < n) quarters.unshift(previousQuarter(quarters[0]));
    return quarterTrend(this.em, quarters, checkAsOf(asOf, this.today), await this.scope(viewer, agencyId));
  }

  quarters(viewer: Viewer) {
    return taskQuarters(this.em, defaultScope(viewer));
  }

  /** The current quarter (for defaults) in the service's clock. */
  currentQuarter(): Quarter {
    return quarterOf(this.today());
  }

  /** Statistics scope: an agency whose tasks the viewer may read, or the province (null, the Committee's default). */
  private async scope(viewer: Viewer, agencyId: string | null | undefined): Promise<AgencySummary | null> {
    const id = agencyId ?? defaultScope(viewer);
    if (id === null) return null;
    const agency = isId(id) ? await findReadableTaskOwner(this.em, viewer, id) : null;
    if (!agency) throw notFound('agency');
    return agency;
  }

  private tasks(em: EntityManager): TaskService {
    return new TaskService(em, this.bus, this.clock);
  }
}

/** What a viewer's statistics cover unless it names an agency: its own agency, or for the Committee the province. */
const defaultScope = (viewer: Viewer): string | null => (viewer.inCommittee ? null : viewer.agencyId);
