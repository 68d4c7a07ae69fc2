import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { DEMO_PASSWORD, startTestApp, testConfig, type TestApp } from '../test-support/test-app';
import { seedLargeDatabase, type LargeSeedCounts } from './large-seeder';
import { parseLargeArgs } from './seed-large-cli';
import { foldForSearch } from '../shared/search';

const OPTIONS = { requests: 2000, proposals: 100, tasks: 400, seed: 11, batch: 700, today: '2026-11-28' };

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A fingerprint of the generated rows that does not depend on the demo agencies' (random) ids. */
const FINGERPRINT = `select
  (select md5(string_agg(concat_ws('|', id, code, title, body, status, domain, priority, due_date, search_text, created_at, submitted_at, closed_at, last_activity_at, version), ',' order by id)) from requests) as requests,
  (select md5(string_agg(concat_ws('|', id, request_id, role, state, reply, acknowledged_at, responded_at), ',' order by id)) from request_participants) as participants,
  (select md5(string_agg(concat_ws('|', id, aggregate_id, type, restricted, cardinality(audience), created_at), ',' order by id)) from events where aggregate_type = 'REQUEST') as events,
  (select md5(string_agg(concat_ws('|', id, code, title, status, created_at), ',' order by id)) from proposals) as proposals,
  (select md5(string_agg(concat_ws('|', id, proposal_id, kind, amount), ',' order by id)) from proposal_items) as items,
  (select md5(string_agg(concat_ws('|', id, code, status, due_date, completed_on), ',' order by id)) from tasks) as tasks,
  (select md5(string_agg(concat_ws('|', id, task_id, completed_on), ',' order by id)) from task_completions) as completions`;

