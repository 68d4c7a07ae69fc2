import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type Compilable,
  type CompiledQuery,
  type Expression,
  type RawBuilder,
} from 'kysely';
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

/**
 * A statement: built with `db`, or an `sql<Row>` template where the builder would read worse than
 * the SQL (its row type is then the template's).
 */
export type Statement<Row> = Compilable<Row> | RawBuilder<Row>;

const compile = <Row>(statement: Statement<Row>): CompiledQuery<Row> =>
  'isRawBuilder' in statement ? statement.compile(db) : statement.compile();

/** Runs a statement on the EntityManager's connection (inside its transaction when it has one). */
export function runQuery<Row>(em: EntityManager, query: Statement<Row>): Promise<Row[]> {
  const { sql: text, parameters } = compile(query);
  return runSql<Row[]>(em, text, [...parameters]);
}

/** Runs a statement for its effect (an update, a lock, DDL), ignoring any rows. */
export async function runStatement(em: EntityManager, statement: Statement<unknown>): Promise<void> {
  const { sql: text, parameters } = compile(statement);
  await runSql(em, text, [...parameters]);
}

/**
 * Takes a transaction-scoped advisory lock on `key` (hashed into PostgreSQL's lock space): held
 * until the transaction ends, so callers serialise on the key without a row to lock.
 */
export function advisoryXactLock(tx: EntityManager, key: Expression<string>): Promise<void> {
  return runStatement(tx, sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/** Runs a built query where a read module's SQL runs: alone, or folded into the response's combined statement. */
export function readQuery<Row>(source: SqlSource, query: Compilable<Row>): Promise<Row[]> {
  const { sql: text, parameters } = query.compile();
  return readSql<Row[]>(source, text, [...parameters]);
}
