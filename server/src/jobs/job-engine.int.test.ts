import pg from 'pg';
import { agencyIds, draftDueIn, type RequestData } from '../test-support/request-helpers';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { waitFor } from '../test-support/wait-for';

const JOBS_ON = { enabled: true, concurrency: 2, pollIntervalMs: 200 };

/**
 * The job engine with two app instances on one database, as two replicas: a job a mutation
 * schedules runs once, a failing run is retried, a rolled-back mutation leaves no job, and the
 * engine shows in /readyz and /metrics.
 */
describe('job engine with two replicas', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let admin: pg.Client;
  let locality: string;
  let department: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await startTestApp({ database, config: { jobs: JOBS_ON } });
    b = await startTestApp({ database, config: { jobs: JOBS_ON } });
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    locality = await a.login('ubnd-ts.staff');
    department = await b.login('stnmt.staff');
    ids = await agencyIds(a, department);
  });
  afterAll(async () => {
    await admin.end();
    await Promise.all([a.stop(), b.stop()]);
    await database.drop();
  });

  const draft = (dueInDays: number) => draftDueIn(a, locality, ids.STNMT, dueInDays);
  const submit = (request: RequestData) =>
    a.gql(
      'mutation($input: RequestActionInput!) { submitRequest(input: $input) { request { id status } } }',
      { input: { id: request.id, version: request.version } },
      locality,
    );
  const reminderJobs = async (requestId: string) =>
    (
      await admin.query<{ run_at: Date; attempts: number }>(
        'select run_at, attempts from graphile_worker.jobs where key = $1',
        [`request.remind:DUE_SOON:${requestId}`],
      )
    ).rows;
  const dueSoonNotices = async (requestId: string) =>
    (
      await b.gql<{ notifications: { edges: { node: { kind: string; subjectId: string; count: number } }[] } }>(
        '{ notifications(first: 50) { edges { node { kind subjectId count } } } }',
        {},
        department,
      )
    ).data!.notifications.edges.filter((e) => e.node.subjectId === requestId && e.node.kind === 'REQUEST_DUE_SOON');

  it('runs a job scheduled by a mutation exactly once, retrying the run that failed', async () => {
    // the first reminder ever written fails (a sequence survives the failed transaction), later ones pass
    await admin.query(`
      create sequence reminder_attempts;
      create function fail_first_reminder() returns trigger language plpgsql as $$
      begin
        if nextval('reminder_attempts') = 1 then raise exception 'injected: the first reminder fails'; end if;
        return new;
      end $$;
      create trigger fail_first_reminder before insert on request_reminders
        for each row execute function fail_first_reminder();`);
    // due tomorrow: the reminder (2 days ahead) is due at once, on whichever replica takes it
    const request = await draft(1);
    expect((await submit(request)).errors).toBeUndefined();
    const notices = await waitFor(
      async () => {
        const found = await dueSoonNotices(request.id);
        return found.length > 0 ? found : undefined;
      },
      'the reminder, after one retry',
      20_000,
      100,
    );
    expect(notices).toHaveLength(1); // one bell (it folds the request's unread notices: its count is theirs)
    const attempts = await admin.query<{ n: string }>(`select last_value::text as n from reminder_attempts`);
    expect(attempts.rows[0].n).toBe('2'); // failed once, then succeeded
    const events = await admin.query(`select 1 from events where aggregate_id = $1 and type = 'DUE_SOON'`, [
      request.id,
    ]);
    expect(events.rowCount).toBe(1); // sent once, by one replica
    const reminders = await admin.query('select 1 from request_reminders where request_id = $1', [request.id]);
    expect(reminders.rowCount).toBe(1);
    await waitFor(async () => ((await reminderJobs(request.id)).length === 0 ? true : undefined), 'the job removed');
  });

  it('leaves no job behind a rolled-back mutation, and schedules it when the mutation commits', async () => {
    const request = await draft(30);
    // the submission's event row fails once: its transaction, job included, rolls back
    await admin.query(`
      create sequence submissions;
      create function fail_first_submission() returns trigger language plpgsql as $$
      begin
        if new.type = 'SUBMITTED' and nextval('submissions') = 1 then raise exception 'injected: no event'; end if;
        return new;
      end $$;
      create trigger fail_first_submission before insert on events
        for each row execute function fail_first_submission();`);
    const failed = await submit(request);
    expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await reminderJobs(request.id)).toEqual([]);

    expect((await submit(request)).errors).toBeUndefined();
    const [job] = await reminderJobs(request.id);
    expect(job.attempts).toBe(0);
    // 28 days from now, at the start of a province day
    expect(job.run_at.getTime() - Date.now()).toBeGreaterThan(27 * 86_400_000);
    expect(job.run_at.getTime() - Date.now()).toBeLessThan(29 * 86_400_000);
  });

  it('shows the engine in /readyz, down while its LISTEN connection is lost', async () => {
    const readyz = async () => {
      const response = await fetch(`${a.url}/readyz`);
      return { status: response.status, body: (await response.json()) as { components: Record<string, unknown> } };
    };
    expect(await readyz()).toMatchObject({ status: 200, body: { components: { jobEngine: { status: 'up' } } } });
    const name = database.url.split('/').pop();
    const server = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await server.connect();
    try {
      await server.query(`alter database ${name} with allow_connections false`);
      await server.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query like '%jobs:insert%'`,
        [name],
      );
      const down = await waitFor(
        async () => {
          const answer = await readyz();
          return answer.status === 503 ? answer : undefined;
        },
        'the job engine reported down',
        10_000,
        50,
      );
      expect(down.body.components).toMatchObject({
        database: { status: 'up' },
        eventBus: { status: 'up' },
        jobEngine: { status: 'down' },
      });
    } finally {
      await server.query(`alter database ${name} with allow_connections true`);
      await server.end();
    }
    await waitFor(async () => ((await readyz()).status === 200 ? true : undefined), 'ready again', 20_000, 100);
  });

  it('counts job runs, failures and durations by task, and the queue at scrape time, in /metrics', async () => {
    const text = await (await fetch(`${a.url}/metrics`)).text();
    // both replicas run in this process: the counts are theirs together
    expect(text).toContain('lt_job_runs_total{task="request.remind",outcome="failure"} 1');
    expect(text).toContain('lt_job_runs_total{task="request.remind",outcome="success"} 1');
    expect(text).toContain('lt_job_duration_seconds_count{task="request.remind"} 2');
    expect(text).toContain('lt_jobs_queued{task="request.remind",state="scheduled"} 1');
  });
});
