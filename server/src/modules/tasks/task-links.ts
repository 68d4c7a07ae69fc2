import type { EntityManager } from '@mikro-orm/postgresql';
import { readSql, type SqlSource } from '../../shared/combined-reads';
import { runSql } from '../../shared/sql';
import type { Viewer } from '../../shared/viewer';
import { proposalVisibleTo } from '../proposals';
import { requestVisibleTo } from '../requests';
import { taskRefJson, taskVisibleTo } from './task.queries';
import type { LinkedProposalView, LinkedRequestView, TaskRefView } from './task.views';

/**
 * Tasks ↔ requests and proposals, both directions, each list filtered to what the viewer may read
 * (a link must not reveal a record the viewer could not open).
 */

type Row = Record<string, unknown>;
const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

export async function linkedRequestsOf(em: EntityManager, viewer: Viewer, requestIds: string[]): Promise<LinkedRequestView[]> {
  if (requestIds.length === 0) return [];
  const params: unknown[] = [uuids(requestIds)];
  return runSql<LinkedRequestView[]>(
    em,
    `select r.id, r.code, r.title, r.status, r.due_date::text as "dueDate" from requests r
      where r.id = any(?::uuid[]) and ${requestVisibleTo(viewer, params)} order by r.code nulls last, r.id`,
    params,
  );
}

export async function proposalsLinkedToTask(source: SqlSource, viewer: Viewer, taskId: string): Promise<LinkedProposalView[]> {
  const params: unknown[] = [taskId];
  const rows = await readSql<Row[]>(
    source,
    `select p.id, p.code, p.title, p.status,
            (select coalesce(sum(i.amount), 0)::text from proposal_items i where i.proposal_id = p.id) as total,
            (select d.total_granted::text from decisions d where d.proposal_id = p.id order by d.signed_at desc, d.id desc limit 1) as granted
       from proposals p where ?::uuid = any(p.linked_task_ids) and ${proposalVisibleTo(viewer, params)} order by p.created_at`,
    params,
  );
  return rows.map((row) => ({
    id: row.id as string,
    code: row.code as string | null,
    title: row.title as string,
    status: row.status as string,
    totalAmount: BigInt(row.total as string),
    grantedAmount: row.granted === null ? null : BigInt(row.granted as string),
  }));
}

async function taskRefs(source: SqlSource, viewer: Viewer, condition: string, value: unknown): Promise<TaskRefView[]> {
  const params: unknown[] = [value];
  const rows = await readSql<{ ref: TaskRefView }[]>(
    source,
    `select ${taskRefJson('t.id')} as ref from tasks t where ${condition} and ${taskVisibleTo(viewer, params)} order by t.due_date, t.id`,
    params,
  );
  return rows.map((row) => row.ref);
}

export const tasksLinkedToRequest = (source: SqlSource, viewer: Viewer, requestId: string) =>
  taskRefs(source, viewer, '?::uuid = any(t.linked_request_ids)', requestId);

export const tasksByIds = (source: SqlSource, viewer: Viewer, taskIds: string[]) =>
  taskIds.length === 0 ? Promise.resolve([]) : taskRefs(source, viewer, 't.id = any(?::uuid[])', uuids(taskIds));
