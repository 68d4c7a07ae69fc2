import type { EntityManager } from '@mikro-orm/postgresql';
import { isId } from '../../shared/ids';
import { runSql } from '../../shared/sql';
import type { Viewer } from '../../shared/viewer';
import { visibleTo } from './request.queries';

/** Whether the viewer may read the request: asks the one read rule, the SQL predicate `visibleTo`. */
export async function isRequestReadable(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const params: unknown[] = [id];
  const rows = await runSql<unknown[]>(em, `select 1 from requests r where r.id = ? and ${visibleTo(viewer, params)}`, params);
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
  const params: unknown[] = [`{${unique.join(',')}}`];
  const [{ n }] = await runSql<{ n: number }[]>(
    em,
    `select count(*)::int as n from requests r where r.id = any(?::uuid[]) and r.status <> 'DRAFT' and ${visibleTo(viewer, params)}`,
    params,
  );
  return n === unique.length;
}
