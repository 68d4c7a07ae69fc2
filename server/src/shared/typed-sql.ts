import type { EntityManager } from '@mikro-orm/postgresql';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type Compilable } from 'kysely';
import { readSql, type SqlSource } from './combined-reads';
import type { Database } from './database.generated';
import { runSql } from './sql';

/**
 * Kysely's PostgreSQL compiler writing knex's `?` placeholders: statements run through MikroORM's
 * `execute` (knex binds `?`) and CombinedReads folds several statements' text and parameters into
 * one, which only works while placeholders are positional and unnumbered.
 */
class QuestionMarkCompiler extends PostgresQueryCompiler {
  protected override getCurrentParameterPlaceholder(): string {
    return '?';
  }
}

/**
 * A query compiler typed by the tables (shared/database.generated.ts), not a client: it has no
 * driver and no pool. Queries built with it run on the EntityManager's connection and transaction
 * through `runQuery`/`readQuery`, like every other statement of the unit of work.
 */
export const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new QuestionMarkCompiler(),
  },
});

/** Runs a built query on the EntityManager's connection (inside its transaction when it has one). */
export function runQuery<Row>(em: EntityManager, query: Compilable<Row>): Promise<Row[]> {
  const { sql: text, parameters } = query.compile();
  return runSql<Row[]>(em, text, [...parameters]);
}

/** Runs a built statement for its effect (an update or delete returning nothing). */
export async function runStatement(em: EntityManager, query: Compilable<unknown>): Promise<void> {
  const { sql: text, parameters } = query.compile();
  await runSql(em, text, [...parameters]);
}

/** Runs a built query where a read module's SQL runs: alone, or folded into the response's combined statement. */
export function readQuery<Row>(source: SqlSource, query: Compilable<Row>): Promise<Row[]> {
  const { sql: text, parameters } = query.compile();
  return readSql<Row[]>(source, text, [...parameters]);
}
