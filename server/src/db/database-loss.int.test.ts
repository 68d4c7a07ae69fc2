import path from 'node:path';
import pg from 'pg';
import { connectWebSocket } from '../test-support/test-app';
import {
  pgCtl,
  spawnServerWithOwnDatabase,
  type ServerWithOwnDatabase,
} from '../test-support/server-with-own-database';
import type { ServerProcess } from '../test-support/server-process';
import { waitFor } from '../test-support/wait-for';

/**
 * The database goes away under a running server — connections killed, then PostgreSQL stopped and
 * started again: the server stays up, answers with a retryable code meanwhile, recovers by itself,
 * and live subscribers miss nothing.
 */
describe('losing the database', () => {
  let own: ServerWithOwnDatabase;
  let server: ServerProcess;
  let clusterDir: string;
  let port: number;
  let token: string;
  let admin: pg.Client;

  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
  };
  let ownerId: string;
  /** The Committee gives Sở TN&MT a task: a change that goes through the event log. */
  const assign = (title: string) => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    const due = `${today.slice(0, 4)}-${String(quarter * 3).padStart(2, '0')}-28`;
    return gql('mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { id } } }', {
      input: {
        title,
        category: 'KEY',
        domain: 'LAND',
        period: { year: Number(today.slice(0, 4)), quarter },
        ownerAgencyId: ownerId,
        dueDate: due < today ? today : due,
      },
    });
  };

  beforeAll(async () => {
    own = await spawnServerWithOwnDatabase();
    ({ server, clusterDir, port } = own);
    const login = await gql('mutation { login(input: { username: "ubnd.lead", password: "demo1234" }) { token } }');
    token = login.data!.login.token;
    ownerId = (
      await gql('{ agencies(first: 5, filter: { search: "STNMT" }) { edges { node { id code } } } }')
    ).data!.agencies.edges.find((e: { node: { code: string } }) => e.node.code === 'STNMT').node.id;
    admin = new pg.Client({ connectionString: own.adminUrl });
    await admin.connect();
  }, 120_000);

  afterAll(async () => {
    await admin?.end().catch(() => undefined);
    expect(await own?.stop()).toBe(0);
  });

  it('survives killed connections and a stopped database, answering SERVICE_UNAVAILABLE, then recovers — and live subscribers miss nothing', async () => {
    const seen: string[] = [];
    const client = connectWebSocket(server.url, token);
    client.subscribe<{ taskFeed: { task: { title: string } } }>(
      { query: 'subscription { taskFeed { task { title } } }' },
      { next: (m) => seen.push(m.data!.taskFeed.task.title), error: () => {}, complete: () => {} },
    );
    // the subscription is live once a change made after it arrives
    let n = 0;
    await waitFor(async () => {
      if (seen.length) return true;
      await assign(`Nhiệm vụ thử kết nối ${++n}`);
      return undefined;
    }, 'the first live change');

    // 1. every connection of the server is killed (the LISTEN one too); a change lands right away,
    //    before the listener is back: its notification is lost, the stream must re-read the log
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    await waitFor(
      async () => {
        const result = await assign('Nhiệm vụ giao khi mất kết nối');
        if (result.errors) {
          expect(result.errors[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
          return undefined;
        }
        return true;
      },
      'a write after the connections were killed',
      10_000,
    );
    await waitFor(
      () => (seen.includes('Nhiệm vụ giao khi mất kết nối') ? true : undefined),
      'the change committed while the listener was reconnecting',
      10_000,
    );

    // 2. PostgreSQL stops: the process stays up and says, with a code, that the database is away
    await admin.end();
    pgCtl(clusterDir, 'stop', '-m', 'fast');
    const whileDown = await gql('{ me { username } }');
    expect(whileDown.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);

    // 3. PostgreSQL comes back: the server recovers by itself, and the old subscription still works
    pgCtl(
      clusterDir,
      'start',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1`,
      '-l',
      path.join(clusterDir, 'restart.log'),
    );
    await waitFor(
      async () => ((await fetch(`${server.url}/readyz`)).status === 200 ? true : undefined),
      'readiness after the restart',
      20_000,
    );
    await waitFor(
      async () => ((await assign('Nhiệm vụ giao sau khởi động lại')).errors ? undefined : true),
      'a write after the restart',
      20_000,
    );
    await waitFor(
      () => (seen.includes('Nhiệm vụ giao sau khởi động lại') ? true : undefined),
      'the live change after the restart',
      15_000,
    );
    await client.dispose();
  }, 120_000);
});
