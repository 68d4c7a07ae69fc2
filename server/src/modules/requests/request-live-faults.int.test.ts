import pg from 'pg';
import { COMMIT_ORDER_LOCK } from '../../shared/commit-order';
import { act, agencyIds, inDays } from '../../test-support/request-helpers';
import { RequestFollower } from '../../test-support/request-follower';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';

/**
 * A live event whose record cannot be read when it arrives (its read's connection is killed) is
 * never skipped: the stream ends with SERVICE_UNAVAILABLE instead of sending an error payload
 * and going on, and the client that resubscribes after its last id gets the event.
 */
describe('a live event whose read fails', () => {
  let t: TestApp;
  let admin: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    admin = new pg.Client({ connectionString: t.database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await t.stop();
  });

  it('ends the stream with SERVICE_UNAVAILABLE; resuming after the last id delivers the event, once', async () => {
    const locality = await t.login('ubnd-dh.staff');
    const stnmt = (await agencyIds(t, locality)).STNMT;
    const draft = (title: string) => act(t, locality, 'createRequest', 'CreateRequestInput', { title, body: 'Nội dung', domain: 'LAND', priority: 'NORMAL', dueDate: inDays(7), leadAgencyId: stnmt, supportingAgencyIds: [] });
    const submit = (request: { id: string; version: number }) => act(t, locality, 'submitRequest', 'RequestActionInput', { id: request.id, version: request.version });
    const waitUntilWaiting = (condition: string, what: string) =>
      waitFor(async () => {
        const { rows } = await admin.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and wait_event_type in ('Lock') and ${condition}`);
        return rows.length ? rows.map((r) => r.pid) : undefined;
      }, what, 10_000);
    const newestEvent = async () => Number((await admin.query<{ max: string }>('select coalesce(max(id), 0) as max from events')).rows[0].max);

    const startAfter = await newestEvent();
    const follower = new RequestFollower(t.url, await t.login('stnmt.staff'), startAfter);
    const first = await draft('Đề nghị trước sự cố');
    // the stream is live once an event committed after it arrives
    await submit(first);
    await waitFor(() => (follower.submitted.has(first.id) ? true : undefined), 'the first live event', 10_000);

    // The event's record is read when its notice arrives, at commit. Make that read wait behind a
    // lock, then kill it: the write is held at the commit-order lock (it has read the participants
    // by then), a table lock on the participants queues behind it, and it is let go.
    const second = await draft('Đề nghị gặp sự cố khi đọc');
    const locker = new pg.Client({ connectionString: t.database.url });
    await locker.connect();
    await admin.query('select pg_advisory_lock($1)', [COMMIT_ORDER_LOCK]);
    const submitted = submit(second).catch(() => 'its answer was lost too'); // read back after commit: held as well
    await waitUntilWaiting("wait_event = 'advisory'", 'the write at the commit-order lock');
    await locker.query('begin');
    const locked = locker.query('lock table request_participants in access exclusive mode');
    await waitUntilWaiting("query like 'lock table%'", 'the table lock behind the write');
    await admin.query('select pg_advisory_unlock($1)', [COMMIT_ORDER_LOCK]);
    await locked;
    // the event's timeline entry and record are read in one combined statement (shared/combined-reads.ts)
    const reads = await waitUntilWaiting("query like 'select (select coalesce(json_agg(q0)%'", 'the live read of the event');
    await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [reads]);
    await locker.query('rollback');
    await locker.end();
    await submitted;

    await waitFor(() => (follower.submitted.has(second.id) ? true : undefined), 'the event after resubscribing', 10_000);
    const third = await submit(await draft('Đề nghị sau sự cố'));
    await waitFor(() => (follower.submitted.has(third.id) ? true : undefined), 'a live event after that', 10_000);
    await follower.stop();

    const { rows } = await admin.query<{ id: string }>(
      "select id from events where id > $1 and aggregate_type = 'REQUEST' and audience @> array[$2::uuid] order by id",
      [startAfter, stnmt],
    );
    expect({ errorPayloads: follower.errorPayloads, endings: follower.endings }).toEqual({ errorPayloads: 0, endings: ['SERVICE_UNAVAILABLE'] });
    expect(follower.ids).toEqual(rows.map((r) => Number(r.id))); // no gap, no duplicate
  });
});
