import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from './sql';

type Row = Record<string, unknown>;

/** Runs one statement and answers its rows: on an EntityManager's connection, or on a pool of its own. */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<Row[]>;

interface PendingRead {
  sql: string;
  params: unknown[];
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

/**
 * One GraphQL response's side reads, sent as ONE statement. A request page asks, in the same
 * pass over its fields, for comments, attachments, the timeline, linked tasks and the directive;
 * each is a read of its own module. Reads started in the same turn of the event loop (DataLoader
 * batches included: they dispatch before `setImmediate` fires) are folded into one SELECT whose
 * columns are sub-selects, each returning its rows as a JSON array — one round trip and one
 * statement instead of five, with each module keeping its own SQL.
 *
 * Rows always come back through JSON, whether a read went alone or with others, so mappers see
 * one shape: timestamps as ISO strings, bigint as numbers (cast to text where precision matters),
 * json columns as objects. Row order is the sub-select's ORDER BY: PostgreSQL aggregates a
 * sorted sub-select's rows in that order. If the statement fails, every read in it fails.
 */
export class CombinedReads {
  private pending: PendingRead[] = [];
  private readonly run: SqlRunner;

  constructor(target: EntityManager | SqlRunner) {
    this.run = typeof target === 'function' ? target : (sql, params) => runSql<Row[]>(target, sql, params);
  }

  read<T = Row[]>(sql: string, params: unknown[] = []): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ sql, params, resolve: resolve as (rows: Row[]) => void, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const columns = batch.map(
      ({ sql }, i) => `(select coalesce(json_agg(q${i}), '[]'::json) from (${sql}) q${i}) as r${i}`,
    );
    try {
      const [row] = await this.run(
        `select ${columns.join(',\n       ')}`,
        batch.flatMap((read) => read.params),
      );
      batch.forEach((read, i) => read.resolve(row[`r${i}`] as Row[]));
    } catch (error) {
      for (const read of batch) read.reject(error);
    }
  }
}

/** Where a read module's SQL runs: directly on an EntityManager, or folded with its neighbours. */
export type SqlSource = EntityManager | CombinedReads;

export function readSql<T = Row[]>(source: SqlSource, sql: string, params: unknown[] = []): Promise<T> {
  return source instanceof CombinedReads ? source.read<T>(sql, params) : runSql<T>(source, sql, params);
}
