import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../shared/sql';
import type { Viewer } from '../../shared/viewer';
import { proposalVisibleTo } from './proposal.queries';

/** Whether the viewer may read the proposal: asks the one read rule, the SQL predicate `proposalVisibleTo`. */
export async function isProposalReadable(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const params: unknown[] = [id];
  const rows = await runSql<unknown[]>(em, `select 1 from proposals p where p.id = ? and ${proposalVisibleTo(viewer, params)}`, params);
  return rows.length > 0;
}