describe('seed:large', () => {
  let database: TestDatabase;
  let counts: LargeSeedCounts;
  let first: Record<string, string>;
  const seed = (rebuildIndexes = false) =>
    seedLargeDatabase(database.url, {
      ...OPTIONS,
      rebuildIndexes,
      password: DEMO_PASSWORD,
      settings: testConfig(),
      ormLogger: () => {},
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    counts = await seed();
    [first] = await query<Record<string, string>>(database.url, FINGERPRINT);
  }, 60_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('parses its command line with sensible defaults', () => {
    expect(parseLargeArgs(['--requests', '1000000'], '2026-01-02')).toEqual({
      requests: 1_000_000,
      proposals: 50_000,
      tasks: 100_000,
      seed: 1,
      batch: 5000,
      today: '2026-01-02',
    });
    expect(parseLargeArgs(['--requests=100', '--tasks', '7', '--seed', '3', '--today', '2025-05-05'])).toMatchObject({
      requests: 100,
      proposals: 5,
      tasks: 7,
      seed: 3,
    });
    expect(() => parseLargeArgs(['--requests', 'many'])).toThrow(/non-negative integer/);
    expect(() => parseLargeArgs(['--rows', '3'])).toThrow(/unknown option/);
  });

  it('writes the requested rows, consistent with each other', async () => {
    const [c] = await query<Record<string, number>>(
      database.url,
      `select (select count(*)::int from requests) as requests, (select count(*)::int from request_participants) as participants,
              (select count(*)::int from events where aggregate_type = 'REQUEST') as events, (select count(*)::int from proposals) as proposals,
              (select count(*)::int from proposal_items) as items, (select count(*)::int from tasks) as tasks,
              (select count(*)::int from task_completions) as completions, (select count(*)::int from agencies) as agencies`,
    );
    expect(c).toMatchObject({
      requests: 2000,
      participants: counts.participants,
      events: counts.events,
      proposals: 100,
      items: counts.proposalItems,
      tasks: 400,
      completions: counts.taskCompletions,
    });
    expect(c.agencies).toBeGreaterThan(10);
    expect(counts.participants).toBeGreaterThanOrEqual(2000);
    expect(counts.events).toBeGreaterThan(4000);

    const [problems] = await query<Record<string, number>>(
      database.url,
      `select
        (select count(*)::int from events e where e.aggregate_type = 'REQUEST' and not exists (select 1 from requests r where r.id = e.aggregate_id)) as orphan_events,
        (select count(*)::int from events e where not exists (select 1 from users u where u.id = e.actor_user_id)) as unknown_actors,
        (select count(*)::int from events e where exists (select 1 from unnest(e.audience) a where not exists (select 1 from agencies g where g.id = a))) as unknown_audience,
        (select count(*)::int from requests r where (select count(*) from request_participants p where p.request_id = r.id and p.role = 'LEAD' and p.agency_id = r.lead_agency_id) <> 1) as bad_lead,
        (select count(*)::int from requests r join request_participants p on p.request_id = r.id and p.role = 'LEAD'
          where (r.status = 'RESPONDED' and p.state <> 'RESPONDED') or (r.status = 'DECLINED' and p.state <> 'DECLINED')
             or (r.status = 'IN_PROGRESS' and p.state <> 'ACKNOWLEDGED') or (r.status = 'SUBMITTED' and p.state <> 'PENDING')) as bad_state,
        (select count(*)::int from requests where (status = 'DRAFT') <> (code is null)) as bad_code,
        (select count(*)::int from request_participants p where not exists (select 1 from requests r where r.id = p.request_id)
            or not exists (select 1 from agencies a where a.id = p.agency_id)
            or (p.assignee_id is not null and not exists (select 1 from users u where u.id = p.assignee_id))) as bad_participant_refs,
        (select count(*)::int from requests r where not exists (select 1 from users u where u.id = r.author_id and u.agency_id = r.requesting_agency_id)) as bad_author,
        (select count(*)::int from tasks t where not exists (select 1 from agencies a where a.id = t.owner_agency_id)
            or not exists (select 1 from users u where u.id = t.assigned_by_id)) as bad_task_refs,
        (select count(*)::int from proposal_items i where not exists (select 1 from proposals p where p.id = i.proposal_id)) as bad_items,
        (select count(*)::int from requests r where r.last_activity_at <> (select max(created_at) from events e where e.aggregate_id = r.id)) as bad_activity,
        (select count(*)::int from request_participants p join requests r on r.id = p.request_id
          where p.last_activity_at is distinct from r.last_activity_at) as stale_inbox_copy,
        (select count(*)::int from tasks t where (t.status = 'COMPLETED') <> exists (select 1 from task_completions c where c.task_id = t.id)) as bad_completion,
        (select count(*)::int from requests r where r.code is not null and split_part(r.code, '-', 3)::int >
          (select last from reference_counters c where c.scope = 'REQUEST' and c.year = split_part(r.code, '-', 2)::int)) as counter_behind`,
    );
    expect(problems).toEqual({
      bad_participant_refs: 0,
      bad_author: 0,
      bad_task_refs: 0,
      bad_items: 0,
      orphan_events: 0,
      unknown_actors: 0,
      unknown_audience: 0,
      bad_lead: 0,
      bad_state: 0,
      bad_code: 0,
      bad_activity: 0,
      stale_inbox_copy: 0,
      bad_completion: 0,
      counter_behind: 0,
    });
  });

  it('folds search text like the app does', async () => {
    const rows = await query<{ code: string | null; title: string; body: string; search_text: string }>(
      database.url,
      'select code, title, body, search_text from requests order by id limit 300',
    );
    for (const r of rows)
      expect(r.search_text).toBe(foldForSearch(r.code ? `${r.code} ${r.title} ${r.body}` : `${r.title} ${r.body}`));
  });

  it('serves the app: a Committee lead pages through requests, opens one, and reads the task dashboard', async () => {
    const t: TestApp = await startTestApp({ database });
    try {
      const token = await t.login('ubnd.lead');
      const LIST = `query($after: String) { requests(first: 50, after: $after) {
        edges { node { id code title status leadAgency { code } participants { agency { code } role state } } } pageInfo { hasNextPage endCursor } } }`;
      const page1 = await t.gql(LIST, {}, token);
      expect(page1.errors).toBeUndefined();
      expect(page1.data!.requests.edges).toHaveLength(50);
      expect(page1.data!.requests.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.gql(LIST, { after: page1.data!.requests.pageInfo.endCursor }, token);
      expect(page2.errors).toBeUndefined();
      expect(page2.data!.requests.edges).toHaveLength(50);
      const seen = new Set(
        [...page1.data!.requests.edges, ...page2.data!.requests.edges].map((e: { node: { id: string } }) => e.node.id),
      );
      expect(seen.size).toBe(100);

      const id = page1.data!.requests.edges[0].node.id;
      const detail = await t.gql(
        `query($id: ID!) { request(id: $id) { code status timeline { type at } } }`,
        { id },
        token,
      );
      expect(detail.errors).toBeUndefined();
      expect(detail.data!.request.timeline.length).toBeGreaterThanOrEqual(1);

      const stats = await t.gql(
        `query { taskStatistics(period: { year: 2026, quarter: 3 }, asOf: "2026-11-28") { counts { completed completedOnTime completedLate } } }`,
        {},
        token,
      );
      expect(stats.errors).toBeUndefined();
      expect(stats.data!.taskStatistics.counts.completed).toBeGreaterThan(0);
      expect(stats.data!.taskStatistics.counts.completedLate).toBeGreaterThan(0);

      // a request created through the app gets a code past the generated ones
      const [{ last }] = await query<{ last: number }>(
        database.url,
        `select last from reference_counters where scope = 'REQUEST' and year = 2026`,
      );
      expect(last).toBeGreaterThan(0);
    } finally {
      await t.stop();
    }
  });

  it('produces the same rows and ids when run again with the same seed (this time dropping and rebuilding indexes)', async () => {
    const INDEXES = `select string_agg(indexdef, ';' order by indexname) as all from pg_indexes where tablename in ('requests', 'request_participants', 'events')`;
    const [before] = await query<{ all: string }>(database.url, INDEXES);
    const again = await seed(true);
    const [after] = await query<{ all: string }>(database.url, INDEXES);
    expect(after.all).toBe(before.all);
    expect(before.all).toContain('requests_search_text_trgm');
    expect(again).toMatchObject({
      requests: counts.requests,
      participants: counts.participants,
      events: counts.events,
      tasks: counts.tasks,
    });
    const [second] = await query<Record<string, string>>(database.url, FINGERPRINT);
    // event ids come from the sequence, which a re-run does not reset: compare everything else
    const withoutEventIds = (f: Record<string, string>) => ({ ...f, events: undefined });
    expect(withoutEventIds(second)).toEqual(withoutEventIds(first));
    expect(first.requests).toMatch(/^[0-9a-f]{32}$/);
  }, 60_000);
});
