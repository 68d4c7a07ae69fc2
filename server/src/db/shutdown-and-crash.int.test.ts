import pg from 'pg';
import { COMMIT_ORDER_LOCK } from '../shared/commit-order';
import { connectWebSocket, startTestApp, type TestApp } from '../test-support/test-app';
import { spawnServer } from '../test-support/server-process';
import { agencyIds, inDays } from '../test-support/request-helpers';
import { waitFor } from '../test-support/wait-for';
import { appendEvent } from '../modules/events';
import { TASK_AGGREGATE } from '../modules/tasks';

const ASSIGN = 'mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { id title } } }';
const FEED = 'subscription($after: ID) { taskFeed(after: $after) { event { id type } task { id } } }';

describe('stopping and crashing without losing anything', () => {
  let t: TestApp;
  let token: string;
  let ids: Record<string, string>;
  const today = inDays(0);
  const period = { year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 };
  const input = (title: string) => ({
    title,
    category: 'KEY',
    domain: 'LAND',
    period,
    ownerAgencyId: ids.STNMT,
    dueDate: today,
  });

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('ubnd.lead');
    ids = await agencyIds(t, token);
  });
  afterAll(() => t.stop());

  it('on SIGTERM finishes the mutation in flight, closes sockets with "going away", and exits 0', async () => {
    const server = await spawnServer({ DATABASE_URL: t.database.url, DEADLINE_SWEEP_MINUTES: '0' });
    const blocker = new pg.Client({ connectionString: t.database.url });
    await blocker.connect();
    try {
      const closed: number[] = [];
      const client = connectWebSocket(server.url, token);
      client.on('closed', (event) => closed.push((event as { code: number }).code));
      const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      client.subscribe({ query: FEED }, { next: () => {}, error: () => {}, complete: () => {} });
      await connected;

      // hold the commit-order lock so the mutation is caught mid-transaction when the signal comes
      await blocker.query('begin');
      await blocker.query('select pg_advisory_xact_lock($1)', [COMMIT_ORDER_LOCK]);
      const inFlight = fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ASSIGN, variables: { input: input('Nhiệm vụ đang ghi khi dừng máy chủ') } }),
      }).then((r) => r.json());
      await waitFor(
        async () => {
          const waiting = await blocker.query(
            `select 1 from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
          );
          return waiting.rowCount ? true : undefined;
        },
        'the mutation to wait on the lock',
        15_000,
      );

      const exited = server.stop(); // SIGTERM while the mutation waits
      await waitFor(() => (server.output().includes('SIGTERM received') ? true : undefined), 'the signal to be taken');
      await blocker.query('commit'); // let it finish
      const result = (await inFlight) as { data?: { assignTask: { task: { title: string } } } };
      expect(result.data!.assignTask.task.title).toBe('Nhiệm vụ đang ghi khi dừng máy chủ');
      expect(await exited).toBe(0);
      await waitFor(() => (closed.length ? true : undefined), 'the socket to close');
      expect(closed[0]).toBe(1001);
      expect(server.output()).toContain('stopped cleanly');
      await client.dispose();
    } finally {
      await blocker.end();
      await server.stop();
    }
  });

  it('loses no event committed by a process that died before announcing it: a resuming subscriber gets it', async () => {
    const first = await t.gql<{ assignTask: { task: { id: string } } }>(
      ASSIGN,
      { input: input('Nhiệm vụ trước sự cố') },
      token,
    );
    const taskId = first.data!.assignTask.task.id;
    const seen: { id: string; type: string }[] = [];
    const subscribe = (after: string | null) => {
      const client = connectWebSocket(t.url, token);
      client.subscribe<{ taskFeed: { event: { id: string; type: string } } }>(
        { query: FEED, variables: { after } },
        { next: (m) => seen.push(m.data!.taskFeed.event), error: () => {}, complete: () => {} },
      );
      return client;
    };
    const cursor = (await t.gql<{ taskEventCursor: string }>('{ taskEventCursor }', {}, token)).data!.taskEventCursor;
    const live = subscribe(cursor);

    // a process commits an event and dies before its NOTIFY: written in a transaction, never published
    const lost = await t.app.orm.em.fork().transactional((tx) =>
      appendEvent(tx, {
        aggregateType: TASK_AGGREGATE,
        aggregateId: taskId,
        type: 'PROGRESS_REPORTED',
        actorUserId: null,
        actorAgencyId: null,
        audience: [ids.STNMT],
        data: { note: 'ghi trước khi tiến trình mất' },
      }),
    );
    await live.dispose(); // the subscriber's connection drops too (say, its server was the one that died)

    const resumed = subscribe(cursor);
    await waitFor(
      () => (seen.some((e) => e.id === String(lost.id)) ? true : undefined),
      'the unannounced event after resuming',
    );
    expect(seen.filter((e) => e.id === String(lost.id))).toEqual([{ id: String(lost.id), type: 'PROGRESS_REPORTED' }]);
    await resumed.dispose();
  });
});
