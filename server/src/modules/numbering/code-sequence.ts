import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { runQuery, runStatement } from '../../shared/typed-sql';

/**
 * The next number of a record code (PH-, ĐX-, NV-) from a PostgreSQL sequence per (scope, year):
 * unique and increasing, but not gapless — a rolled-back transaction does not give its number back.
 * Nothing requires these codes to be gapless (PRODUCT.md: only N/QĐ-UBND is), and a sequence
 * holds no lock: concurrent writers no longer queue behind one counter row until each commits.
 *
 * The sequence is made the first time a year's code is drawn, starting after the counter row of
 * the same (scope, year) — the codes handed out before sequences, or written by the large seeder
 * (which records its highest code there). When that row has moved past the sequence (a reseed),
 * the sequence is moved past it first. Codes are unique in their tables: a race that lost
 * anyway would fail the write with a conflict, never give a code twice.
 */
export async function nextCodeNumber(em: EntityManager, scope: string, year: number): Promise<number> {
  const name = sequenceName(scope, year);
  const first = await draw(em, name, scope, year);
  if (first.n !== null && (first.counted === null || first.n > first.counted)) return first.n;
  if (first.n === null) await createSequence(em, name, (first.counted ?? 0) + 1);
  else await runStatement(em, sql`select setval(${name}::regclass, ${first.counted})`);
  const again = await draw(em, name, scope, year);
  if (again.n === null) throw new Error(`code sequence ${name} could not be created`);
  return again.n;
}

const sequenceName = (scope: string, year: number) => `reference_code_${scope.toLowerCase()}_${year}`;

/**
 * Makes the year's code sequences that do not exist yet, each in a transaction of its own (at
 * start, one at a time across replicas): the year's first code then costs no more statements than
 * any other. One statement when they all exist.
 */
export async function prepareCodeSequences(em: EntityManager, scopes: string[], year: number): Promise<void> {
  const missing = await runQuery(
    em,
    sql<{ scope: string; counted: number | null }>`select s.scope,
        (select last from reference_counters c where c.scope = s.scope and c.year = ${year}) as counted
       from unnest(${`{${scopes.join(',')}}`}::text[]) as s(scope)
      where to_regclass('reference_code_' || lower(s.scope) || '_' || ${year}::text) is null`,
  );
  for (const { scope, counted } of missing)
    await em.transactional((tx) => createSequence(tx, sequenceName(scope, year), (counted ?? 0) + 1));
}

/** One statement: the sequence's next value (null while it does not exist) and the counter row's last. */
async function draw(em: EntityManager, name: string, scope: string, year: number) {
  const [row] = await runQuery(
    em,
    sql<{ n: number | null; counted: number | null }>`select nextval(to_regclass(${name}::text))::int as n,
      (select last from reference_counters where scope = ${scope} and year = ${year}) as counted`,
  );
  return row;
}

/**
 * Creates the year's sequence inside the caller's transaction, under a savepoint: a concurrent
 * first caller creating the same one makes this statement wait for its commit and then fail on
 * the name, which only means the sequence now exists.
 */
async function createSequence(em: EntityManager, name: string, start: number): Promise<void> {
  await runStatement(em, sql`savepoint reference_code_sequence`);
  try {
    await runStatement(em, sql`create sequence if not exists ${sql.id(name)} start with ${sql.lit(start)}`);
    await runStatement(em, sql`release savepoint reference_code_sequence`);
  } catch {
    await runStatement(em, sql`rollback to savepoint reference_code_sequence`);
  }
}
