import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { agencySummary, type AgencySummary } from '../agencies';
import { taskVisible } from './task.queries';

/** Whether the viewer may read the task: asks the one read rule, the SQL predicate `taskVisible`. */
export async function isTaskReadable(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('tasks as t')
      .select(sql<number>`1`.as('one'))
      .where('t.id', '=', id)
      .where(taskVisible(viewer)),
  );
  return rows.length > 0;
}

/**
 * The agency, if the viewer may read the tasks it owns (its quarter statistics, its export):
 * `taskVisible` judged on a task row owned by it, since who reads a task goes by its owner.
 * One statement, in place of loading the agency.
 */
export async function findReadableTaskOwner(
  em: EntityManager,
  viewer: Viewer,
  agencyId: string,
): Promise<AgencySummary | null> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('agencies as a')
      .crossJoin(sql<{ owner_agency_id: string }>`lateral (select a.id as owner_agency_id)`.as('t'))
      .select(agencySummary('a').as('agency'))
      .where('a.id', '=', agencyId)
      .where(taskVisible(viewer)),
  );
  return rows[0]?.agency ?? null;
}
