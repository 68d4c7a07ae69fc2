import { sql, type SqlBool } from 'kysely';
import { db } from '../../shared/typed-sql';
import type { TaskGroup } from './task-enums';

/**
 * The four official groups, judged in SQL as of a date. A query that uses these fragments selects
 * from `tasksAsOf(date)`.
 *
 * As of day D a task:
 * - is counted if it was assigned on or before D and not cancelled on or before D;
 * - is done if some completion happened on or before D and was not reopened on or before D;
 * - done on or before its due date → on time (finishing on the due date itself is on time);
 * - not done → overdue once D is past the due date, or once its quarter closed with it unfinished
 *   (carried over: it stays late for the quarter it belonged to), else still within the deadline.
 */
export function tasksAsOf(asOf: string) {
  return db
    .selectFrom('tasks as t')
    .crossJoin(sql<{ as_of: string }>`(select ${asOf}::date as as_of)`.as('q'))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('task_completions as c')
          .select(sql<string | null>`max(c.completed_on)`.as('done_on'))
          .where(
            sql<SqlBool>`c.task_id = t.id and c.completed_on <= q.as_of and (c.reopened_on is null or c.reopened_on > q.as_of)`,
          )
          .as('d'),
      (join) => join.onTrue(),
    );
}

export const countedAsOf = sql<SqlBool>`(t.assigned_on <= q.as_of and (t.cancelled_on is null or t.cancelled_on > q.as_of))`;

/** A task's group as of `q.as_of`: a cancelled task has no group. */
export const groupAsOf = sql<TaskGroup | null>`(case
  when t.cancelled_on is not null and t.cancelled_on <= q.as_of then null
  when d.done_on is not null then (case when d.done_on <= t.due_date then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end)
  when q.as_of > t.due_date or t.carried_over_on <= q.as_of then 'NOT_DONE_OVERDUE'
  else 'NOT_DONE_WITHIN_DEADLINE' end)`;

/** Aggregates over rows with a `grp` column, named as GroupCounts' fields. */
export const groupCounts = [
  sql<number>`count(*)::int`.as('total'),
  sql<number>`(count(*) filter (where grp = 'COMPLETED_ON_TIME'))::int`.as('completed_on_time'),
  sql<number>`(count(*) filter (where grp = 'COMPLETED_LATE'))::int`.as('completed_late'),
  sql<number>`(count(*) filter (where grp = 'NOT_DONE_WITHIN_DEADLINE'))::int`.as('not_done_within_deadline'),
  sql<number>`(count(*) filter (where grp = 'NOT_DONE_OVERDUE'))::int`.as('not_done_overdue'),
] as const;
