import type { EntityManager } from '@mikro-orm/postgresql';
import { expressionBuilder, sql, type Expression, type InferResult, type SqlBool } from 'kysely';
import type { SqlSource } from '../../shared/combined-reads';
import type { Database } from '../../shared/database.generated';
import { db, readQuery, runQuery } from '../../shared/typed-sql';
import { actedForSql, type Viewer } from '../../shared/viewer';
import { agencySummary } from '../agencies';
import { userSummary } from '../users';
import { groupAsOf, tasksAsOf } from './task-groups';
import type { TaskCategory } from './task-enums';
import type { TaskStatus } from './task-status';
import type { DirectiveSourceView, ProgressReportView, TaskRefView, TaskView } from './task.views';
import { groupBy } from '../../shared/group-by';

declare module '../../shared/database.generated' {
  interface NativeEnums {
    task_status: TaskStatus;
    task_category: TaskCategory;
  }
}

/** Read side of tasks: one statement per call, who-sees-what applied here. */

/** A TaskRef JSON object of the task with id `id` (an SQL expression over the outer row), or null. */
export const taskRef = (
  id: Expression<string | null>,
) => sql<TaskRefView | null>`(select json_build_object('id', x.id, 'code', x.code, 'title', x.title, 'status', x.status,
    'period', json_build_object('year', x.period_year, 'quarter', x.period_quarter),
    'ownerAgency', ${agencySummary('xa')}, 'dueDate', x.due_date)
  from tasks x join agencies xa on xa.id = x.owner_agency_id where x.id = ${id})`;

const directiveJson = sql<DirectiveSourceView | null>`(select json_build_object('directiveId', md.id, 'meetingId', m.id, 'conclusionCode', m.conclusion_code,
    'heldOn', m.held_on, 'content', md.content)
  from meeting_directives md join meetings m on m.id = md.meeting_id where md.id = t.directive_id)`;

const selectView = (asOf: string) =>
  tasksAsOf(asOf)
    .innerJoin('agencies as oa', 'oa.id', 't.owner_agency_id')
    .innerJoin('users as ab', 'ab.id', 't.assigned_by_id')
    .select([
      't.id',
      't.code',
      't.title',
      't.description',
      't.category',
      't.domain',
      't.period_year',
      't.period_quarter',
    ])
    .select([
      sql<string>`t.due_date::text`.as('due_date'),
      sql<string>`t.assigned_on::text`.as('assigned_on'),
      't.status',
      't.progress_percent',
    ])
    .select([
      sql<string | null>`t.completed_on::text`.as('completed_on'),
      sql<string | null>`t.cancelled_on::text`.as('cancelled_on'),
      't.cancel_reason',
    ])
    .select([
      sql<string | null>`t.carried_over_on::text`.as('carried_over_on'),
      't.linked_request_ids',
      't.last_activity_at',
      't.version',
    ])
    .select([
      groupAsOf.as('grp'),
      agencySummary('oa').as('owner_agency'),
      userSummary('ab').as('assigned_by'),
      directiveJson.as('directive'),
      taskRef(sql.ref('t.carried_from_id')).as('carried_from'),
      taskRef(sql`(select n.id from tasks n where n.carried_from_id = t.id)`).as('carried_to'),
    ]);

/**
 * An agency reads its own tasks (a department's leaders also their units' tasks: `agenciesActedFor`);
 * the Committee reads every task in the province.
 */
export function taskVisible(viewer: Viewer): Expression<SqlBool> {
  return viewer.inCommittee ? sql<SqlBool>`true` : actedForSql(viewer, 't.owner_agency_id');
}

/** Conditions on a list's task row `t`, typed by its columns, for filters built by the task list. */
export const taskRow = expressionBuilder<{ t: Database['tasks'] }, 't'>();

type ViewRow = InferResult<ReturnType<typeof selectView>>[number];

function toTaskView(row: ViewRow): TaskView {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    category: row.category,
    domain: row.domain,
    period: { year: row.period_year, quarter: row.period_quarter },
    ownerAgency: row.owner_agency,
    dueDate: row.due_date,
    assignedOn: row.assigned_on,
    assignedBy: row.assigned_by,
    status: row.status,
    group: row.grp,
    progressPercent: row.progress_percent,
    completedOn: row.completed_on,
    cancelledOn: row.cancelled_on,
    cancelReason: row.cancel_reason,
    carriedOverOn: row.carried_over_on,
    directive: row.directive,
    carriedFrom: row.carried_from,
    carriedTo: row.carried_to,
    linkedRequestIds: row.linked_request_ids,
    lastActivityAt: new Date(row.last_activity_at),
    version: row.version,
  };
}

/**
 * A list page by due date then id (the keyset the list's cursor condition follows), groups judged
 * as of `asOf`; `where` holds the task list's conditions, its visibility rule among them.
 */
export async function listTasks(
  em: EntityManager,
  asOf: string,
  where: readonly Expression<SqlBool>[],
  limit: number,
): Promise<TaskView[]> {
  const rows = await runQuery(
    em,
    selectView(asOf)
      .where((eb) => eb.and([...where]))
      .orderBy('t.due_date')
      .orderBy('t.id')
      .limit(limit),
  );
  return rows.map(toTaskView);
}

export async function findVisibleTask(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  asOf: string,
): Promise<TaskView | null> {
  const [row] = await runQuery(em, selectView(asOf).where('t.id', '=', id).where(taskVisible(viewer)));
  return row ? toTaskView(row) : null;
}

/** Tasks by id (groups as of `asOf`) with no visibility check, in one read: only for events already authorised per subscriber. */
export async function findTasksByIds(
  source: SqlSource,
  ids: readonly string[],
  asOf: string,
): Promise<Map<string, TaskView>> {
  const rows = await readQuery(
    source,
    selectView(asOf).where(sql<SqlBool>`t.id = any(${`{${ids.join(',')}}`}::uuid[])`),
  );
  return new Map(rows.map((row) => [row.id, toTaskView(row)]));
}

export async function progressReportsOf(
  source: SqlSource,
  taskIds: readonly string[],
): Promise<Map<string, ProgressReportView[]>> {
  const rows = await readQuery(
    source,
    db
      .selectFrom('task_progress_reports as r')
      .innerJoin('users as u', 'u.id', 'r.reported_by_id')
      .select(['r.task_id', 'r.percent', 'r.note', 'r.reported_at', userSummary('u').as('reported_by')])
      .where(sql<SqlBool>`r.task_id = any(${`{${taskIds.join(',')}}`}::uuid[])`)
      .orderBy('r.reported_at', 'desc')
      .orderBy('r.id'),
  );
  return groupBy(
    rows,
    (row) => row.task_id,
    (row): ProgressReportView => ({
      percent: row.percent,
      note: row.note,
      reportedBy: row.reported_by,
      reportedAt: new Date(row.reported_at),
    }),
  );
}
