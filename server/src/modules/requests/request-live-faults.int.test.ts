import pg from 'pg';
import { COMMIT_ORDER_LOCK } from '../../shared/commit-order';
import { act, agencyIds, inDays } from '../../test-support/request-helpers';
import { RequestFollower } from '../../test-support/request-follower';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';

/** How often the server reads a live event before it gives up (see events/shared-reads.ts). */
const READ_ATTEMPTS = 3;

/**
 * A live event whose record cannot be read when it arrives (the read's connection is killed) is
 * never skipped: the read is tried again a few times, then the stream ends with
 * SERVICE_UNAVAILABLE — never an error payload while the stream goes on — and the client that
 * resubscribes after its last id gets the event.
 */
describe('a live event whose read fails', () => {
  let t: TestApp;
  let admin: pg.Client;
  let locality: string;
  let stnmt: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = new pg.Client({ connectionString: t.database.url });
    await admin.connect();
    locality = await t.login('ubnd-dh.staff');
    stnmt = (await agencyIds(t, locality)).STNMT;
  });
  afterAll(async () => {
    await admin.end();
    await t.stop();
  });

  const draft = (title: string) =>
    act(t, locality, 'createRequest', 'CreateRequestInput', {
      title,
      body: 'Nội dung',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(7),
      leadAgencyId: stnmt,
      supportingAgencyIds: [],
    });
  const submit = (request: { id: string; version: number }) =>
    act(t, locality, 'submitRequest', 'RequestActionInput', { id: request.id, version: request.version });
  /** Backends of this database waiting for a lock, that match `condition` and were not killed yet. */
  const waitUntilWaiting = (condition: string, what: string, killed: number[] = []) =>
    waitFor(
      async () => {
        const { rows } = await admin.query<{ pid: number }>(
          `select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> all($1::int[]) and ${condition}`,
          [killed],
        );
        return rows.length ? rows.map((r) => r.pid) : undefined;
      },
      what,
      10_000,
    );

  /**
   * Submits a request and kills the live read of its event `times` times. That read happens when
   * the notice arrives, at commit; to catch it, it must wait behind a lock: the write is held at the
   * commit-order lock (it has read the participants by then), a table lock on the participants
   * queues behind it, and the write is let go.
   */
  async function submitKillingItsLiveRead(title: string, times: number): Promise<string> {
    const request = await draft(title);
    const locker = new pg.Client({ connectionString: t.database.url });
    await locker.connect();
    await admin.query('select pg_advisory_lock($1)', [COMMIT_ORDER_LOCK]);
    const submitted = submit(request).catch(() => 'its answer was lost too'); // read back after commit: held as well
    await waitUntilWaiting("wait_event = 'advisory'", 'the write at the commit-order lock');
    await locker.query('begin');
    const locked = locker.query('lock table request_participants in access exclusive mode');
    await waitUntilWaiting("query like 'lock table%'", 'the table lock behind the write');
    await admin.query('select pg_advisory_unlock($1)', [COMMIT_ORDER_LOCK]);
    await locked;
    const killed: number[] = [];
    for (let attempt = 1; attempt <= times; attempt++) {
      // the event's timeline entry and record are read in one combined statement (shared/combined-reads.ts)
      const reads = await waitUntilWaiting(
        "query like 'select (select coalesce(json_agg(q0)%'",
        `live read ${attempt} of the event`,
        killed,
      );
      await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [reads]);
      killed.push(...reads);
    }
    await locker.query('rollback');
    await locker.end();
    await submitted;
    return request.id;
  }

  async function follow(): Promise<{ follower: RequestFollower; startAfter: number; check(): Promise<void> }> {
    const startAfter = Number(
      (await admin.query<{ max: string }>('select coalesce(max(id), 0) as max from events')).rows[0].max,
    );
    const follower = new RequestFollower(t.url, await t.login('stnmt.staff'), startAfter);
    // the stream is live once an event committed after it arrives
    const first = await submit(await draft('Đề nghị trước sự cố'));
    await waitFor(() => (follower.submitted.has(first.id) ? true : undefined), 'the first live event', 10_000);
    return {
      follower,
      startAfter,
      async check() {
        const after = await submit(await draft('Đề nghị sau sự cố'));
        await waitFor(() => (follower.submitted.has(after.id) ? true : undefined), 'a live event after that', 10_000);
        await follower.stop();
        const { rows } = await admin.query<{ id: string }>(
          "select id from events where id > $1 and aggregate_type = 'REQUEST' and audience @> array[$2::uuid] order by id",
          [startAfter, stnmt],
        );
        expect(follower.errorPayloads).toBe(0);
        expect(follower.ids).toEqual(rows.map((r) => Number(r.id))); // no gap, no duplicate
      },
    };
  }

  it('reads it again when a read fails once: the stream goes on, the event in its place', async () => {
    const { follower, check } = await follow();
    const id = await submitKillingItsLiveRead('Đề nghị đọc lỗi một lần', 1);
    await waitFor(() => (follower.submitted.has(id) ? true : undefined), 'the event, read again', 10_000);
    await check();
    expect(follower.endings).toEqual([]);
  });

  it('ends the stream with SERVICE_UNAVAILABLE when every read fails; resuming after the last id delivers the event, once', async () => {
    const { follower, check } = await follow();
    const id = await submitKillingItsLiveRead('Đề nghị đọc lỗi mãi', READ_ATTEMPTS);
    await waitFor(() => (follower.submitted.has(id) ? true : undefined), 'the event after resubscribing', 10_000);
    await check();
    expect(follower.endings).toEqual(['SERVICE_UNAVAILABLE']);
  });
});
