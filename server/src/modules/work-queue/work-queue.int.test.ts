import { clientOperation } from '../../test-support/client-documents';
import { agencyIds, inDays } from '../../test-support/request-helpers';
import { startTestApp, type TestApp } from '../../test-support/test-app';

const QUEUE = `{ workQueue { itemsPerSection counts { requests proposals tasks meetings notifications total }
  items { id kind reason message messageKey messageParams { name value } record { kind id code title }
          dueDate overdue dueSoon since path } } }`;

interface Item {
  id: string;
  kind: string;
  reason: string;
  message: string;
  messageKey: string | null;
  messageParams: { name: string; value: string }[];
  record: { kind: string; id: string; code: string | null; title: string };
  dueDate: string | null;
  overdue: boolean;
  dueSoon: boolean;
  since: string;
  path: string | null;
}
interface Queue {
  itemsPerSection: number;
  counts: Record<'requests' | 'proposals' | 'tasks' | 'meetings' | 'notifications' | 'total', number>;
  items: Item[];
}

/** Demo records the queues below are about (seeds/src). */
const STAFFING = 'Phối hợp bổ sung biên chế cho Văn phòng Đăng ký đất đai';
const NAM_PHUOC = 'Giải quyết khiếu nại của người dân về chậm cấp giấy chứng nhận tại thị xã Nam Phước';
const TAY_BINH = 'Đề nghị hướng dẫn xử lý vướng mắc cấp giấy chứng nhận cho hộ gia đình tại xã Tây Bình';
const MONITORING = 'Kinh phí vận hành mạng lưới quan trắc môi trường nước mặt các lưu vực sông';

