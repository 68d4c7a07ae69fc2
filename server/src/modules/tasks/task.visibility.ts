import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../shared/sql';
import type { Viewer } from '../../shared/viewer';
import { agencySummaryJson, type AgencySummary } from '../agencies';
import { taskVisibleTo } from './task.queries';

/** Whether the viewer may read the task: asks the one read rule, the SQL predicate `taskVisibleTo`. */
export async function isTaskReadable(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const params: unknown[] = [id];
  const rows = await runSql<unknown[]>(em, `select 1 from tasks t where t.id = ? and ${taskVisibleTo(viewer, params)}`, params);
  return rows.length > 0;
}

/**
 * The agency, if the viewer may read the tasks it owns (its quarter statistics, its export):
 * `taskVisibleTo` judged on a task row owned by it, since who reads a task goes by its owner.
 * One statement, in place of loading the agency.
 */
export async function findReadableTaskOwner(em: EntityManager, viewer: Viewer, agencyId: string): Promise<AgencySummary | null> {
  const params: unknown[] = [agencyId];
  const rows = await runSql<{ agency: AgencySummary }[]>(
    em,
    `select ${agencySummaryJson('a')} as agency from agencies a cross join lateral (select a.id as owner_agency_id) t
      where a.id = ? and ${taskVisibleTo(viewer, params)}`,
    params,
  );
  return rows[0]?.agency ?? null;
}
