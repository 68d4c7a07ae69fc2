import { startTestApp, type TestApp } from '../../test-support/test-app';
import { agencyIds, inDays } from '../../test-support/request-helpers';
import { waitFor } from '../../test-support/wait-for';

const FEED = 'subscription { taskFeed { event { id type } task { id title status } } }';

/**
 * Fan-out costs the database per event, not per subscriber: the payload an event is pushed with
 * is read once and shared by every subscriber this process serves.
 */
describe('live fan-out', () => {
  let t: TestApp;
  let lead: string;
  let ids: Record<string, string>;
  const today = inDays(0);
  const period = { year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 };

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.login('ubnd.lead');
    ids = await agencyIds(t, lead);
  });
  afterAll(() => t.stop());

  /** Statements the server sends for one change pushed to `n` subscribers (the change's own included). */
  async function statementsForOneChange(n: number): Promise<number> {
    const resting = t.app.busListenerCount();
    // two officials, each on n/2 sockets (a session may hold many; parallel sign-ins would be throttled)
    const sessions = [await t.login('ubnd.staff'), await t.login('stnmt.staff')];
    const tokens = Array.from({ length: n }, (_, i) => sessions[i % 2]);
    const received = new Map<number, string[]>();
    const clients = tokens.map((token, i) => {
      const client = t.wsClient(token);
      received.set(i, []);
      client.subscribe<{ taskFeed: { task: { title: string } } }>(
        { query: FEED },
        { next: (m) => received.get(i)!.push(m.data!.taskFeed.task.title), error: () => {}, complete: () => {} },
      );
      return client;
    });
    // every subscription is live once a warm-up change reaches all of them
    let warmups = 0;
    await waitFor(
      async () => {
        if ([...received.values()].every((titles) => titles.length > 0)) return true;
        await assign(`Khởi động ${n}-${++warmups}`);
        return undefined;
      },
      'every subscription to be live',
      10_000,
    );

    const title = `Nhiệm vụ đo số truy vấn ${n}`;
    const before = t.statements.length;
    await assign(title);
    await waitFor(
      () => ([...received.values()].every((titles) => titles.includes(title)) ? true : undefined),
      `the change to reach all ${n} subscribers`,
    );
    const count = t.statements.length - before;
    await Promise.all(clients.map((client) => client.dispose()));
    await waitFor(
      () => (t.app.busListenerCount() === resting ? true : undefined),
      'the closed subscriptions to let go of the bus',
    );
    return count;
  }

  const assign = async (title: string) => {
    const result = await t.gql(
      'mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { id } } }',
      {
        input: { title, category: 'KEY', domain: 'LAND', period, ownerAgencyId: ids.STNMT, dueDate: today },
      },
      lead,
    );
    expect(result.errors).toBeUndefined();
  };

  it('sends one statement per event for delivery, the same for 1 subscriber and for 40', async () => {
    const none = await statementsForOneChange(0);
    const one = await statementsForOneChange(1);
    const many = await statementsForOneChange(40);
    expect(one - none).toBe(1); // the event's timeline entry and the task, in one statement
    expect(many).toBe(one);
  });

  it('releases what a subscription holds when the client unsubscribes or its socket closes', async () => {
    const resting = t.app.busListenerCount();
    const token = await t.login('stnmt.staff');
    const clients = Array.from({ length: 10 }, () => t.wsClient(token));
    const ticks = new Array(clients.length).fill(0);
    const unsubscribes = clients.map((client, i) => [
      client.subscribe(
        { query: 'subscription { requestFeed { event { id } } }' },
        { next: () => {}, error: () => {}, complete: () => {} },
      ),
      client.subscribe(
        { query: 'subscription { notificationCountChanged }' },
        { next: () => void ticks[i]++, error: () => {}, complete: () => {} },
      ),
    ]);
    // requestFeed follows two topics (events, resync), the unread count one
    await waitFor(
      () => (t.app.busListenerCount() === resting + clients.length * 3 && ticks.every((n) => n > 0) ? true : undefined),
      'every subscription to be listening',
      10_000,
    );

    // half stop their subscriptions on an open socket; the other half drop the socket
    const half = clients.length / 2;
    for (const stops of unsubscribes.slice(0, half)) for (const stop of stops) stop();
    await Promise.all(clients.slice(half).map((client) => client.dispose()));
    await waitFor(
      () => (t.app.busListenerCount() === resting ? true : undefined),
      'closed subscriptions to release their bus listeners',
      5_000,
    );
    await Promise.all(clients.slice(0, half).map((client) => client.dispose()));
  });
});
