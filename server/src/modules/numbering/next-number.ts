import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';

/**
 * The next number in a per-year sequence, inside the caller's transaction. The row lock taken by
 * the upsert serialises concurrent callers, and a rolled-back transaction gives its number back:
 * numbers are gapless and unique.
 */
export async function nextNumber(em: EntityManager, scope: string, year: number): Promise<number> {
  if (!em.getTransactionContext()) throw new Error('nextNumber must run inside a transaction');
  const [row] = await runQuery(
    em,
    db
      .insertInto('reference_counters')
      .values({ scope, year, last: sql<number>`1` })
      .onConflict((conflict) =>
        conflict.columns(['scope', 'year']).doUpdateSet({ last: sql<number>`reference_counters.last + 1` }),
      )
      .returning('last'),
  );
  return row.last;
}
