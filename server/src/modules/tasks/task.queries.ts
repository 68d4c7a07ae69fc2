import type { EntityManager } from '@mikro-orm/postgresql';
import { readSql, type SqlSource } from '../../shared/combined-reads';
import { runSql } from '../../shared/sql';
import type { Viewer } from '../../shared/viewer';
import { agencySummaryJson } from '../agencies';
import { userSummaryJson } from '../users';
import { GROUP_AS_OF, TASKS_AS_OF } from './task-groups';
import type { TaskGroup } from './task-enums';
import type { ProgressReportView, TaskRefView, TaskView } from './task.views';
import { groupBy } from '../../shared/group-by';

/** Read side of tasks: one statement per call, who-sees-what applied here. */

type Row = Record<string, unknown>;

/** SQL for a TaskRef JSON object of the task with id `idSql`, or null. */
export const taskRefJson = (idSql: string) => `(select json_build_object('id', x.id, 'code', x.code, 'title', x.title, 'status', x.status,
    'period', json_build_object('year', x.period_year, 'quarter', x.period_quarter),
    'ownerAgency', ${agencySummaryJson('xa')}, 'dueDate', x.due_date)
  from tasks x join agencies xa on xa.id = x.owner_agency_id where x.id = ${idSql})`;

const DIRECTIVE_JSON = `(select json_build_object('directiveId', md.id, 'meetingId', m.id, 'conclusionCode', m.conclusion_code,
    'heldOn', m.held_on, 'content', md.content)
  from meeting_directives md join meetings m on m.id = md.meeting_id where md.id = t.directive_id)`;

const SELECT_VIEW = `
select t.id, t.code, t.title, t.description, t.category, t.domain, t.period_year, t.period_quarter,
       t.due_date::text as due_date, t.assigned_on::text as assigned_on, t.status, t.progress_percent,
       t.completed_on::text as completed_on, t.cancelled_on::text as cancelled_on, t.cancel_reason,
       t.carried_over_on::text as carried_over_on, t.linked_request_ids, t.last_activity_at, t.version,
       ${GROUP_AS_OF} as grp,
       ${agencySummaryJson('oa')} as owner_agency, ${userSummaryJson('ab')} as assigned_by,
       ${DIRECTIVE_JSON} as directive,
       ${taskRefJson('t.carried_from_id')} as carried_from,
       ${taskRefJson('(select n.id from tasks n where n.carried_from_id = t.id)')} as carried_to
  from tasks t ${TASKS_AS_OF}
  join agencies oa on oa.id = t.owner_agency_id
  join users ab on ab.id = t.assigned_by_id`;

/** An agency reads its own tasks; the Committee reads every task in the province. */
export function taskVisibleTo(viewer: Viewer, params: unknown[]): string {
  if (viewer.inCommittee) return 'true';
  params.push(viewer.agencyId);
  return 't.owner_agency_id = ?';
}

export function toTaskView(row: Row): TaskView {
  return {
    id: row.id as string,
    code: row.code as string,
    title: row.title as string,
    description: row.description as string,
    category: row.category as TaskView['category'],
    domain: row.domain as TaskView['domain'],
    period: { year: row.period_year as number, quarter: row.period_quarter as number },
    ownerAgency: row.owner_agency as TaskView['ownerAgency'],
    dueDate: row.due_date as string,
    assignedOn: row.assigned_on as string,
    assignedBy: row.assigned_by as TaskView['assignedBy'],
    status: row.status as TaskView['status'],
    group: (row.grp as TaskGroup | null) ?? null,
    progressPercent: row.progress_percent as number,
    completedOn: (row.completed_on as string | null) ?? null,
    cancelledOn: (row.cancelled_on as string | null) ?? null,
    cancelReason: (row.cancel_reason as string | null) ?? null,
    carriedOverOn: (row.carried_over_on as string | null) ?? null,
    directive: (row.directive as TaskView['directive']) ?? null,
    carriedFrom: (row.carried_from as TaskRefView | null) ?? null,
    carriedTo: (row.carried_to as TaskRefView | null) ?? null,
    linkedRequestIds: row.linked_request_ids as string[],
    lastActivityAt: new Date(row.last_activity_at as string),
    version: row.version as number,
  };
}

/** `params` must start with the as-of date (TASKS_AS_OF's placeholder comes first). */
export async function listTasks(em: EntityManager, where: string[], params: unknown[], orderBy: string, limit: number): Promise<TaskView[]> {
  const rows = await runSql<Row[]>(em, `${SELECT_VIEW} where ${where.join(' and ')} order by ${orderBy} limit ?`, [...params, limit]);
  return rows.map(toTaskView);
}

export async function findVisibleTask(em: EntityManager, viewer: Viewer, id: string, asOf: string): Promise<TaskView | null> {
  const params: unknown[] = [asOf, id];
  const rows = await runSql<Row[]>(em, `${SELECT_VIEW} where t.id = ? and ${taskVisibleTo(viewer, params)}`, params);
  return rows[0] ? toTaskView(rows[0]) : null;
}

/** A task by id (groups as of `asOf`) with no visibility check: only for events already authorised per subscriber. */
export async function findTaskById(source: SqlSource, id: string, asOf: string): Promise<TaskView | null> {
  const rows = await readSql<Row[]>(source, `${SELECT_VIEW} where t.id = ?`, [asOf, id]);
  return rows[0] ? toTaskView(rows[0]) : null;
}

export async function progressReportsOf(source: SqlSource, taskIds: readonly string[]): Promise<Map<string, ProgressReportView[]>> {
  const rows = await readSql<Row[]>(
    source,
    `select r.task_id, r.percent, r.note, r.reported_at, ${userSummaryJson('u')} as reported_by
       from task_progress_reports r join users u on u.id = r.reported_by_id
      where r.task_id = any(?::uuid[]) order by r.reported_at desc, r.id`,
    [`{${taskIds.join(',')}}`],
  );
  return groupBy(rows, (row) => row.task_id as string, (row): ProgressReportView => ({
    percent: row.percent as number,
    note: row.note as string,
    reportedBy: row.reported_by as ProgressReportView['reportedBy'],
    reportedAt: new Date(row.reported_at as string),
  }));
}
