import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { agencyIds, inDays } from '../test-support/request-helpers';
import { waitFor } from '../test-support/wait-for';
import { BUS_RESYNC, EVENT_CHANNEL } from './event-bus';
import { RedisEventTarget, subscriberName } from './event-bus-redis';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Whether Redis answers at REDIS_URL (checked once, synchronously, so the suite can be skipped). */
function redisReachable(): boolean {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = `require('net').connect(${Number(port) || 6379}, '${hostname}')
    .on('connect', () => process.exit(0)).on('error', () => process.exit(1))`;
  try {
    execFileSync(process.execPath, ['-e', probe], { timeout: 3000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const withRedis = redisReachable();
if (!withRedis) console.warn(`SKIPPED: the Redis event bus tests need Redis at ${REDIS_URL} (REDIS_URL)`);
const describeWithRedis = withRedis ? describe : describe.skip;

/** A channel of this test's own: parallel test files (and runs) never hear each other. */
const ownChannel = () => `lt_test_${randomUUID()}`;

/**
 * A TCP proxy to Redis that can refuse connections: a process behind it, once its connection is
 * killed, cannot reconnect until the proxy opens again — so notices are surely missed meanwhile.
 */
function gatingProxy(target: URL) {
  let open = true;
  const server = net.createServer((client) => {
    if (!open) return void client.destroy();
    const upstream = net.connect(Number(target.port) || 6379, target.hostname);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return {
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = new URL(target);
      url.port = String((server.address() as net.AddressInfo).port);
      return url.toString();
    },
    refuse: () => (open = false),
    admit: () => (open = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Kills every connection of the subscribers on `channel`, as a network fault or a Redis restart would. */
async function killSubscribers(admin: Redis, channel: string): Promise<number> {
  const clients = (await admin.client('LIST')) as string;
  const ids = clients
    .split('\n')
    .filter((line) => line.includes(` name=${subscriberName(channel)} `))
    .map((line) => /(?:^|\s)id=(\d+)/.exec(line)![1]);
  for (const id of ids) await admin.client('KILL', 'ID', id);
  return ids.length;
}

describeWithRedis('the event bus over Redis', () => {
  let admin: Redis;

  beforeAll(() => {
    admin = new Redis(REDIS_URL);
  });
  afterAll(() => admin.quit());

  describe('notices of an ordered log', () => {
    /** A log of ids (some never committed: a rolled-back transaction leaves a hole). */
    const committed = [1, 2, 3, 5, 6, 7];
    let reads: [number, number][];
    let target: RedisEventTarget;
    let channel: string;
    const heard: number[] = [];

    beforeEach(async () => {
      channel = ownChannel();
      reads = [];
      heard.length = 0;
      target = new RedisEventTarget({
        url: REDIS_URL,
        channel,
        ordered: {
          topic: 'LOGGED',
          newest: async () => 0,
          between: async (afterId, uptoId) => {
            reads.push([afterId, uptoId]);
            return committed.filter((id) => id > afterId && id <= uptoId).map((id) => ({ id }));
          },
        },
      });
      target.addEventListener('LOGGED', (event) => heard.push((event as CustomEvent<{ id: number }>).detail.id));
      await target.start();
    });
    afterEach(() => target.close());

    const publish = (id: number) => admin.publish(channel, JSON.stringify({ t: 'LOGGED', d: { id } }));

    it('hands notices that crossed on the way over in id order, none skipped, none twice', async () => {
      for (const id of [2, 1, 3, 7, 5, 6]) await publish(id);
      await waitFor(() => (heard.length >= 6 ? true : undefined), 'six notices');
      await publish(8);
      await waitFor(() => (heard.includes(8) ? true : undefined), 'the next notice');
      expect(heard).toEqual([1, 2, 3, 5, 6, 7, 8]);
      // a notice that follows the last one handed on costs no read; a gap costs one read
      expect(reads).toEqual([
        [0, 1],
        [3, 6],
      ]);
    });

    it('fills a gap from the log when a notice is never heard (its publisher stopped after COMMIT)', async () => {
      await publish(1);
      await publish(3); // 2 committed, its notice lost
      await waitFor(() => (heard.length === 3 ? true : undefined), 'the notices and the lost one');
      expect(heard).toEqual([1, 2, 3]);
    });
  });

  describe('two app processes on one database', () => {
    let database: TestDatabase;
    let a: TestApp;
    let b: TestApp;
    let proxy: ReturnType<typeof gatingProxy>;
    let channel: string;
    let lead: string;
    let ids: Record<string, string>;
    const today = inDays(0);
    const period = { year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 };
    const FEED = 'subscription { taskFeed { event { id type } task { id title } } }';

    beforeAll(async () => {
      database = await createTestDatabase();
      channel = ownChannel();
      proxy = gatingProxy(new URL(REDIS_URL));
      // B reaches Redis through the proxy, so a test can keep it from reconnecting
      a = await startTestApp({ database, config: { redisUrl: REDIS_URL, redisChannel: channel } });
      b = await startTestApp({ database, config: { redisUrl: await proxy.listen(), redisChannel: channel } });
      lead = await a.login('ubnd.lead');
      ids = await agencyIds(a, lead);
    });
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
      await proxy?.close();
      await database?.drop();
    });

    const assign = async (title: string, on: TestApp = a) => {
      const result = await on.gql(
        'mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { id } } }',
        { input: { title, category: 'KEY', domain: 'LAND', period, ownerAgencyId: ids.STNMT, dueDate: today } },
        lead,
      );
      expect(result.errors).toBeUndefined();
    };

    /** A taskFeed subscriber on B, live once a warm-up change made on A has reached it. */
    async function subscribeOnB(): Promise<{ titles: string[]; eventIds: number[]; dispose: () => Promise<void> }> {
      const titles: string[] = [];
      const eventIds: number[] = [];
      const client = b.wsClient(await b.login('stnmt.staff'));
      client.subscribe<{ taskFeed: { event: { id: string }; task: { title: string } } }>(
        { query: FEED },
        {
          next: (m) => {
            titles.push(m.data!.taskFeed.task.title);
            eventIds.push(Number(m.data!.taskFeed.event.id));
          },
          error: () => {},
          complete: () => {},
        },
      );
      let warmUps = 0;
      await waitFor(
        async () => {
          if (titles.length > 0) return true;
          await assign(`Khởi động ${randomUUID()} ${++warmUps}`);
          return undefined;
        },
        'the subscription on B to be live',
        10_000,
      );
      return { titles, eventIds, dispose: async () => client.dispose() };
    }

    it('carries a mutation on A to a subscriber on B, with no NOTIFY issued', async () => {
      const listener = new pg.Client({ connectionString: database.url });
      const notifications: string[] = [];
      await listener.connect();
      listener.on('notification', (message) => notifications.push(message.channel));
      await listener.query(`LISTEN ${pg.escapeIdentifier(EVENT_CHANNEL)}`);
      try {
        const feed = await subscribeOnB();
        await assign('Nhiệm vụ qua Redis');
        await waitFor(() => (feed.titles.includes('Nhiệm vụ qua Redis') ? true : undefined), 'the change on B');
        await feed.dispose();
        // a NOTIFY sent at COMMIT would have reached this connection by its next round trip
        await listener.query('select 1');
        expect(notifications).toEqual([]);
      } finally {
        await listener.end();
      }
    });

    it('delivers a burst committed on both processes in id order, none skipped, none twice', async () => {
      const feed = await subscribeOnB();
      const burst = Array.from({ length: 30 }, (_, i) => `Dồn dập ${i}`);
      // half through each process, concurrently: every notice must come through whichever process
      // committed it (crossed notices are forced deterministically in 'notices of an ordered log')
      await Promise.all(burst.map((title, i) => assign(title, i % 2 ? b : a)));
      await waitFor(
        () => (burst.every((title) => feed.titles.includes(title)) ? true : undefined),
        'the whole burst on B',
        10_000,
      );
      await feed.dispose();
      expect(new Set(feed.eventIds).size).toBe(feed.eventIds.length);
      expect(feed.eventIds).toEqual([...feed.eventIds].sort((x, y) => x - y));
    });

    it('resyncs B from the log after its Redis connection is killed: no event lost, none twice', async () => {
      const feed = await subscribeOnB();
      const resyncs: string[] = [];
      const stopCounting = b.app.bus.listen(BUS_RESYNC, (r) => resyncs.push(r.reconnectedAt));
      try {
        proxy.refuse();
        expect(await killSubscribers(admin, channel)).toBe(2); // A's (reconnects at once) and B's
        await waitFor(
          async () => ((await readyz(b)).eventBus === 'down' ? true : undefined),
          'B to report the bus down',
        );
        const missed = ['Bỏ lỡ 1', 'Bỏ lỡ 2', 'Bỏ lỡ 3'];
        for (const title of missed) await assign(title);
        expect(feed.titles.filter((t) => missed.includes(t))).toEqual([]); // B could not hear them

        proxy.admit();
        await waitFor(() => (resyncs.length > 0 ? true : undefined), 'B to reconnect and resync', 10_000);
        expect(await readyz(b)).toEqual({ database: 'up', eventBus: 'up' });
        await assign('Sau khi nối lại');
        await waitFor(() => (feed.titles.includes('Sau khi nối lại') ? true : undefined), 'the change after');
        const tail = feed.titles.slice(feed.titles.indexOf('Bỏ lỡ 1'));
        expect(tail).toEqual([...missed, 'Sau khi nối lại']);
        expect(new Set(feed.eventIds).size).toBe(feed.eventIds.length);
        expect(feed.eventIds).toEqual([...feed.eventIds].sort((x, y) => x - y));
      } finally {
        proxy.admit();
        stopCounting();
        await feed.dispose();
      }
    });

    /** Each component's status in /readyz. */
    async function readyz(t: TestApp): Promise<Record<string, string>> {
      const body = (await (await fetch(`${t.url}/readyz`)).json()) as {
        components: Record<string, { status: string }>;
      };
      return Object.fromEntries(Object.entries(body.components).map(([name, c]) => [name, c.status]));
    }
  });
});