describe('work queue (Việc cần xử lý), per role, on the demo world', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};
  const as = (username: string) => tokens[username];

  const queueOf = async (username: string): Promise<Queue> => {
    const result = await t.gql<{ workQueue: Queue }>(QUEUE, {}, as(username));
    expect(result.errors).toBeUndefined();
    return result.data!.workQueue;
  };
  const itemsOf = async (username: string, kind?: string) =>
    (await queueOf(username)).items.filter((item) => !kind || item.kind === kind);
  const about = (items: Item[], title: string) => items.filter((item) => item.record.title === title);

  async function mutate<T = Record<string, any>>(
    username: string,
    name: string,
    inputType: string,
    input: Record<string, unknown>,
    selection: string,
  ): Promise<T> {
    const result = await t.gql<Record<string, T>>(
      `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`,
      { input },
      as(username),
    );
    if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    return result.data![name];
  }
  const version = async (kind: 'request' | 'proposal', id: string): Promise<number> =>
    (await t.gql<Record<string, { version: number }>>(`{ ${kind}(id: "${id}") { version } }`, {}, as('ubnd.lead')))
      .data![kind].version;

  beforeAll(async () => {
    t = await startTestApp({ config: { demoRequests: true } });
    for (const username of [
      'stc.staff',
      'stc.lead',
      'snv.lead',
      'ubnd.lead',
      'ubnd.staff',
      'stnmt.lead',
      'stnmt.staff',
      'ubnd-ts.staff',
      'ubnd-np.staff',
      'vpdkdd-np.lead',
      'cthue.staff',
      'admin',
    ])
      tokens[username] = await t.login(username);
    ids = await agencyIds(t, as('ubnd.lead'));
  }, 120_000); // seeding the demo world on a busy machine
  afterAll(() => t.stop());

  it('a department (Finance) acknowledges, then answers, a request addressed to it: the item changes, then goes', async () => {
    const [item] = about(await itemsOf('stc.staff', 'REQUEST'), STAFFING);
    expect(item).toMatchObject({
      reason: 'ACKNOWLEDGE',
      messageKey: 'workQueue.request.acknowledge',
      message: 'Đề nghị của Sở TN&MT chờ Sở Tài chính tiếp nhận.',
      record: { kind: 'REQUEST', code: expect.stringMatching(/^PH-/) },
      overdue: false,
      dueSoon: false,
      path: `/requests/${item.record.id}`,
    });
    // a draft addressed to Finance is not yet sent: the requester alone reads it (requestVisible)
    expect(
      about(
        await itemsOf('stc.staff', 'REQUEST'),
        'Đề nghị Sở Tài chính bố trí kinh phí đo đạc, chỉnh lý bản đồ địa chính',
      ),
    ).toEqual([]);
    expect(item.messageParams).toEqual([
      { name: 'from', value: 'Sở TN&MT' },
      { name: 'unit', value: 'Sở Tài chính' },
    ]);
    // Home Affairs, the lead agency, acknowledged it already: it is to answer
    expect(about(await itemsOf('snv.lead', 'REQUEST'), STAFFING)).toMatchObject([{ reason: 'ANSWER' }]);

    const id = item.record.id;
    await mutate(
      'stc.staff',
      'acknowledgeRequest',
      'RequestActionInput',
      { id, version: await version('request', id) },
      'request { id }',
    );
    expect(about(await itemsOf('stc.staff', 'REQUEST'), STAFFING)).toMatchObject([
      { reason: 'ANSWER', messageKey: 'workQueue.request.answer' },
    ]);
    await mutate(
      'stc.staff',
      'respondToRequest',
      'RequestTextInput',
      { id, version: await version('request', id), text: 'Sở Tài chính thống nhất về kinh phí.' },
      'request { id }',
    );
    expect(about(await itemsOf('stc.staff', 'REQUEST'), STAFFING)).toEqual([]);
  });

  it('the lead agency of an overdue escalated request sees it overdue; the Committee sees it for its directive, the leads of the branch’s department see it for the branch, others do not', async () => {
    expect(about(await itemsOf('vpdkdd-np.lead', 'REQUEST'), NAM_PHUOC)).toMatchObject([
      { reason: 'ACKNOWLEDGE', overdue: true, dueSoon: false },
    ]);
    for (const member of ['ubnd.lead', 'ubnd.staff']) {
      expect(about(await itemsOf(member, 'REQUEST'), NAM_PHUOC)).toMatchObject([
        {
          reason: 'GIVE_DIRECTIVE',
          message: 'Đề nghị của UBND TX Nam Phước đã chuyển UBND tỉnh, chờ ý kiến chỉ đạo.',
          overdue: true,
        },
      ]);
    }
    // the requester waits for the Committee: nothing for it to do
    expect(about(await itemsOf('ubnd-np.staff', 'REQUEST'), NAM_PHUOC)).toEqual([]);
    // the branch's parent department: its leaders act for the branch, and the item names the unit
    expect(about(await itemsOf('stnmt.lead', 'REQUEST'), NAM_PHUOC)).toMatchObject([
      {
        reason: 'ACKNOWLEDGE',
        overdue: true,
        message: 'Đề nghị của UBND TX Nam Phước chờ CN VPĐKĐĐ thị xã Nam Phước tiếp nhận.',
      },
    ]);
    // its staff act for their own department only; an unrelated department sees nothing
    expect(about(await itemsOf('stnmt.staff', 'REQUEST'), NAM_PHUOC)).toEqual([]);
    expect(about(await itemsOf('stc.lead', 'REQUEST'), NAM_PHUOC)).toEqual([]);
  });

  it('the directive takes the escalation out of the Committee’s queue', async () => {
    const [item] = about(await itemsOf('ubnd.lead', 'REQUEST'), NAM_PHUOC);
    const before = (await queueOf('ubnd.lead')).counts.requests;
    await mutate(
      'ubnd.lead',
      'resolveRequestEscalation',
      'ResolveEscalationInput',
      {
        id: item.record.id,
        version: await version('request', item.record.id),
        directive: 'Giao Chi nhánh giải quyết trong 2 ngày.',
        dueDate: inDays(2),
      },
      'request { id }',
    );
    const after = await queueOf('ubnd.lead');
    expect(about(after.items, NAM_PHUOC)).toEqual([]);
    expect(after.counts.requests).toBe(before - 1);
    // the new due date is within the 3-day window: due soon for the branch that must still acknowledge
    expect(about(await itemsOf('vpdkdd-np.lead', 'REQUEST'), NAM_PHUOC)).toMatchObject([
      { reason: 'ACKNOWLEDGE', overdue: false, dueSoon: true, dueDate: inDays(2) },
    ]);
  });

  it('the requester is asked to accept an answered request', async () => {
    expect(about(await itemsOf('ubnd-ts.staff', 'REQUEST'), TAY_BINH)).toMatchObject([
      {
        reason: 'ACCEPT_ANSWER',
        message: 'Sở TN&MT đã trả lời; chờ UBND huyện Tây Sơn kết thúc hoặc mở lại đề nghị.',
      },
    ]);
    // the agency that answered has nothing left to do on it
    expect(about(await itemsOf('stnmt.lead', 'REQUEST'), TAY_BINH)).toEqual([]);
  });

  it('proposals: the Committee decides one in review; returned, it goes to the proposer to revise', async () => {
    const [toDecide] = about(await itemsOf('ubnd.lead', 'PROPOSAL'), MONITORING);
    expect(toDecide).toMatchObject({ reason: 'DECIDE', path: `/proposals/${toDecide.record.id}` });
    expect(about(await itemsOf('stnmt.lead', 'PROPOSAL'), MONITORING)).toEqual([]);

    const id = toDecide.record.id;
    await mutate(
      'ubnd.lead',
      'returnProposal',
      'ProposalReasonInput',
      { id, version: await version('proposal', id), reason: 'Bổ sung dự toán chi tiết.' },
      'proposal { id }',
    );
    expect(about(await itemsOf('ubnd.lead', 'PROPOSAL'), MONITORING)).toEqual([]);
    expect(about(await itemsOf('stnmt.lead', 'PROPOSAL'), MONITORING)).toMatchObject([
      { reason: 'REVISE', message: 'UBND tỉnh đã trả lại đề xuất của Sở TN&MT; cần chỉnh sửa và gửi lại.' },
    ]);
  });

  it('proposals: an appraising agency sees a submitted proposal until it gives its opinion', async () => {
    const created = await mutate<{ proposal: { id: string; version: number } }>(
      'stnmt.lead',
      'createProposal',
      'CreateProposalInput',
      {
        title: 'Kinh phí số hóa hồ sơ địa chính',
        rationale: 'Số hóa hồ sơ địa chính của 3 huyện.',
        fiscalYear: Number(inDays(0).slice(0, 4)),
        items: [
          {
            kind: 'FUNDING',
            description: 'Số hóa hồ sơ',
            quantity: 1,
            unit: 'gói',
            amount: '500000000',
            justification: 'Theo định mức.',
          },
        ],
      },
      'proposal { id version }',
    );
    await mutate('stnmt.lead', 'submitProposal', 'ProposalActionInput', created.proposal, 'proposal { id }');
    for (const member of ['stc.staff', 'stc.lead']) {
      expect(about(await itemsOf(member, 'PROPOSAL'), 'Kinh phí số hóa hồ sơ địa chính')).toMatchObject([
        { reason: 'APPRAISE', message: 'Đề xuất của Sở TN&MT chờ Sở Tài chính thẩm định.' },
      ]);
    }
    expect(about(await itemsOf('snv.lead', 'PROPOSAL'), 'Kinh phí số hóa hồ sơ địa chính')).toEqual([]);
  });

  it('tasks: open tasks of the agency due within 14 days or overdue, earliest first; not those due later', async () => {
    const today = inDays(0);
    const [year, month] = today.split('-').map(Number);
    const period = { year, quarter: Math.floor((month - 1) / 3) + 1 };
    const assign = (title: string, dueInDays: number) =>
      mutate(
        'ubnd.lead',
        'assignTask',
        'AssignTaskInput',
        { title, category: 'KEY', domain: 'FINANCE', period, ownerAgencyId: ids.STC, dueDate: inDays(dueInDays) },
        'task { id }',
      );
    await assign('Báo cáo tình hình giải ngân vốn đầu tư công', 10);
    await assign('Báo cáo quyết toán ngân sách', 0);
    await assign('Xây dựng dự toán ngân sách năm sau', 40);

    const tasks = await itemsOf('stc.staff', 'TASK');
    const titles = tasks.map((task) => task.record.title);
    expect(titles).toContain('Báo cáo tình hình giải ngân vốn đầu tư công');
    expect(titles).not.toContain('Xây dựng dự toán ngân sách năm sau');
    expect(tasks.map((task) => task.dueDate)).toEqual(tasks.map((task) => task.dueDate).sort());
    expect(tasks.find((task) => task.record.title === 'Báo cáo quyết toán ngân sách')).toMatchObject({
      reason: 'FINISH_TASK',
      messageKey: 'workQueue.task.dueToday',
      overdue: false,
      dueSoon: true,
    });
    expect(tasks.find((task) => task.record.title === 'Báo cáo tình hình giải ngân vốn đầu tư công')).toMatchObject({
      message: expect.stringMatching(/^Nhiệm vụ của Sở Tài chính còn 10 ngày đến hạn/),
    });
    // the demo world's 2023 task Finance never finished is overdue
    expect(tasks[0]).toMatchObject({ overdue: true, messageKey: 'workQueue.task.overdue' });
    // the Committee oversees tasks but owns none: none in its queue
    expect(await itemsOf('ubnd.lead', 'TASK')).toEqual([]);
  });

  it('meetings: the Committee sees a draft record until its conclusion is published; an agency never does', async () => {
    const chairId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, as('ubnd.lead'))).data!.me.id;
    const { meeting } = await mutate<{ meeting: { id: string; version: number } }>(
      'ubnd.staff',
      'createMeeting',
      'CreateMeetingInput',
      {
        title: 'Làm việc với Sở Tài chính',
        heldOn: inDays(0),
        chairId,
        reviewedAgencyId: ids.STC,
        summary: 'Nghe báo cáo.',
        conclusion: 'Đề nghị Sở Tài chính bố trí kinh phí.',
        directives: [
          {
            content: 'Bố trí kinh phí số hóa hồ sơ địa chính.',
            kind: 'TASK',
            agencyId: ids.STC,
            supportingAgencyIds: [],
            category: 'KEY',
            domain: 'FINANCE',
            dueDate: inDays(30),
          },
        ],
      },
      'meeting { id version }',
    );
    const meetings = await itemsOf('ubnd.lead', 'MEETING');
    expect(meetings).toMatchObject([
      { reason: 'PUBLISH_CONCLUSION', record: { title: 'Làm việc với Sở Tài chính', code: null } },
    ]);
    expect(meetings[0].path).toBe(`/meetings/${meetings[0].record.id}`);
    expect((await queueOf('ubnd.lead')).counts.meetings).toBe(1);
    expect(await itemsOf('stc.lead', 'MEETING')).toEqual([]);

    await mutate('ubnd.lead', 'publishConclusion', 'PublishConclusionInput', meeting, 'meeting { id }');
    expect(await itemsOf('ubnd.lead', 'MEETING')).toEqual([]);
    // its directive became a task of Finance, due in 30 days: outside the 14-day window
    expect(about(await itemsOf('stc.lead', 'TASK'), 'Bố trí kinh phí số hóa hồ sơ địa chính.')).toEqual([]);
  });

  it('unread notifications come first, newest first, and leave once read', async () => {
    const queue = await queueOf('stnmt.lead');
    const unread = (
      await t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, as('stnmt.lead'))
    ).data!.unreadNotificationCount;
    expect(queue.counts.notifications).toBe(unread);
    const notifications = queue.items.filter((item) => item.kind === 'NOTIFICATION');
    expect(notifications.length).toBe(Math.min(unread, 5));
    expect(queue.items.slice(0, notifications.length)).toEqual(notifications);
    const times = notifications.map((item) => item.since);
    expect(times).toEqual([...times].sort().reverse());
    expect(notifications[0]).toMatchObject({ reason: 'READ_NOTIFICATION', record: { kind: 'NOTIFICATION' } });

    await mutate(
      'stnmt.lead',
      'markNotificationsRead',
      'MarkNotificationsReadInput',
      { ids: [notifications[0].record.id] },
      'unreadCount',
    );
    const after = await queueOf('stnmt.lead');
    expect(after.counts.notifications).toBe(unread - 1);
    expect(after.items.map((item) => item.id)).not.toContain(notifications[0].id);
  });

  it('counts say how many each section holds; total is the actions (notifications apart)', async () => {
    for (const username of ['ubnd.lead', 'stc.staff', 'stnmt.lead']) {
      const { counts, items } = await queueOf(username);
      for (const [kind, count] of [
        ['REQUEST', counts.requests],
        ['PROPOSAL', counts.proposals],
        ['TASK', counts.tasks],
        ['MEETING', counts.meetings],
      ] as const) {
        expect(items.filter((item) => item.kind === kind).length).toBe(Math.min(count, 20));
      }
      expect(counts.total).toBe(counts.requests + counts.proposals + counts.tasks + counts.meetings);
    }
  });

  it('an agency with nothing addressed to it has an empty queue', async () => {
    for (const username of ['cthue.staff']) {
      const { items, counts } = await queueOf(username);
      expect(items.filter((item) => item.kind !== 'NOTIFICATION')).toEqual([]);
      expect(counts.total).toBe(0);
    }
  });

  it('refuses an anonymous caller', async () => {
    const result = await t.gql(QUEUE);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reads the whole queue, as the client asks for it, in at most 3 SQL statements', async () => {
    for (const username of ['ubnd.lead', 'stc.staff']) {
      await t.gql(clientOperation('WorkQueue'), {}, as(username));
      t.statements.length = 0;
      const result = await t.gql<{ workQueue: Queue }>(clientOperation('WorkQueue'), {}, as(username));
      expect(result.errors).toBeUndefined();
      expect(result.data!.workQueue.items.length).toBeGreaterThan(0);
      // today its five reads go as ONE combined statement; the contract leaves room for the agency
      // hierarchy (agenciesActedFor) to cost a read of its own
      expect(t.statements.length).toBeLessThanOrEqual(3);
    }
  });
});
