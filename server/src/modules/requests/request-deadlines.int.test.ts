import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act, agencyIds, inDays, REQUEST_FIELDS, type RequestData } from '../../test-support/request-helpers';
import { sweepRequestDeadlines } from './request-deadlines';

describe('deadline job', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let locality: string;
  let department: string;
  const settings = { remindDaysBefore: 2, autoEscalateAfterDays: 3 };
  const sweep = () => sweepRequestDeadlines(() => t.app.orm.em.fork(), t.app.bus, settings);
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

  beforeAll(async () => {
    t = await startTestApp();
    locality = await t.login('ubnd-ts.staff');
    department = await t.login('stnmt.staff');
    ids = await agencyIds(t, department);
  });
  afterAll(() => t.stop());

  const submitted = async (dueInDays: number): Promise<RequestData> => {
    const draft = await act(t, locality, 'createRequest', 'CreateRequestInput', {
      title: `Đề nghị hạn ${dueInDays} ngày`,
      body: 'Nội dung',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(dueInDays),
      leadAgencyId: ids.STNMT,
      supportingAgencyIds: [],
    });
    return act(t, locality, 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });
  };
  const markAllRead = () => t.gql('mutation { markNotificationsRead(input: {}) { unreadCount } }', {}, department);

  it('reminds the lead agency once before the due date, even with two sweeps at the same time', async () => {
    const request = await submitted(1);
    await markAllRead();
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.dueSoon + b.dueSoon).toBe(1);
    expect((await sweep()).dueSoon).toBe(0);
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
    await t.app.orm.em
      .fork()
      .getConnection()
      .execute('update requests set due_date = current_date - 4 where id = ?', [request.id]);
    const result = await sweep();
    expect(result.overdue).toBeGreaterThanOrEqual(1);
    expect(result.escalated).toBe(1);
    const after = await t.gql<{ request: RequestData & { escalationReason: string } }>(
      `query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} escalationReason } }`,
      { id: request.id },
      locality,
    );
    expect(after.data!.request).toMatchObject({ status: 'ESCALATED', overdue: true });
    expect(after.data!.request.escalationReason).toMatch(/quá hạn \d ngày/);
    const committee = await t.login('ubnd.lead');
    expect((await kinds(committee, request.id)).map((n) => n.kind)).toEqual(['REQUEST_ESCALATED']);
    expect((await sweep()).escalated).toBe(0); // nothing twice
  });
});
