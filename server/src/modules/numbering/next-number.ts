import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../shared/sql';

/**
 * The next number in a per-year sequence, inside the caller's transaction. The row lock taken by
 * the upsert serialises concurrent callers, and a rolled-back transaction gives its number back:
 * numbers are gapless and unique.
 */
export async function nextNumber(em: EntityManager, scope: string, year: number): Promise<number> {
  if (!em.getTransactionContext()) throw new Error('nextNumber must run inside a transaction');
  const [row] = await runSql<{ last: number }[]>(
    em,
    `insert into reference_counters (scope, year, last) values (?, ?, 1)
     on conflict (scope, year) do update set last = reference_counters.last + 1
     returning last`,
    [scope, year],
  );
  return row.last;
}
