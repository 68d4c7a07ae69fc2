import { createEventBus } from '../../shared/event-bus';
import { DOMAIN_EVENT, type EventNotice } from './event-log';
import { eventStream } from './event-stream';

const notice = (id: number, aggregateId: string): EventNotice => ({
  id,
  aggregateType: 'REQUEST',
  aggregateId,
  type: 'COMMENTED',
  audience: [],
  restricted: false,
});

/** A stream over an in-process bus; events published before it is read wait in its queue. */
function streamOf(options: { coalesce?: boolean; replayed?: EventNotice[] } = {}) {
  const bus = createEventBus(new EventTarget());
  const prefetched: number[][] = [];
  const stream = eventStream({
    bus,
    afterId: options.replayed ? 0 : null,
    head: async () => 0,
    accept: (n) => n.aggregateId !== 'hidden',
    replay: async (afterId, limit) => (options.replayed ?? []).filter((n) => n.id > afterId).slice(0, limit),
    prefetch: (notices) => prefetched.push(notices.map((n) => n.id)),
    coalesce: options.coalesce,
  });
  return { bus, stream, prefetched };
}

async function take(stream: AsyncGenerator<EventNotice>, count: number): Promise<number[]> {
  const ids: number[] = [];
  while (ids.length < count) ids.push((await stream.next()).value!.id);
  return ids;
}

describe('event stream: prefetching and coalescing', () => {
  const burst = [notice(1, 'a'), notice(2, 'b'), notice(3, 'hidden'), notice(4, 'a'), notice(5, 'c'), notice(6, 'b')];

  it('prefetches every accepted event as it arrives, and sends them all in order', async () => {
    const { bus, stream, prefetched } = streamOf();
    const first = stream.next(); // live only: it first asks where "now" is
    await new Promise((resolve) => setImmediate(resolve));
    for (const n of burst) bus.publish(DOMAIN_EVENT, n);
    expect(prefetched).toEqual([[1], [2], [4], [5], [6]]); // before anything was sent; hidden never
    expect([(await first).value!.id, ...(await take(stream, 4))]).toEqual([1, 2, 4, 5, 6]);
    await stream.return(undefined);
  });

  it('with coalescing, skips an event when a newer one of its record is pending', async () => {
    const { bus, stream } = streamOf({ coalesce: true });
    const first = stream.next();
    await new Promise((resolve) => setImmediate(resolve));
    for (const n of burst) bus.publish(DOMAIN_EVENT, n);
    // 1 (a) and 2 (b) are superseded by 4 and 6; the newest of a, b and c arrive, in order
    expect([(await first).value!.id, ...(await take(stream, 2))]).toEqual([4, 5, 6]);
    await stream.return(undefined);
  });

  it('with coalescing, a replayed page sends the newest event of each record, prefetched as one batch', async () => {
    const replayed = burst.filter((n) => n.aggregateId !== 'hidden');
    const { stream, prefetched } = streamOf({ coalesce: true, replayed });
    expect(await take(stream, 3)).toEqual([4, 5, 6]);
    expect(prefetched[0]).toEqual([4, 5, 6]);
    await stream.return(undefined);
  });
});
