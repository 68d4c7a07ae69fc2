import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { isCalendarDate, provinceDate, vietnameseDate, wallClock, type Clock } from '../../shared/clock';
import { forbidden, notFound } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { decodeDateCursor, encodeCursor, pageSize, toPage, type Page } from '../../shared/pagination';
import { foldedMatch } from '../../shared/search';
import { InputChecker, requiredText } from '../../shared/validation';
import { Role, type Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { idempotentCall, once, takeKey } from '../idempotency';
import { nextNumber } from '../numbering';
import { areLinkableRequests } from '../requests';
import { User } from '../users';
import { checkAsOf, isQuarter, quarterEnd, quarterStart, type Quarter } from './quarter';
import type * as Inputs from './task.inputs';
import { isCommitteeLead } from './task.policy';
import { groupAsOf } from './task-groups';
import { findVisibleTask, listTasks, taskRow, taskVisible } from './task.queries';
import { QuarterClosure, TaskCompletion, TaskProgressReport } from './task-records.entity';
import { TaskAction } from './task-status';
import { Task, type TaskContent } from './task.entity';
import type { TaskView } from './task.views';
import {
  publishTaskChanges,
  recordTaskChanges,
  taskCommandRunner,
  type PlannedNotification,
  type TaskCommandRunner,
} from './task-workflow';

const MAX_LINKS = 20;

/** The `{task}` of a notification: its code and title, as text. */
const named = (task: Task) => ({ task: `${task.code} — ${task.title}` });

export interface AssignmentDraft {
  content: TaskContent;
  period: Quarter;
  ownerAgencyId: string;
  linkedRequestIds: string[];
}

/**
 * Tasks: reading, assigning, and the workflow actions on one task (through the command runner,
 * task-workflow.ts). Each change is one transaction; its bells ring after commit.
 */
export class TaskService {
  private readonly runner: TaskCommandRunner;

  /** The demo seeder replays 2023 with its own clock. */
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly clock: Clock = wallClock,
  ) {
    this.runner = taskCommandRunner(em, bus, clock, (viewer, id) => this.get(viewer, id));
  }

  /** The province's day (YYYY-MM-DD) by this service's clock. */
  private readonly today = (): string => provinceDate(this.clock());

  async get(viewer: Viewer, id: string, asOf?: string | null): Promise<TaskView> {
    const view = isId(id) ? await findVisibleTask(this.em, viewer, id, checkAsOf(asOf, this.today)) : null;
    if (!view) throw notFound('task');
    return view;
  }

  /** Visible tasks by due date (then id), filtered; groups judged as of `filter.asOf` (default today). */
  async list(
    viewer: Viewer,
    filter: Inputs.TaskFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Page<TaskView>> {
    const limit = pageSize(first);
    const where = [taskVisible(viewer)];
    if (filter?.period)
      where.push(
        taskRow('t.period_year', '=', filter.period.year),
        taskRow('t.period_quarter', '=', filter.period.quarter),
      );
    if (filter?.ownerAgencyId)
      where.push(taskRow('t.owner_agency_id', '=', isId(filter.ownerAgencyId) ? filter.ownerAgencyId : null));
    if (filter?.status) where.push(taskRow('t.status', '=', filter.status));
    if (filter?.category) where.push(taskRow('t.category', '=', filter.category));
    if (filter?.domain) where.push(taskRow('t.domain', '=', filter.domain));
    if (filter?.groups?.length) where.push(sql<SqlBool>`${groupAsOf} = any(${`{${filter.groups.join(',')}}`}::text[])`);
    if (filter?.search?.trim()) where.push(foldedMatch(sql<string>`t.code || ' ' || t.title`, filter.search));
    if (after) {
      const [due, id] = decodeDateCursor(after);
      where.push(sql<SqlBool>`(t.due_date, t.id) > (${due}::date, ${id}::uuid)`);
    }
    const rows = await listTasks(this.em, checkAsOf(filter?.asOf, this.today), where, limit + 1);
    return toPage(rows, limit, (t) => encodeCursor([t.dueDate, t.id]));
  }

  /** The Committee gives an agency a task directly. */
  async assign(viewer: Viewer, input: Inputs.AssignTaskInput): Promise<TaskView> {
    if (!isCommitteeLead(viewer)) throw forbidden(message('task.onlyCommitteeLeadAssigns'));
    const call = idempotentCall(viewer, 'assignTask', input);
    const id = await once(this.em, call, async () => {
      const draft = await this.checkAssignment(input);
      draft.linkedRequestIds = await this.checkLinks(this.em, viewer, draft.linkedRequestIds, 'linkedRequestIds');
      const recorded = await this.em.transactional(async (tx) => {
        const { task, notification } = await this.assignWithin(tx, viewer, draft);
        await takeKey(tx, call, task.id);
        return recordTaskChanges(tx, viewer, [{ task, type: 'ASSIGNED' }], [notification]);
      });
      await publishTaskChanges(this.bus, recorded);
      return recorded.notices[0].aggregateId;
    });
    return this.get(viewer, id);
  }

  /**
   * Creates a task inside the caller's transaction (a direct assignment or a conclusion's directive).
   * The caller records the ASSIGNED event and sends the returned notification.
   */
  async assignWithin(
    tx: EntityManager,
    viewer: Viewer,
    draft: AssignmentDraft,
    origin: { directiveId?: string; carriedFrom?: Task } = {},
  ): Promise<{ task: Task; notification: PlannedNotification }> {
    const code = `NV-${draft.period.year}-${String(await nextNumber(tx, 'TASK', draft.period.year)).padStart(4, '0')}`;
    const task = new Task({
      ...draft.content,
      code,
      periodYear: draft.period.year,
      periodQuarter: draft.period.quarter,
      ownerAgency: tx.getReference(Agency, draft.ownerAgencyId),
      assignedBy: tx.getReference(User, viewer.userId),
      assignedOn: this.today(),
    });
    task.linkedRequestIds = draft.linkedRequestIds;
    task.directiveId = origin.directiveId ?? null;
    task.carriedFrom = origin.carriedFrom ?? null;
    if (origin.carriedFrom) task.progressPercent = origin.carriedFrom.progressPercent;
    task.createdAt = task.lastActivityAt = this.clock();
    tx.persist(task);
    await tx.flush();
    return {
      task,
      notification: {
        target: { agencyIds: [draft.ownerAgencyId] },
        kind: 'TASK_ASSIGNED',
        message: message('task.assignedNotice', { ...draft.period, due: vietnameseDate(task.dueDate), ...named(task) }),
        groupKey: `task:${task.id}`,
        subjectId: task.id,
      },
    };
  }

  reportProgress(viewer: Viewer, input: Inputs.ReportTaskProgressInput): Promise<TaskView> {
    return this.runner.run(viewer, input, TaskAction.REPORT_PROGRESS, async (tx, task) => {
      const check = new InputChecker();
      const note = check.text('note', input.note, { required: true, max: 2000 });
      if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
        check.add('percent', 'INVALID_FORMAT', message('task.progressRange'));
      check.assertValid();
      task.progressPercent = input.percent;
      tx.persist(new TaskProgressReport(task, input.percent, note, tx.getReference(User, viewer.userId), this.clock()));
      return { type: 'PROGRESS_REPORTED', data: { note: `${input.percent}% — ${note}`, percent: input.percent } };
    });
  }

  complete(viewer: Viewer, input: Inputs.CompleteTaskInput): Promise<TaskView> {
    const note = requiredText('note', input.note, 2000);
    return this.runner.run(viewer, input, TaskAction.COMPLETE, async (tx, task) => {
      const today = this.today();
      task.completedOn = today;
      task.progressPercent = 100;
      tx.persist(new TaskProgressReport(task, 100, note, tx.getReference(User, viewer.userId), this.clock()));
      tx.persist(new TaskCompletion(task, today));
      const onTime = today <= task.dueDate;
      return {
        type: 'COMPLETED',
        data: { note, onTime },
        notification: {
          target: { committee: true, role: Role.LEAD },
          kind: 'TASK_COMPLETED',
          message: message(onTime ? 'task.completedOnTimeNotice' : 'task.completedLateNotice', named(task)),
        },
      };
    });
  }

  reopen(viewer: Viewer, input: Inputs.TaskReasonInput): Promise<TaskView> {
    const reason = requiredText('reason', input.reason, 2000);
    return this.runner.run(viewer, input, TaskAction.REOPEN, async (tx, task) => {
      const completion = await tx.findOne(
        TaskCompletion,
        { task: task.id, reopenedOn: null },
        { orderBy: { completedOn: 'desc' } },
      );
      if (completion) completion.reopenedOn = this.today();
      task.completedOn = null;
      return {
        type: 'REOPENED',
        data: { note: reason },
        notification: {
          target: { agencyIds: [task.ownerAgency.id] },
          kind: 'TASK_REOPENED',
          message: message('task.reopenedNotice', named(task)),
        },
      };
    });
  }

  cancel(viewer: Viewer, input: Inputs.TaskReasonInput): Promise<TaskView> {
    const reason = requiredText('reason', input.reason, 2000);
    return this.runner.run(viewer, input, TaskAction.CANCEL, async (_tx, task) => {
      task.cancelledOn = this.today();
      task.cancelReason = reason;
      return {
        type: 'CANCELLED',
        data: { note: reason },
        notification: {
          target: { agencyIds: [task.ownerAgency.id] },
          kind: 'TASK_CANCELLED',
          message: message('task.cancelledNotice', named(task)),
        },
      };
    });
  }

  link(viewer: Viewer, input: Inputs.LinkTaskRequestsInput): Promise<TaskView> {
    return this.runner.run(viewer, input, TaskAction.LINK, async (tx, task) => {
      task.linkedRequestIds = await this.checkLinks(tx, viewer, input.requestIds);
      return { type: 'LINKED', data: { requestIds: task.linkedRequestIds } };
    });
  }

  /** Validates a direct assignment (also used for conclusion directives). */
  async checkAssignment(
    input: Omit<Inputs.AssignTaskInput, 'idempotencyKey'>,
    check = new InputChecker(),
    prefix = '',
  ): Promise<AssignmentDraft> {
    const at = (field: string) => `${prefix}${field}`;
    const title = check.text(at('title'), input.title, { required: true, min: 5, max: 300 });
    const description = check.text(at('description'), input.description, { max: 20_000 });
    const today = this.today();
    const period = input.period;
    if (!isQuarter(period)) check.add(at('period'), 'INVALID_FORMAT', message('quarter.invalid'));
    else if (quarterEnd(period) < today) check.add(at('period'), 'NOT_ALLOWED', message('quarter.past', period));
    else if (await this.em.findOne(QuarterClosure, { year: period.year, quarter: period.quarter }))
      check.add(at('period'), 'NOT_ALLOWED', message('quarter.closed', period));
    if (!isCalendarDate(input.dueDate ?? '')) check.add(at('dueDate'), 'INVALID_FORMAT', message('field.dateInvalid'));
    else if (input.dueDate < today) check.add(at('dueDate'), 'INVALID_FORMAT', message('task.dueDatePast'));
    else if (isQuarter(period) && input.dueDate < quarterStart(period))
      check.add(
        at('dueDate'),
        'INVALID_FORMAT',
        message('task.dueBeforeQuarter', { from: vietnameseDate(quarterStart(period)) }),
      );
    const owner = isId(input.ownerAgencyId) ? await this.em.findOne(Agency, input.ownerAgencyId) : null;
    if (!owner) check.add(at('ownerAgencyId'), 'NOT_FOUND', message('task.chooseOwner'));
    const linkedRequestIds = [...new Set(input.linkedRequestIds ?? [])];
    if (!prefix) check.assertValid();
    return {
      content: { title, description, category: input.category, domain: input.domain, dueDate: input.dueDate },
      period,
      ownerAgencyId: input.ownerAgencyId,
      linkedRequestIds,
    };
  }

  /** Only sent requests the viewer can read may be linked: linking must not reveal that others exist. */
  private async checkLinks(em: EntityManager, viewer: Viewer, ids: string[], field = 'requestIds'): Promise<string[]> {
    const unique = [...new Set(ids)];
    const check = new InputChecker();
    if (unique.length > MAX_LINKS)
      check.add(field, 'TOO_LONG', message('task.tooManyLinkedRequests', { max: MAX_LINKS }));
    if (!(await areLinkableRequests(em, viewer, unique)))
      check.add(field, 'NOT_FOUND', message('task.linkedRequestNotFound'));
    check.assertValid();
    return unique;
  }
}
