import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { LiveReadConnections } from '../shared/live-reads';
import { watchPool } from './metrics';

/**
 * The pool gauges read at scrape time: MikroORM's (knex's tarn pool: lent, free, waiting for a
 * connection), the event bus's publishing pool and the live read connections (pg.Pool). Returns the
 * function that stops it.
 */
export function watchDatabasePools(orm: MikroORM, busPool: pg.Pool, liveReads: LiveReadConnections): () => void {
  const stops = [
    watchPool('orm', () => {
      const pool = orm.em.getConnection().getKnex().client.pool;
      return pool
        ? { inUse: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires() }
        : { inUse: 0, idle: 0, waiting: 0 };
    }),
    watchPool('bus', () => ({
      inUse: busPool.totalCount - busPool.idleCount,
      idle: busPool.idleCount,
      waiting: busPool.waitingCount,
    })),
    watchPool('live-reads', () => liveReads.usage()),
  ];
  return () => stops.forEach((stop) => stop());
}
