import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';
import { act, agencyIds, inDays } from '../../test-support/request-helpers';

const COUNT = '{ unreadNotificationCount }';
const LIST = '{ notifications(first: 10) { edges { node { id kind message count subjectId read } } } }';
type List = {
  notifications: {
    edges: { node: { id: string; kind: string; message: string; count: number; subjectId: string; read: boolean } }[];
  };
};

describe('notification centre', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};
  const as = (u: string) => tokens[u];
  const count = async (u: string) =>
    (await t.gql<{ unreadNotificationCount: number }>(COUNT, {}, as(u))).data!.unreadNotificationCount;
  const list = async (u: string) => (await t.gql<List>(LIST, {}, as(u))).data!.notifications.edges.map((e) => e.node);

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of [
      'ubnd-dh.staff',
      'ubnd-dh.lead',
      'stnmt.staff',
      'stnmt.lead',
      'vpdkdd-dh.staff',
      'stc.staff',
      'ubnd.lead',
      'ubnd.staff',
    ])
      tokens[u] = await t.login(u);
    ids = await agencyIds(t, as('stnmt.staff'));
  });
  afterAll(() => t.stop());

  const submitRequest = async (title: string) => {
    const draft = await act(t, as('ubnd-dh.staff'), 'createRequest', 'CreateRequestInput', {
      title,
      body: 'Nội dung',
      domain: 'LAND',
      priority: 'HIGH',
      dueDate: inDays(10),
      leadAgencyId: ids.STNMT,
      supportingAgencyIds: [ids['VPDKDD-DH']],
    });
    return act(t, as('ubnd-dh.staff'), 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });
  };

  it('tells the addressed agencies about a new request, not the author, and the requester about replies', async () => {
    const request = await submitRequest('Đề nghị cung cấp số liệu hồ sơ tồn đọng');
    expect(await count('stnmt.staff')).toBe(1);
    expect(await count('stnmt.lead')).toBe(1);
    expect(await count('vpdkdd-dh.staff')).toBe(1);
    expect(await count('ubnd-dh.staff')).toBe(0);
    expect(await count('stc.staff')).toBe(0);
    expect((await list('stnmt.staff'))[0]).toMatchObject({
      kind: 'REQUEST_SUBMITTED',
      subjectId: request.id,
      read: false,
      message: `Đề nghị phối hợp mới: ${request.code} — Đề nghị cung cấp số liệu hồ sơ tồn đọng`,
    });

    await act(t, as('stnmt.staff'), 'respondToRequest', 'RequestTextInput', {
      id: request.id,
      version: request.version,
      text: 'Đã gửi số liệu.',
    });
    expect((await list('ubnd-dh.lead'))[0]).toMatchObject({ kind: 'REQUEST_REPLIED', subjectId: request.id });
  });

  it('groups further events of one request into one unread line', async () => {
    const request = await submitRequest('Đề nghị phối hợp kiểm tra thực địa');
    const before = (await list('stnmt.lead')).length;
    for (const body of ['Ý kiến 1', 'Ý kiến 2', 'Ý kiến 3'])
      await act(t, as('ubnd-dh.staff'), 'commentOnRequest', 'CommentOnRequestInput', { id: request.id, body });
    const lines = await list('stnmt.lead');
    expect(lines).toHaveLength(before);
    expect(lines[0]).toMatchObject({ subjectId: request.id, count: 4, kind: 'REQUEST_COMMENTED' });
  });

  it("marks one or all read, only the viewer's own", async () => {
    const mine = await list('stnmt.staff');
    const theirs = await list('stnmt.lead');
    const one = await t.gql<{ markNotificationsRead: { unreadCount: number } }>(
      'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount } }',
      { input: { ids: [mine[0].id, theirs[0].id] } },
      as('stnmt.staff'),
    );
    expect(one.data!.markNotificationsRead.unreadCount).toBe(mine.filter((n) => !n.read).length - 1);
    expect((await list('stnmt.lead'))[0].read).toBe(false); // someone else's id is ignored
    await t.gql('mutation { markNotificationsRead(input: {}) { unreadCount } }', {}, as('stnmt.staff'));
    expect(await count('stnmt.staff')).toBe(0);
  });

  it('pushes the unread count live: now, then on every change', async () => {
    const counts: number[] = [];
    t.wsClient(as('stnmt.staff')).subscribe(
      { query: 'subscription { notificationCountChanged }' },
      {
        next: (v) => counts.push((v.data as { notificationCountChanged: number }).notificationCountChanged),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await waitFor(() => (counts.length > 0 ? true : undefined), 'the initial count');
    const start = counts[0];
    await submitRequest('Đề nghị số liệu quý II');
    await waitFor(() => (counts.at(-1) === start + 1 ? true : undefined), 'the count to go up');
  });

  it("tells the Committee's leaders, not its staff, about an escalation", async () => {
    const request = await submitRequest('Đề nghị chưa được xử lý');
    const leadBefore = await count('ubnd.lead');
    await act(t, as('ubnd-dh.staff'), 'escalateRequest', 'RequestTextInput', {
      id: request.id,
      version: request.version,
      text: 'Không có phản hồi.',
    });
    expect(await count('ubnd.lead')).toBe(leadBefore + 1);
    expect(await count('ubnd.staff')).toBe(0);
  });
});
