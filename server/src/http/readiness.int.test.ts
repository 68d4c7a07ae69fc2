import pg from 'pg';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { waitFor } from '../test-support/wait-for';

type Readiness = { status: string; components: Record<string, { status: string }> };

/**
 * /readyz says which component is down. The test cuts the app off its database from PostgreSQL's
 * side: new connections are refused (ALLOW_CONNECTIONS false stops superusers too) and chosen
 * backends are terminated, then everything is let back in and the app must be ready again.
 */
describe('GET /readyz', () => {
  let t: TestApp;
  let admin: pg.Client;
  let name: string;

  beforeAll(async () => {
    t = await startTestApp();
    name = new URL(t.database.url).pathname.slice(1);
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
  });
  afterEach(async () => {
    await admin.query(`alter database ${name} with allow_connections true`);
    await waitFor(
      async () => ((await readyz()).status === 200 ? true : undefined),
      'the app to be ready again',
      20_000,
      100,
    );
  });
  afterAll(async () => {
    await admin.end();
    await t.stop();
  });

  const readyz = async () => {
    const response = await fetch(`${t.url}/readyz`);
    return { status: response.status, body: (await response.json()) as Readiness };
  };
  const cutOff = async (backends: string) => {
    await admin.query(`alter database ${name} with allow_connections false`);
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and ${backends}`,
      [name],
    );
  };

  it('reports each component up', async () => {
    expect(await readyz()).toEqual({
      status: 200,
      body: { status: 'ok', components: { database: { status: 'up' }, eventBus: { status: 'up' } } },
    });
    // liveness does not depend on them
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('reports the event bus down, and only it, while its LISTEN connection is lost', async () => {
    await readyz(); // a pooled database connection stays open
    await cutOff("query like 'LISTEN%'");
    const down = await waitFor(async () => {
      const answer = await readyz();
      return answer.status === 503 ? answer : undefined;
    }, 'the bus to be reported down');
    expect(down.body).toEqual({
      status: 'unavailable',
      components: { database: { status: 'up' }, eventBus: { status: 'down' } },
    });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('reports the database down when no connection can be had', async () => {
    await cutOff('true');
    const down = await waitFor(async () => {
      const answer = await readyz();
      return answer.body.components.database.status === 'down' ? answer : undefined;
    }, 'the database to be reported down');
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('unavailable');
    expect(JSON.stringify(down.body)).not.toContain('127.0.0.1');
  });
});
