import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs raw SQL on the EntityManager's connection — inside its transaction when it has one, so
 * hand-written reads see the same data as the ORM in the same unit of work.
 */
export function runSql<T = Record<string, unknown>[]>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  return em.getConnection().execute<T & unknown[]>(sql, params, 'all', em.getTransactionContext()) as Promise<T>;
}
