import type { EntityManager } from '@mikro-orm/postgresql';
import { CombinedReads, type SqlSource } from '../../shared/combined-reads';
import { notFound } from '../../shared/errors';
import type { EventNotice } from './event-log';
import { timelineEntry, type TimelineEntry } from './event-views';

/** How long a read is kept for subscribers still being served, and how many are kept at most. */
const KEEP_MS = 30_000;
const MAX_ENTRIES = 1000;
/**
 * Pauses before reading a failed event again (a killed pooled connection, a database restarting).
 * After the last, the failure ends the subscribers' streams (see http/shared-execution.ts): they
 * resubscribe after their last id — never an event skipped, but better not all at once.
 */
const RETRY_DELAYS_MS = [100, 400];

async function withRetries<T>(load: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await load();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return load();
}

type Reads = Map<string, { at: number; value: Promise<unknown> }>;

/** Per database (one ORM driver each): tests run several apps, on several databases, in one process. */
const readsByDatabase = new WeakMap<object, Reads>();

/**
 * One read per event per process, however many subscribers it is pushed to: the first subscriber
 * starts the query, the others await the same promise. Who may receive the event was already
 * decided per subscriber (canSeeEvent), and the record's view is the same for everyone allowed to
 * see it, so the read needs no viewer.
 */
function readOnce<T>(reads: Reads, key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const kept = reads.get(key);
  if (kept && now - kept.at < KEEP_MS) return kept.value as Promise<T>;
  const value = withRetries(load);
  value.catch(() => reads.delete(key)); // a failed read is not shared with later subscribers
  reads.set(key, { at: now, value });
  for (const [oldest, entry] of reads) {
    if (reads.size <= MAX_ENTRIES && now - entry.at < KEEP_MS) break;
    reads.delete(oldest);
  }
  return value;
}

/**
 * The event's timeline entry and its record's view, read once per event for all subscribers — and
 * in one statement (the two reads are folded together by CombinedReads).
 */
export function sharedEventPayload<V>(
  em: EntityManager,
  notice: EventNotice,
  loadView: (source: SqlSource, id: string) => Promise<V | null>,
): Promise<{ event: TimelineEntry; view: V }> {
  const database = em.getDriver();
  let reads = readsByDatabase.get(database);
  if (!reads) readsByDatabase.set(database, (reads = new Map()));
  return readOnce(reads, `${notice.aggregateType}:${notice.id}`, async () => {
    const reads = new CombinedReads(em.fork());
    const [event, view] = await Promise.all([
      timelineEntry(reads, notice.aggregateType, notice.id),
      loadView(reads, notice.aggregateId),
    ]);
    if (!event || !view) throw notFound('record');
    return { event, view };
  });
}
