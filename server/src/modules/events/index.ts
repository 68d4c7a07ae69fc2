export { DomainEvent } from './domain-event.entity';
export { appendEvent, canSeeEvent, DOMAIN_EVENT, eventsAfter, latestEventId } from './event-log';
export type { EventNotice, EventRow, NewEvent } from './event-log';
export { eventStream } from './event-stream';
export { timelineEntry, timelinesOf } from './event-views';
export type { TimelineEntry } from './event-views';
export { eventCursor, watchAggregate } from './watch';
export type { WatchScope } from './watch';
export { sharedEventPayload } from './shared-reads';
