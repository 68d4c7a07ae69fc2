import { BUS_RESYNC, type EventBus } from '../../shared/event-bus';
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
}

type Arrival = { kind: 'event'; notice: EventNotice } | { kind: 'resync' } | { kind: 'end' };

/**
 * Missed events first, then live ones — with no gap and no duplicate. The live subscription
 * starts listening before the replay query runs, so events committed meanwhile wait in the
 * queue; anything at or below the last id sent is skipped. When the bus says its LISTEN
 * connection was lost and is back, notifications sent meanwhile never arrived: the stream reads
 * the log again from the last id it sent. Closing the stream (`return()`) closes the bus
 * subscriptions at once, even while the stream is waiting for the next event.
 */
export function eventStream(options: EventStreamOptions): AsyncGenerator<EventNotice> {
  const sources = [options.bus.subscribe(DOMAIN_EVENT), options.bus.subscribe(BUS_RESYNC)].map((s) => s[Symbol.asyncIterator]());
  const closeSources = () => Promise.all(sources.map((source) => source.return?.()));
  return stoppable(follow(options, sources, closeSources), closeSources);
}

async function* follow(options: EventStreamOptions, sources: AsyncIterator<unknown>[], closeSources: () => Promise<unknown>): AsyncGenerator<EventNotice> {
  const queue: Arrival[] = [];
  let wake: (() => void) | null = null;
  const arrive = (arrival: Arrival) => {
    queue.push(arrival);
    wake?.();
  };
  const pump = async (source: AsyncIterator<unknown>, kind: 'event' | 'resync') => {
    for (let next = await source.next(); !next.done; next = await source.next()) {
      arrive(kind === 'event' ? { kind, notice: next.value as EventNotice } : { kind });
    }
    arrive({ kind: 'end' });
  };
  void pump(sources[0], 'event');
  void pump(sources[1], 'resync');

  let lastSent = options.afterId ?? (await options.head());
  async function* readLog(): AsyncGenerator<EventNotice> {
    for (;;) {
      const missed = await options.replay(lastSent, REPLAY_PAGE);
      for (const notice of missed) {
        yield notice;
        lastSent = notice.id;
      }
      if (missed.length < REPLAY_PAGE) return;
    }
  }

  try {
    if (options.afterId !== null) yield* readLog();
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const arrival = queue.shift()!;
      if (arrival.kind === 'end') return;
      if (arrival.kind === 'resync') {
        yield* readLog();
        continue;
      }
      const { notice } = arrival;
      if (notice.id <= lastSent || !options.accept(notice)) continue;
      yield notice;
      lastSent = notice.id;
    }
  } finally {
    await closeSources();
  }
}
