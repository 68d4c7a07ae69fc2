import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import { nextCodeNumber, prepareCodeSequences } from './code-sequence';

/**
 * Record codes (PH- requests, ĐX- proposals, NV- tasks): unique, not required gapless, so drawn
 * from a sequence that takes no lock (`code-sequence.ts`). Every other scope — decision numbers
 * N/QĐ-UBND, conclusion numbers — is a numbered document and stays gapless.
 */
const CODE_SCOPES = new Set(['REQUEST', 'PROPOSAL', 'TASK']);

/** The year's code sequences, made ahead of the year's first code (app start). */
export const prepareCodes = (em: EntityManager, year: number) => prepareCodeSequences(em, [...CODE_SCOPES], year);

/** The next number in a per-year sequence, inside the caller's transaction (see `nextGaplessNumber`, `nextCodeNumber`). */
export async function nextNumber(em: EntityManager, scope: string, year: number): Promise<number> {
  if (!em.getTransactionContext()) throw new Error('nextNumber must run inside a transaction');
  return CODE_SCOPES.has(scope) ? nextCodeNumber(em, scope, year) : nextGaplessNumber(em, scope, year);
}

/**
 * The next gapless number of a (scope, year). The row lock taken by the upsert serialises
 * concurrent callers until each commits, and a rolled-back transaction gives its number back:
 * numbers are gapless and unique. That wait is the price of gaplessness, paid only by numbered
 * documents.
 */
async function nextGaplessNumber(em: EntityManager, scope: string, year: number): Promise<number> {
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
