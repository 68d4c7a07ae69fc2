import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError, invalidInput } from '../../shared/errors';
import { message } from '../../shared/messages';
import type { EventBus } from '../../shared/event-bus';
import type { Viewer } from '../../shared/viewer';
import { canSeeEvent, eventsAfter, latestEventId, newestEventId, type EventNotice } from './event-log';
import { eventStream } from './event-stream';

export interface WatchScope {
  em: EntityManager;
  bus: EventBus;
  viewer: Viewer;
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
): AsyncIterable<EventNotice> {
  const afterId = parseEventId(after);
  const reader = scope.viewer;
  return eventStream({
    bus: scope.bus,
    afterId,
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
export async function eventCursor(scope: Omit<WatchScope, 'bus'>, aggregateType: string): Promise<string> {
  return String(await latestEventId(scope.em, { aggregateType, reader: scope.viewer }));
}

function parseEventId(after: string | null | undefined): number | null {
  if (after == null) return null;
  if (!/^\d{1,15}$/.test(after)) {
    throw invalidInput([fieldError('after', 'INVALID_FORMAT', message('field.eventIdInvalid'))]);
  }
  return Number(after);
}
