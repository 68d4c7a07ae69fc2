import type { Knex } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { SqlRunner } from './combined-reads';

/** Connections kept for live payload reads: a batch per aggregate type in flight at once, and one spare. */
export const LIVE_READ_CONNECTIONS = 4;

/**
 * Connections of their own for the payloads of live events (EventPayloads). On the ORM's pool a
 * payload read queued behind every writer waiting for a connection: at 50 writers on 10
 * connections that queue, not the read, was most of a subscriber's commit→delivered time, and
 * every subscriber of the process waited on it. These connections serve only those reads —
 * short, read-only statements outside any transaction — so an event's payload waits for other
 * events' payloads at most, never for a write.
 */
export class LiveReadConnections {
  private readonly pool: pg.Pool;

  /**
   * `knex` (the ORM's) only binds: the read modules write knex's `?` placeholders (shared/typed-sql.ts),
   * so a statement is bound here exactly as the ORM's connection would bind it.
   */
  constructor(
    databaseUrl: string,
    private readonly knex: Knex,
    log: (message: string, error?: unknown) => void,
    /** Sees each statement sent, as the ORM's query log does (tests count statements with both). */
    private readonly onQuery?: (sql: string) => void,
    max = LIVE_READ_CONNECTIONS,
  ) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max });
    // an idle connection killed by the server (a restart, pg_terminate_backend) must not end the process
    this.pool.on('error', (error) => log('live read pool error', error));
  }

  readonly run: SqlRunner = async (sql, params) => {
    const { sql: text, bindings } = this.knex
      .raw(sql, params as Knex.RawBinding[])
      .toSQL()
      .toNative();
    this.onQuery?.(text);
    return (await this.pool.query(text, bindings as unknown[])).rows;
  };

  /** For the pool gauges: connections in use, idle, and reads waiting for one. */
  usage(): { inUse: number; idle: number; waiting: number } {
    return {
      inUse: this.pool.totalCount - this.pool.idleCount,
      idle: this.pool.idleCount,
      waiting: this.pool.waitingCount,
    };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
