import { CombinedReads, type SqlSource } from '../../shared/combined-reads';
import { notFound } from '../../shared/errors';
import type { EventNotice } from './event-log';
import type { LiveReadConnections } from '../../shared/live-reads';
import { timelineEntriesOf, type TimelineEntry } from './event-views';

/** How long a read is kept for subscribers still being served, and how many are kept at most. */
const KEEP_MS = 30_000;
const MAX_ENTRIES = 5000;
/** Events read in one statement at most (a subscriber far behind is read page by page). */
const MAX_BATCH = 200;
/**
 * Batch reads in flight at once per aggregate type and database. One would make an event that
 * arrives during a read wait for it to finish before its own starts (under write load a statement
 * takes tens of ms, slower when the cores are busy); a few overlap, and events that arrive while
 * all are busy still go together in the next statement.
 */
const MAX_READS_IN_FLIGHT = 3;

/**
 * Pauses before reading a failed batch again (a killed pooled connection, a database restarting).
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

/** Views of several records of one kind by id, in one read, with no visibility check (events are authorised per subscriber). */
export type ViewsLoader<V> = (source: SqlSource, ids: readonly string[]) => Promise<Map<string, V>>;

export interface EventPayload<V> {
  event: TimelineEntry;
  view: V;
}

type Kept = { at: number; value: Promise<EventPayload<unknown>> };

/**
 * What one process has read, or is reading, for one database (tests run several apps, on several
 * databases, in one process: each has its own live read connections): payloads by event key, and the events waiting for the next statement.
 */
class DatabaseReads {
  readonly kept = new Map<string, Kept>();
  readonly waiting = new Map<string, Waiting>();
  inFlight = 0;
  /** A read is about to start (at the end of this turn, so that this turn's events join it). */
  scheduled = false;
}

type Settle = { resolve(payload: EventPayload<unknown>): void; reject(error: unknown): void };
type Waiting = { notice: EventNotice; settle: Settle; value: Promise<EventPayload<unknown>> };

const keyOf = (notice: Pick<EventNotice, 'aggregateType' | 'id'>) => `${notice.aggregateType}:${notice.id}`;

/**
 * The payload an event is pushed with (its timeline entry and its record's view), read once per
 * event per process, however many subscribers it goes to — and read in batches: every event a
 * stream has pending, and every event that arrives while a read is under way, is read by the next
 * statement, one statement for the lot (the timeline entries and the records' views folded
 * together by CombinedReads; a record named by several events is read once). At most a few batches
 * are in flight per aggregate type (one EventPayloads each) and database, so a burst costs a few
 * statements, not one per event: under load batches grow instead of queueing round trips behind
 * each other.
 *
 * Who may receive an event was already decided per subscriber (canSeeEvent), and the record's view
 * is the same for everyone allowed to see it, so the read needs no viewer.
 */
export class EventPayloads<V> {
  private readonly readsByDatabase = new WeakMap<LiveReadConnections, DatabaseReads>();

  constructor(
    private readonly aggregateType: string,
    private readonly loadViews: ViewsLoader<V>,
  ) {}

  /** Starts reading the payloads of events a stream will send (those not read or being read yet). */
  prefetch(live: LiveReadConnections, notices: readonly EventNotice[]): void {
    for (const notice of notices) void this.of(live, notice).catch(() => undefined); // failures reach the subscriber through `of`
  }

  /** The payload of one event: kept, being read, or queued for the next batch. */
  of(live: LiveReadConnections, notice: EventNotice): Promise<EventPayload<V>> {
    const reads = this.readsOf(live);
    const key = keyOf(notice);
    const now = Date.now();
    const kept = reads.kept.get(key);
    if (kept && now - kept.at < KEEP_MS) return kept.value as Promise<EventPayload<V>>;
    // no longer kept (a burst larger than the keep) but still queued: the queued read answers
    const queued = reads.waiting.get(key);
    if (queued) return queued.value as Promise<EventPayload<V>>;
    let settle!: Settle;
    const value = new Promise<EventPayload<unknown>>((resolve, reject) => (settle = { resolve, reject }));
    reads.waiting.set(key, { notice, settle, value });
    value.catch(() => reads.kept.delete(key)); // a failed read is not shared with later subscribers
    reads.kept.set(key, { at: now, value });
    this.forgetOld(reads, now);
    this.schedule(live, reads);
    return value as Promise<EventPayload<V>>;
  }

  private readsOf(live: LiveReadConnections): DatabaseReads {
    let reads = this.readsByDatabase.get(live);
    if (!reads) this.readsByDatabase.set(live, (reads = new DatabaseReads()));
    return reads;
  }

  private forgetOld(reads: DatabaseReads, now: number): void {
    for (const [oldest, entry] of reads.kept) {
      if (reads.kept.size <= MAX_ENTRIES && now - entry.at < KEEP_MS) break;
      reads.kept.delete(oldest);
    }
  }

  private schedule(live: LiveReadConnections, reads: DatabaseReads): void {
    if (reads.scheduled || reads.inFlight >= MAX_READS_IN_FLIGHT || reads.waiting.size === 0) return;
    reads.scheduled = true;
    setImmediate(() => {
      reads.scheduled = false;
      void this.readBatch(live, reads);
    });
  }

  /** Reads the oldest waiting events (up to a batch) in one statement, then schedules the rest. */
  private async readBatch(live: LiveReadConnections, reads: DatabaseReads): Promise<void> {
    if (reads.inFlight >= MAX_READS_IN_FLIGHT || reads.waiting.size === 0) return;
    const batch = [...reads.waiting.values()].slice(0, MAX_BATCH);
    for (const { notice } of batch) reads.waiting.delete(keyOf(notice));
    reads.inFlight++;
    this.schedule(live, reads); // more than a batch was waiting
    try {
      const payloads = await withRetries(() =>
        this.read(
          live,
          batch.map(({ notice }) => notice),
        ),
      );
      for (const { notice, settle } of batch) {
        const payload = payloads.get(notice.id);
        if (payload) settle.resolve(payload);
        else settle.reject(notFound('record'));
      }
    } catch (error) {
      for (const { settle } of batch) settle.reject(error);
    } finally {
      reads.inFlight--;
      this.schedule(live, reads);
    }
  }

  /** One statement, on the live read connections: the events' timeline entries and their records' views. */
  private async read(
    live: LiveReadConnections,
    notices: readonly EventNotice[],
  ): Promise<Map<number, EventPayload<V>>> {
    const source = new CombinedReads(live.run);
    const recordIds = [...new Set(notices.map((notice) => notice.aggregateId))];
    const [entries, views] = await Promise.all([
      timelineEntriesOf(
        source,
        this.aggregateType,
        notices.map((notice) => notice.id),
      ),
      this.loadViews(source, recordIds),
    ]);
    const payloads = new Map<number, EventPayload<V>>();
    for (const notice of notices) {
      const event = entries.get(String(notice.id));
      const view = views.get(notice.aggregateId);
      if (event && view) payloads.set(notice.id, { event, view });
    }
    return payloads;
  }
}
