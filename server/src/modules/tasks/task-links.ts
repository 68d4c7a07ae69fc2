import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { SqlSource } from '../../shared/combined-reads';
import { db, readQuery, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { proposalVisible } from '../proposals';
import { requestVisible } from '../requests';
import { taskRef, taskVisible } from './task.queries';
import type { LinkedProposalView, LinkedRequestView, TaskRefView } from './task.views';

/**
 * Tasks ↔ requests and proposals, both directions, each list filtered to what the viewer may read
 * (a link must not reveal a record the viewer could not open).
 */

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

export async function linkedRequestsOf(
  em: EntityManager,
  viewer: Viewer,
  requestIds: string[],
): Promise<LinkedRequestView[]> {
  if (requestIds.length === 0) return [];
  return runQuery(
    em,
    db
      .selectFrom('requests as r')
      .select(['r.id', 'r.code', 'r.title', 'r.status', sql<string>`r.due_date::text`.as('dueDate')])
      .where(sql<SqlBool>`r.id = any(${uuids(requestIds)}::uuid[])`)
      .where(requestVisible(viewer))
      .orderBy(sql`r.code nulls last`)
      .orderBy('r.id'),
  );
}

export async function proposalsLinkedToTask(
  source: SqlSource,
  viewer: Viewer,
  taskId: string,
): Promise<LinkedProposalView[]> {
  const rows = await readQuery(
    source,
    db
      .selectFrom('proposals as p')
      .select(['p.id', 'p.code', 'p.title', 'p.status'])
      .select([
        sql<string>`(select coalesce(sum(i.amount), 0)::text from proposal_items i where i.proposal_id = p.id)`.as(
          'total',
        ),
        sql<
          string | null
        >`(select d.total_granted::text from decisions d where d.proposal_id = p.id order by d.signed_at desc, d.id desc limit 1)`.as(
          'granted',
        ),
      ])
      .where(sql<SqlBool>`${taskId}::uuid = any(p.linked_task_ids)`)
      .where(proposalVisible(viewer))
      .orderBy('p.created_at'),
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    totalAmount: BigInt(row.total),
    grantedAmount: row.granted === null ? null : BigInt(row.granted),
  }));
}

async function taskRefs(source: SqlSource, viewer: Viewer, condition: Expression<SqlBool>): Promise<TaskRefView[]> {
  const rows = await readQuery(
    source,
    db
      .selectFrom('tasks as t')
      .select(taskRef(sql.ref('t.id')).as('ref'))
      .where(condition)
      .where(taskVisible(viewer))
      .orderBy('t.due_date')
      .orderBy('t.id'),
  );
  // every row is a task's own ref: never null
  return rows.flatMap((row) => (row.ref ? [row.ref] : []));
}

export const tasksLinkedToRequest = (source: SqlSource, viewer: Viewer, requestId: string) =>
  taskRefs(source, viewer, sql<SqlBool>`${requestId}::uuid = any(t.linked_request_ids)`);

export const tasksByIds = (source: SqlSource, viewer: Viewer, taskIds: string[]) =>
  taskIds.length === 0
    ? Promise.resolve([])
    : taskRefs(source, viewer, sql<SqlBool>`t.id = any(${uuids(taskIds)}::uuid[])`);
