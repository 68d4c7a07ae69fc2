import type { GraphQLContext } from '../../shared/context';
import { unauthenticated } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import { EventPayloads, eventCursor, watchAggregate, type EventNotice } from '../events';
import { findRequestsByIds } from './request.queries';
import { REQUEST_AGGREGATE } from './request-workflow';
import { RequestService } from './request.service';

/** What a request event is pushed with (its timeline entry and the request), read in batches. */
export const requestPayloads = new EventPayloads(REQUEST_AGGREGATE, findRequestsByIds);

/**
 * Subscription sources: replay from the event log after the client's last id, then live events,
 * each filtered for the viewer in memory (no query per event per subscriber to decide).
 */
export class RequestWatch {
  private readonly viewer: Viewer;

  constructor(private readonly ctx: GraphQLContext) {
    if (!ctx.viewer) throw unauthenticated();
    this.viewer = ctx.viewer;
  }

  async one(requestId: string, after: string | null | undefined): Promise<AsyncIterable<EventNotice>> {
    await new RequestService(this.ctx.em, this.ctx.bus).get(this.viewer, requestId); // NOT_FOUND unless readable
    return watchAggregate(this.scope(), REQUEST_AGGREGATE, requestId, after, { payloads: requestPayloads });
  }

  /** Where a client should start its feed: read this, then the list, then subscribe `after` it. */
  cursor(): Promise<string> {
    return eventCursor(this.scope(), REQUEST_AGGREGATE);
  }

  feed(after: string | null | undefined, coalesce?: boolean | null): AsyncIterable<EventNotice> {
    return watchAggregate(this.scope(), REQUEST_AGGREGATE, null, after, { payloads: requestPayloads, coalesce });
  }

  private scope() {
    return { em: this.ctx.em, bus: this.ctx.bus, viewer: this.viewer, liveReads: this.ctx.liveReads };
  }
}
