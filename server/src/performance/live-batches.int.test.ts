import type { EntityManager } from '@mikro-orm/postgresql';
import { appendEvent } from '../modules/events';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { act, agencyIds, inDays } from '../test-support/request-helpers';
import { waitFor } from '../test-support/wait-for';

/** Requests the burst's events are spread over. */
const RECORDS = 8;

const FEED = `subscription($after: ID, $coalesce: Boolean) {
  requestFeed(after: $after, coalesce: $coalesce) { event { id type note } request { id } }
}`;

type Delivery = { id: number; requestId: string; note: string | null };

/** The payload-read statement: the pending events' timeline entries (and their records), by event ids. */
const isPayloadRead = (statement: string) => /e\.id = any\(/.test(statement);

/**
 * An official who sees every event (the Committee) keeps up with a burst: the payloads of the
 * events pending for the process's streams are read in one statement per batch — not one per event,
 * nor one per subscriber — and every event reaches the subscriber once, in id order, with no gap;
 * with `coalesce`, the newest state of every record arrives and nothing older after it.
 */
describe('an all-seeing subscriber under a burst of events', () => {
  let t: TestApp;
  let committee: string;
  let requestIds: string[];
  let appended = 0;

  beforeAll(async () => {
    t = await startTestApp();
    committee = await t.login('ubnd.lead');
    // the records the burst's events are about (the events are appended directly, visible to the Committee)
    const department = await t.login('stnmt.staff');
    const ids = await agencyIds(t, department);
    requestIds = [];
    for (let i = 1; i <= RECORDS; i++) {
      const draft = await act(t, department, 'createRequest', 'CreateRequestInput', {
        title: `Hồ sơ ${i}`,
        body: 'Nội dung',
        domain: 'LAND',
        priority: 'NORMAL',
        dueDate: inDays(7),
        leadAgencyId: ids.STC,
        supportingAgencyIds: [],
      });
      requestIds.push(draft.id);
    }
  });
  afterAll(() => t.stop());

  /** Appends comment events round-robin over `records` requests, `perTransaction` per committed transaction, transactions concurrently. */
  async function burst(events: number, records: number, perTransaction: number): Promise<Delivery[]> {
    const planned = Array.from({ length: events }, (_, i) => ({
      requestId: requestIds[i % records],
      note: `Đợt ${++appended}`,
    }));
    const transactions: (typeof planned)[] = [];
    for (let i = 0; i < planned.length; i += perTransaction) transactions.push(planned.slice(i, i + perTransaction));
    const written = await Promise.all(
      transactions.map((chunk) =>
        t.app.orm.em.fork().transactional(async (em) => {
          const notices = [];
          for (const { requestId, note } of chunk)
            notices.push(
              await appendEvent(em as EntityManager, {
                aggregateType: 'REQUEST',
                aggregateId: requestId,
                type: 'COMMENTED',
                actorUserId: null,
                actorAgencyId: null,
                audience: [],
                data: { note },
              }),
            );
          return notices.map((notice, i) => ({ id: notice.id, ...chunk[i] }));
        }),
      ),
    );
    return written.flat().sort((a, b) => a.id - b.id);
  }

  /** A Committee subscriber on requestFeed, collecting what it receives. */
  function subscribe(variables: { after?: string; coalesce?: boolean } = {}) {
    const received: Delivery[] = [];
    const errors: unknown[] = [];
    const client = t.wsClient(committee);
    client.subscribe<{ requestFeed: { event: { id: string; note: string | null }; request: { id: string } } }>(
      { query: FEED, variables },
      {
        next: ({ data }) =>
          received.push({
            id: Number(data!.requestFeed.event.id),
            requestId: data!.requestFeed.request.id,
            note: data!.requestFeed.event.note,
          }),
        error: (error) => errors.push(error),
        complete: () => {},
      },
    );
    return { received, errors, client };
  }

  /** Subscribers are listening once a warm-up event reaches every one of them; then the warm-up is over. */
  async function untilLive(subscribers: { received: Delivery[] }[]): Promise<void> {
    let last = 0;
    await waitFor(
      async () => {
        if (subscribers.every((s) => s.received.length > 0)) return true;
        [{ id: last }] = await burst(1, 1, 1);
        return undefined;
      },
      'every subscription to be live',
      10_000,
    );
    await waitFor(
      () => (subscribers.every((s) => s.received.at(-1)?.id === last) ? true : undefined),
      'the warm-up to be delivered',
    );
  }

  /** What a subscriber received of a burst (from its first event on). */
  const ofBurst = (subscriber: { received: Delivery[] }, events: Delivery[]) =>
    subscriber.received.filter((d) => d.id >= events[0].id);

  const newestOfEachRecord = (events: Delivery[]) =>
    [...new Map(events.map((event) => [event.requestId, event.id])).values()].sort((a, b) => a - b);

  const increasing = (ids: number[]) => ids.every((id, i) => i === 0 || id > ids[i - 1]);

  it('reads the payloads of a burst in one statement per batch, for several subscribers', async () => {
    const subscribers = [subscribe(), subscribe(), subscribe({ coalesce: true })];
    await untilLive(subscribers);
    const before = t.statements.length;

    const events = await burst(60, 6, 60); // one transaction: its notices reach the process together
    const last = events.at(-1)!.id;
    await waitFor(
      () => (subscribers.every((s) => s.received.at(-1)?.id === last) ? true : undefined),
      'the burst to reach every subscriber',
      15_000,
    );
    const payloadReads = t.statements.slice(before).filter(isPayloadRead).length;
    // one batch; two if the notices happened to come in two reads of the listening socket
    expect(payloadReads).toBeGreaterThanOrEqual(1);
    expect(payloadReads).toBeLessThanOrEqual(2);
    for (const subscriber of subscribers.slice(0, 2))
      expect(ofBurst(subscriber, events).map((d) => d.id)).toEqual(events.map((e) => e.id));
    await Promise.all(subscribers.map((s) => s.client.dispose()));
  });

  it('delivers 500 events of a burst once each, in order, with no gap', async () => {
    const subscriber = subscribe();
    await untilLive([subscriber]);

    const events = await burst(500, RECORDS, 25); // 20 concurrent transactions, committed in id order
    await waitFor(
      () => (subscriber.received.at(-1)?.id === events.at(-1)!.id ? true : undefined),
      'all 500 events to arrive',
      30_000,
    );
    const delivered = ofBurst(subscriber, events);
    expect(delivered.map((d) => d.id)).toEqual(events.map((e) => e.id));
    expect(delivered.map((d) => [d.requestId, d.note])).toEqual(events.map((e) => [e.requestId, e.note]));
    expect(subscriber.errors).toEqual([]);
    await subscriber.client.dispose();
  });

  it('with coalescing, delivers the newest event of every record of a burst, nothing older after newer', async () => {
    const subscriber = subscribe({ coalesce: true });
    await untilLive([subscriber]);

    const events = await burst(500, RECORDS, 25);
    const newest = newestOfEachRecord(events);
    await waitFor(
      () => (subscriber.received.at(-1)?.id === events.at(-1)!.id ? true : undefined),
      'the burst to arrive',
      30_000,
    );
    const ids = ofBurst(subscriber, events).map((d) => d.id);
    expect(increasing(ids)).toBe(true); // no duplicate, nothing older after newer
    const written = new Set(events.map((e) => e.id));
    expect(ids.filter((id) => !written.has(id))).toEqual([]);
    expect(newest.filter((id) => !ids.includes(id))).toEqual([]); // every record's last state arrived
    expect(subscriber.errors).toEqual([]);
    await subscriber.client.dispose();
  });

  it('with coalescing, a resumed feed replays the newest event of every record after its cursor', async () => {
    const cursor = await t.gql<{ requestEventCursor: string }>('{ requestEventCursor }', {}, committee);
    const events = await burst(500, RECORDS, 100);
    const subscriber = subscribe({ after: cursor.data!.requestEventCursor, coalesce: true });
    await waitFor(
      () => (subscriber.received.at(-1)?.id === events.at(-1)!.id ? true : undefined),
      'the replay to reach the burst’s last event',
      30_000,
    );
    const ids = subscriber.received.map((d) => d.id);
    expect(increasing(ids)).toBe(true);
    expect(newestOfEachRecord(events).filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.length).toBeLessThan(events.length); // pages of 200 over 8 records: most were superseded
    await subscriber.client.dispose();
  });
});
