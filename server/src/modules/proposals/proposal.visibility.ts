import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { proposalVisible } from './proposal.queries';

/** Whether the viewer may read the proposal: asks the one read rule, the SQL predicate `proposalVisible` (one `select 1`). */
export async function isProposalReadable(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('proposals as p')
      .select(sql<number>`1`.as('one'))
      .where('p.id', '=', id)
      .where(proposalVisible(viewer)),
  );
  return rows.length > 0;
}
