import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError, invalidInput } from '../../shared/errors';
import { message } from '../../shared/messages';
import type { EventBus } from '../../shared/event-bus';
import type { Viewer } from '../../shared/viewer';
import { canSeeEvent, eventsAfter, latestEventId, newestEventId, type EventNotice } from './event-log';
import { eventStream } from './event-stream';
import type { LiveReadConnections } from '../../shared/live-reads';
import type { EventPayloads } from './shared-reads';

export interface WatchScope {
  em: EntityManager;
  bus: EventBus;
  viewer: Viewer;
  /** Where the payloads of pushed events are read (connections no writer waits on). */
  liveReads: LiveReadConnections;
}

/** The `coalesce` argument of feeds that only need the latest state of each record. */
export const COALESCE_DESCRIPTION =
  'Send only the newest pending change of each record (a list or dashboard that shows latest states): older ones are skipped when a newer one is already waiting. Order still holds; not for timelines';

export interface WatchOptions {
  /** The payloads the subscription's resolver sends: read ahead, in batches, as events arrive. */
  payloads?: EventPayloads<unknown>;
  /** Send only the newest pending event of each record (feeds of latest states, never timelines). */
  coalesce?: boolean | null;
}

/**
 * A subscription source for one kind of record (or one record): replay from the event log after
 * the client's last id, then live events, each authorised for the viewer in memory.
 */
export function watchAggregate(
  scope: WatchScope,
  aggregateType: string,
  aggregateId: string | null,
  after: string | null | undefined,
  options: WatchOptions = {},
): AsyncIterable<EventNotice> {
  const afterId = parseEventId(after);
  const reader = scope.viewer;
  const { payloads } = options;
  return eventStream({
    bus: scope.bus,
    afterId,
    coalesce: options.coalesce ?? false,
    prefetch: payloads && ((notices) => payloads.prefetch(scope.liveReads, notices)),
    accept: (notice) =>
      notice.aggregateType === aggregateType &&
      (aggregateId === null || notice.aggregateId === aggregateId) &&
      canSeeEvent(notice, reader),
    replay: (fromId, limit) =>
      eventsAfter(scope.em.fork(), {
        afterId: fromId,
        aggregateType,
        aggregateId: aggregateId ?? undefined,
        reader,
        limit,
      }),
    head: () => newestEventId(scope.em.fork()),
  });
}

/** Where a client should start its feed: read this, then the list, then subscribe `after` it. */
export async function eventCursor(scope: Pick<WatchScope, 'em' | 'viewer'>, aggregateType: string): Promise<string> {
  return String(await latestEventId(scope.em, { aggregateType, reader: scope.viewer }));
}

function parseEventId(after: string | null | undefined): number | null {
  if (after == null) return null;
  if (!/^\d{1,15}$/.test(after)) {
    throw invalidInput([fieldError('after', 'INVALID_FORMAT', message('field.eventIdInvalid'))]);
  }
  return Number(after);
}
