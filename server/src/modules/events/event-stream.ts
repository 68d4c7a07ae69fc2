import type { EventBus } from '../../shared/event-bus';
import { DOMAIN_EVENT, type EventNotice } from './event-log';

const REPLAY_PAGE = 200;

export interface EventStreamOptions {
  bus: EventBus;
  /** Replay starts after this id; null means "live only, from now". */
  afterId: number | null;
  /** Authorises and filters each event for this subscriber, without a query per event. */
  accept(notice: EventNotice): boolean;
  /** Reads missed events (already authorised) after an id, oldest first. */
  replay(afterId: number, limit: number): Promise<EventNotice[]>;
}

/**
 * Missed events first, then live ones — with no gap and no duplicate. The live subscription
 * starts listening before the replay query runs (asking for its first value is what starts it),
 * so events committed meanwhile wait in its buffer; anything at or below the last id sent is
 * skipped.
 */
export async function* eventStream(options: EventStreamOptions): AsyncGenerator<EventNotice> {
  const live = options.bus.subscribe(DOMAIN_EVENT)[Symbol.asyncIterator]();
  let nextLive = live.next();
  try {
    let lastSent = options.afterId ?? 0;
    if (options.afterId !== null) {
      for (;;) {
        const missed = await options.replay(lastSent, REPLAY_PAGE);
        for (const notice of missed) {
          yield notice;
          lastSent = notice.id;
        }
        if (missed.length < REPLAY_PAGE) break;
      }
    }
    for (;;) {
      const result = await nextLive;
      if (result.done) return;
      nextLive = live.next();
      const notice = result.value;
      if (notice.id <= lastSent || !options.accept(notice)) continue;
      yield notice;
      lastSent = notice.id;
    }
  } finally {
    await live.return?.();
  }
}
