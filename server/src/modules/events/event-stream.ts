import { BUS_RESYNC, type EventBus } from '../../shared/event-bus';
import { countEventDelivered } from '../../observability/metrics';
import { stoppable } from '../../shared/stoppable';
import { DOMAIN_EVENT, type EventNotice } from './event-log';

const REPLAY_PAGE = 200;

export interface EventStreamOptions {
  bus: EventBus;
  /** Replay starts after this id; null means "live only, from now" (`head()` says where now is). */
  afterId: number | null;
  /** The newest event id: where a live-only stream starts, so a resync knows what it missed. */
  head(): Promise<number>;
  /** Authorises and filters each event for this subscriber, without a query per event. */
  accept(notice: EventNotice): boolean;
  /** Reads missed events (already authorised) after an id, oldest first. */
  replay(afterId: number, limit: number): Promise<EventNotice[]>;
  /**
   * Starts reading the payloads of events this stream will send, as soon as they are known (on
   * arrival, a replayed page at once), so the reads of pending events go in one statement and run
   * while earlier events are still being sent. Called without awaiting, after `accept`.
   */
  prefetch?(notices: readonly EventNotice[]): void;
  /**
   * Only the latest state of each record matters (a list, a dashboard): an event is skipped when a
   * newer event of the same record is already pending — it would be overwritten anyway. Never for
   * timelines or history. Order holds (ids still increase), and the newest event of every record
   * is always sent.
   */
  coalesce?: boolean;
}

/** `heardAt`: when the commit's NOTIFY reached this process (performance.now()), for the delivery lag metric. */
type Arrival = { kind: 'event'; notice: EventNotice; heardAt: number } | { kind: 'resync' } | { kind: 'end' };

/** What reached this stream, in order, and a way to wait for the next arrival. */
class Arrivals {
  private readonly queue: Arrival[] = [];
  private wake: (() => void) | null = null;
  /** The newest pending event id of each record (for coalescing). */
  private readonly newestPending = new Map<string, number>();

  push(arrival: Arrival): void {
    this.queue.push(arrival);
    if (arrival.kind === 'event') this.newestPending.set(arrival.notice.aggregateId, arrival.notice.id);
    this.wake?.();
  }

  /** Whether a newer event of the same record is pending (then this one need not be sent when coalescing). */
  superseded(notice: EventNotice): boolean {
    const newest = this.newestPending.get(notice.aggregateId);
    if (newest === notice.id) this.newestPending.delete(notice.aggregateId);
    return newest !== undefined && newest > notice.id;
  }

  async take(): Promise<Arrival> {
    while (this.queue.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    return this.queue.shift()!;
  }
}

/**
 * Missed events first, then live ones — with no gap and no duplicate. Listening starts before
 * the replay query runs, so events committed meanwhile wait in the queue; anything at or below
 * the last id sent is skipped. When the bus says its LISTEN connection was lost and is back,
 * notifications sent meanwhile never arrived: the stream reads the log again from the last id it
 * sent. Events this subscriber may not see are dropped as they arrive, before any await.
 * Closing the stream (`return()`) stops listening at once, even while it waits for an event.
 */
export function eventStream(options: EventStreamOptions): AsyncGenerator<EventNotice> {
  const arrivals = new Arrivals();
  const stops = [
    options.bus.listen(DOMAIN_EVENT, (notice) => {
      if (!options.accept(notice)) return;
      arrivals.push({ kind: 'event', notice, heardAt: performance.now() });
      options.prefetch?.([notice]);
    }),
    options.bus.listen(BUS_RESYNC, () => arrivals.push({ kind: 'resync' })),
  ];
  let listening = true;
  const stopListening = async () => {
    if (!listening) return;
    listening = false;
    for (const stop of stops) stop();
    arrivals.push({ kind: 'end' });
  };
  return stoppable(follow(options, arrivals, stopListening), stopListening);
}

async function* follow(
  options: EventStreamOptions,
  arrivals: Arrivals,
  stopListening: () => Promise<void>,
): AsyncGenerator<EventNotice> {
  let lastSent = options.afterId ?? (await options.head());
  async function* readLog(): AsyncGenerator<EventNotice> {
    for (;;) {
      const missed = await options.replay(lastSent, REPLAY_PAGE);
      const sending = options.coalesce ? newestOfEachRecord(missed) : missed;
      options.prefetch?.(sending);
      for (const notice of sending) {
        countEventDelivered(null);
        yield notice;
        lastSent = notice.id;
      }
      if (missed.length < REPLAY_PAGE) return;
    }
  }

  try {
    if (options.afterId !== null) yield* readLog();
    for (;;) {
      const arrival = await arrivals.take();
      if (arrival.kind === 'end') return;
      if (arrival.kind === 'resync') {
        yield* readLog();
        continue;
      }
      const superseded = arrivals.superseded(arrival.notice);
      if (arrival.notice.id <= lastSent || (options.coalesce && superseded)) continue;
      countEventDelivered((performance.now() - arrival.heardAt) / 1000);
      yield arrival.notice;
      lastSent = arrival.notice.id;
    }
  } finally {
    await stopListening();
  }
}

/** The events of a page that are the newest of their record in it, in order. */
function newestOfEachRecord(notices: readonly EventNotice[]): EventNotice[] {
  const newest = new Map(notices.map((notice) => [notice.aggregateId, notice.id]));
  return notices.filter((notice) => newest.get(notice.aggregateId) === notice.id);
}
