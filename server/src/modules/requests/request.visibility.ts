import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { isId } from '../../shared/ids';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { requestVisible } from './request.queries';

/** Whether the viewer may read the request: asks the one read rule, the SQL predicate `requestVisible`. */
export async function isRequestReadable(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('requests as r')
      .select(sql<number>`1`.as('one'))
      .where('r.id', '=', id)
      .where(requestVisible(viewer)),
  );
  return rows.length > 0;
}

/**
 * True when every id is a sent request the viewer can read: what a proposal or a task may link to.
 * The caller answers NOT_FOUND otherwise, so a link never confirms that a hidden request exists.
 */
export async function areLinkableRequests(em: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return true;
  if (!unique.every(isId)) return false;
  const [{ n }] = await runQuery(
    em,
    db
      .selectFrom('requests as r')
      .select(sql<number>`count(*)::int`.as('n'))
      .where(sql<SqlBool>`r.id = any(${`{${unique.join(',')}}`}::uuid[])`)
      .where(sql<SqlBool>`r.status <> 'DRAFT'`)
      .where(requestVisible(viewer)),
  );
  return n === unique.length;
}
