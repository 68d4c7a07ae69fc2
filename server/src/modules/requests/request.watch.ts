import type { GraphQLContext } from '../../shared/context';
import { invalidInput, unauthenticated } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import { canSeeEvent, eventsAfter, eventStream, latestEventId, type EventNotice } from '../events';
import { REQUEST_AGGREGATE, RequestService } from './request.service';

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
    return this.stream(after, requestId);
  }

  /** Where a client should start its feed: read this, then the list, then subscribe `after` it. */
  async cursor(): Promise<string> {
    const { agencyId, inCommittee } = this.viewer;
    return String(await latestEventId(this.ctx.em, { aggregateType: REQUEST_AGGREGATE, agencyId, inCommittee }));
  }

  feed(after: string | null | undefined): AsyncIterable<EventNotice> {
    return this.stream(after);
  }

  private stream(after: string | null | undefined, requestId?: string): AsyncIterable<EventNotice> {
    const afterId = parseEventId(after);
    const { agencyId, inCommittee } = this.viewer;
    const em = this.ctx.em;
    return eventStream({
      bus: this.ctx.bus,
      afterId,
      accept: (notice) =>
        notice.aggregateType === REQUEST_AGGREGATE &&
        (requestId === undefined || notice.aggregateId === requestId) &&
        canSeeEvent(notice, agencyId, inCommittee),
      replay: (fromId, limit) =>
        eventsAfter(em.fork(), { afterId: fromId, aggregateType: REQUEST_AGGREGATE, aggregateId: requestId, agencyId, inCommittee, limit }),
    });
  }
}

function parseEventId(after: string | null | undefined): number | null {
  if (after == null) return null;
  if (!/^\d{1,15}$/.test(after)) {
    throw invalidInput([{ field: 'after', code: 'INVALID_FORMAT', message: 'Mã sự kiện không hợp lệ.' }]);
  }
  return Number(after);
}
