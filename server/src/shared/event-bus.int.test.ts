import net from 'node:net';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { waitFor } from '../test-support/wait-for';
import { BUS_RESYNC, PgNotifyEventTarget } from './event-bus';

const CHANNEL = 'lt_bus_test';
const TOPIC = 'BUS_TEST';

/**
 * A TCP proxy to PostgreSQL that, when armed, holds what the server sends back to the next
 * connection that sends LISTEN until told to let it go — in one write, as a busy network hands over several messages in
 * one read.
 */
function holdingProxy(target: URL) {
  const held: Buffer[] = [];
  let armed = false;
  let holding = false;
  let release = () => {};
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.on('data', (chunk) => {
      if (armed && chunk.includes('LISTEN')) {
        armed = false;
        holding = true;
        release = () => {
          holding = false;
          client.write(Buffer.concat(held.splice(0)));
        };
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => (holding ? held.push(chunk) : client.write(chunk)));
  });
  return {
    async listen(): Promise<number> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return (server.address() as net.AddressInfo).port;
    },
    holds: (text: string) => Buffer.concat(held).includes(text),
    /** Holds the replies to the next connection that sends LISTEN. */
    arm: () => (armed = true),
    release: () => release(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the event bus after its LISTEN connection comes back', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let admin: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new pg.Pool({ connectionString: database.url });
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await pool.end();
    await database.drop();
  });

  it('tells streams to re-read the log before any notice the new connection received with its LISTEN reply', async () => {
    const proxy = holdingProxy(new URL(database.url));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(await proxy.listen());
    const bus = new PgNotifyEventTarget(pool, viaProxy.toString(), CHANNEL);
    const arrivals: string[] = [];
    bus.addEventListener(BUS_RESYNC, () => arrivals.push('resync'));
    bus.addEventListener(TOPIC, () => arrivals.push('notice'));
    try {
      await bus.start();
      proxy.arm();

      // the LISTEN connection is lost; the bus reconnects through the proxy, whose reply is held
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like $1',
        ['LISTEN%'],
      );
      await waitFor(() => (proxy.holds('LISTEN') ? true : undefined), 'the reconnected LISTEN reply');
      await admin.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify({ t: TOPIC, d: { id: 1 } })]);
      await waitFor(() => (proxy.holds(TOPIC) ? true : undefined), 'the notice behind the LISTEN reply');
      proxy.release(); // the reply and the notice reach the bus in one read

      await waitFor(() => (arrivals.length === 2 ? true : undefined), 'the resync and the notice');
      expect(arrivals).toEqual(['resync', 'notice']);
    } finally {
      await bus.close();
      await proxy.close();
    }
  });
});
