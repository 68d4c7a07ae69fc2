import { SQL_PROVINCE_TODAY } from '../../shared/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act, agencyIds, draftDueIn, REQUEST_FIELDS, type RequestData } from '../../test-support/request-helpers';
import { waitFor } from '../../test-support/wait-for';
import { sweepRequestDeadlines } from './request-deadlines';

/** The deadline sweep (as the engine's schedule runs it) and the reminder and escalation jobs it enqueues. */
describe('deadline job', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let locality: string;
  let department: string;
  const settings = { remindDaysBefore: 2, autoEscalateAfterDays: 3 };
  const sweep = () => sweepRequestDeadlines(t.app.orm.em.fork(), settings);
  const sql = (text: string, params: unknown[] = []) => t.app.orm.em.fork().getConnection().execute(text, params);
  const kinds = async (token: string, subjectId: string) =>
    (
      await t.gql<{ notifications: { edges: { node: { kind: string; subjectId: string; count: number } }[] } }>(
        '{ notifications(first: 50, unreadOnly: true) { edges { node { kind subjectId count } } } }',
        {},
        token,
      )
    )
      .data!.notifications.edges.filter((e) => e.node.subjectId === subjectId)
      .map((e) => e.node);
  const notified = (token: string, subjectId: string, kind: string) =>
    waitFor(
      async () => ((await kinds(token, subjectId)).some((n) => n.kind === kind) ? true : undefined),
      `a ${kind} notification`,
      15_000,
      100,
    );
  const jobsLeft = async (requestId: string) =>
    Number((await sql('select count(*) as n from graphile_worker.jobs where key like ?', [`%:${requestId}`]))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ config: { ...settings, jobs: { enabled: true, concurrency: 2, pollIntervalMs: 200 } } });
    locality = await t.login('ubnd-ts.staff');
    department = await t.login('stnmt.staff');
    ids = await agencyIds(t, department);
  });
  afterAll(() => t.stop());

  const submitted = async (dueInDays: number): Promise<RequestData> => {
    const draft = await draftDueIn(t, locality, ids.STNMT, dueInDays);
    return act(t, locality, 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });
  };
  const markAllRead = () => t.gql('mutation { markNotificationsRead(input: {}) { unreadCount } }', {}, department);
  const dueInProvinceDays = (id: string, days: number) =>
    sql(`update requests set due_date = ${SQL_PROVINCE_TODAY} + ? where id = ?`, [days, id]);

  it('reminds the lead agency once before the due date, even with two sweeps at the same time', async () => {
    // sent with a far due date (its own reminder job waits for then), then the due date comes near
    const request = await submitted(20);
    await markAllRead();
    await dueInProvinceDays(request.id, 1);
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.dueSoon + b.dueSoon).toBeGreaterThanOrEqual(1); // both may list it: the job key collapses them
    await notified(department, request.id, 'REQUEST_DUE_SOON');
    await waitFor(async () => ((await jobsLeft(request.id)) === 0 ? true : undefined), 'the reminder job done');
    expect((await sweep()).dueSoon).toBe(0); // reminded: not listed again
    expect(await kinds(department, request.id)).toEqual([
      expect.objectContaining({ kind: 'REQUEST_DUE_SOON', count: 1 }),
    ]);
    const timeline = await t.gql<{ request: { timeline: { type: string; actor: unknown }[] } }>(
      'query($id: ID!) { request(id: $id) { timeline { type actor { id } } } }',
      { id: request.id },
      department,
    );
    expect(timeline.data!.request.timeline.at(-1)).toEqual({ type: 'DUE_SOON', actor: null });
  });

  it('announces an overdue request and escalates it automatically after the grace days', async () => {
    const request = await submitted(5);
    await dueInProvinceDays(request.id, -4);
    const result = await sweep();
    expect(result.overdue).toBeGreaterThanOrEqual(1);
    expect(result.escalated).toBe(1);
    const committee = await t.login('ubnd.lead');
    await notified(committee, request.id, 'REQUEST_ESCALATED');
    const after = await t.gql<{ request: RequestData & { escalationReason: string } }>(
      `query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} escalationReason } }`,
      { id: request.id },
      locality,
    );
    expect(after.data!.request).toMatchObject({ status: 'ESCALATED', overdue: true });
    expect(after.data!.request.escalationReason).toMatch(/quá hạn \d ngày/);
    expect((await kinds(committee, request.id)).map((n) => n.kind)).toEqual(['REQUEST_ESCALATED']);
    await notified(department, request.id, 'REQUEST_OVERDUE');
    expect((await sweep()).escalated).toBe(0); // nothing twice
    const events = await sql('select type from events where aggregate_id = ? order by id', [request.id]);
    expect(events.map((e) => String(e.type))).toEqual(['CREATED', 'SUBMITTED', 'OVERDUE', 'ESCALATED']);
  });

  it('sending a request schedules its reminder in the same transaction, due remindDaysBefore ahead', async () => {
    const request = await submitted(30);
    const [job] = await sql(
      `select run_at = ((${SQL_PROVINCE_TODAY} + 28)::timestamp at time zone 'Asia/Ho_Chi_Minh') as on_time, payload
         from graphile_worker._private_jobs where key = ?`,
      [`request.remind:DUE_SOON:${request.id}`],
    );
    expect(job).toEqual({ on_time: true, payload: { requestId: request.id, kind: 'DUE_SOON' } });
  });
});
