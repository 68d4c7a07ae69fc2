import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startTestApp, testConfig, type TestApp } from '../test-support/test-app';
import { waitFor } from '../test-support/wait-for';
import { act, agencyIds, inDays } from '../test-support/request-helpers';

/** The value of one sample (`name{labels} value`), or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/i.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}

const FAMILIES = [
  'lt_http_request_duration_seconds',
  'lt_graphql_operation_duration_seconds',
  'lt_graphql_subscriptions_started_total',
  'lt_ws_connections',
  'lt_ws_subscriptions',
  'lt_events_published_total',
  'lt_events_delivered_total',
  'lt_event_delivery_lag_seconds',
  'lt_event_bus_reconnects_total',
  'lt_db_pool_connections_in_use',
  'lt_db_pool_connections_idle',
  'lt_db_pool_waiting',
  'lt_login_failures_total',
  'lt_rate_limit_refusals_total',
  // Node's own (prom-client's default metrics)
  'process_cpu_user_seconds_total',
  'process_resident_memory_bytes',
  'nodejs_eventloop_lag_seconds',
  'nodejs_heap_size_used_bytes',
];

const FEED = 'subscription Feed { requestFeed { event { id type } request { id } } }';

describe('GET /metrics', () => {
  let t: TestApp;

  beforeAll(async () => {
    // the login backoff starts after one wrong password, so the session below meets it
    t = await startTestApp({ config: { loginLimits: { ...testConfig().loginLimits, backoffAfter: 1 } } });
  });
  afterAll(() => t.stop());

  const scrape = async () => {
    const response = await fetch(`${t.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('exposes every metric family, with the samples of a short session', async () => {
    // sign-ins: a wrong password, then the throttle's refusal, then real ones
    const wrong = () => t.gql('mutation { login(input: { username: "stc.lead", password: "wrong" }) { token } }');
    expect((await wrong()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await wrong()).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const locality = await t.login('ubnd-dh.staff');
    const department = await t.login('stnmt.staff');
    const ids = await agencyIds(t, department);
    expect((await t.gql('query MetricsProbe { me { id } }', {}, department)).errors).toBeUndefined();

    // a subscription that receives an event (submitted until the live feed has one)
    const client = t.wsClient(department);
    const received: unknown[] = [];
    const stop = client.subscribe(
      { query: FEED, operationName: 'Feed' },
      { next: (value) => received.push(value), error: () => undefined, complete: () => undefined },
    );
    await waitFor(
      async () => {
        if (received.length > 0) return true;
        const draft = await act(t, locality, 'createRequest', 'CreateRequestInput', {
          title: 'Đề nghị đo đếm',
          body: 'Nội dung',
          domain: 'LAND',
          priority: 'NORMAL',
          dueDate: inDays(7),
          leadAgencyId: ids.STNMT,
          supportingAgencyIds: [],
        });
        await act(t, locality, 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });
        return received.length > 0 ? true : undefined;
      },
      'a live event',
      10_000,
      200,
    );

    // the bus loses its LISTEN connection and comes back
    const admin = new pg.Client({ connectionString: t.database.url });
    await admin.connect();
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'LISTEN%'",
    );
    await admin.end();
    await waitFor(
      async () => ((sample(await scrape(), 'lt_event_bus_reconnects_total') ?? 0) >= 1 ? true : undefined),
      'the bus to reconnect',
      10_000,
      100,
    );

    const text = await scrape();
    for (const family of FAMILIES) expect(text).toContain(`# TYPE ${family} `);
    expect(sample(text, 'lt_login_failures_total')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'lt_rate_limit_refusals_total', { limit: 'login' })).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'lt_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', outcome: 'OK' }),
    ).toBe(1);
    expect(
      sample(text, 'lt_graphql_operation_duration_seconds_count', { type: 'mutation', outcome: 'OK' }),
    ).toBeGreaterThanOrEqual(2);
    expect(
      sample(text, 'lt_http_request_duration_seconds_count', { route: 'graphql', method: 'POST', status: '200' }),
    ).toBeGreaterThanOrEqual(5);
    expect(sample(text, 'lt_graphql_subscriptions_started_total', { operation: 'Feed', outcome: 'OK' })).toBe(1);
    expect(sample(text, 'lt_ws_connections')).toBe(1);
    expect(sample(text, 'lt_ws_subscriptions')).toBe(1);
    expect(sample(text, 'lt_events_published_total')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'lt_events_delivered_total', { source: 'live' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'lt_event_delivery_lag_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'lt_db_pool_connections_idle', { pool: 'orm' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'lt_db_pool_waiting', { pool: 'orm' })).toBe(0);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);

    // the Grafana dashboard reads only metrics that exist
    const dashboard = fs.readFileSync(path.resolve(__dirname, '../../../deploy/grafana/lien-thong.json'), 'utf8');
    const used = new Set(
      [...dashboard.matchAll(/\b((?:lt|process|nodejs)_[a-z0-9_]+)/g)].map((m) =>
        m[1].replace(/_(bucket|count|sum)$/, ''),
      ),
    );
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect(text).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));

    stop();
    await client.dispose();
    await waitFor(
      async () => (sample(await scrape(), 'lt_ws_connections') === 0 ? true : undefined),
      'the socket to be counted out',
    );
    expect(sample(await scrape(), 'lt_ws_subscriptions')).toBe(0);
  });

  it('refuses every address outside METRICS_ALLOW', async () => {
    const other = await startTestApp({ database: t.database, config: { metricsAllow: ['10.9.9.9', '192.0.2.0/24'] } });
    try {
      const response = await fetch(`${other.url}/metrics`);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('lt_');
    } finally {
      await other.stop();
    }
  });
});
