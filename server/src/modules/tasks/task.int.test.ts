import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act as actOnRequest, agencyIds, codeOf, inDays } from '../../test-support/request-helpers';
import { waitFor } from '../../test-support/wait-for';
import { quarterEnd } from './quarter';

const FIELDS = `id code status group progressPercent completedOn cancelReason version allowedActions dueDate
  period { year quarter } ownerAgency { code } carriedFrom { id } carriedTo { id code period { quarter } }
  progressReports { percent note } linkedRequests { id code } linkedProposals { id }`;

interface TaskData {
  id: string;
  code: string;
  status: string;
  group: string | null;
  progressPercent: number;
  completedOn: string | null;
  cancelReason: string | null;
  version: number;
  allowedActions: string[];
  dueDate: string;
  period: { year: number; quarter: number };
  ownerAgency: { code: string };
  carriedFrom: { id: string } | null;
  carriedTo: { id: string; code: string; period: { quarter: number } } | null;
  progressReports: { percent: number; note: string }[];
  linkedRequests: { id: string; code: string }[];
  linkedProposals: { id: string }[];
}

describe('tasks: assignment, progress, completion, permissions, links and live updates', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (u: string) => tokens[u];
  let ids: Record<string, string>;
  const today = inDays(0);
  const [year, month] = today.split('-').map(Number);
  const period = { year, quarter: Math.floor((month - 1) / 3) + 1 };

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['ubnd.lead', 'ubnd.staff', 'stnmt.lead', 'stnmt.staff', 'stc.lead']) tokens[u] = await t.login(u);
    ids = await agencyIds(t, as('ubnd.lead'));
  });
  afterAll(() => t.stop());

  const mutate = async (
    token: string,
    name: string,
    type: string,
    input: Record<string, unknown>,
  ): Promise<TaskData> => {
    const result = await t.gql<Record<string, { task: TaskData }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { task { ${FIELDS} } } }`,
      { input },
      token,
    );
    if (result.errors)
      throw Object.assign(new Error(`${name}: ${result.errors[0].message}`), {
        code: result.errors[0].extensions?.code,
        fields: result.errors[0].extensions?.fields,
      });
    return result.data![name].task;
  };
  const assign = (extra: Record<string, unknown> = {}, who = 'ubnd.lead') =>
    mutate(as(who), 'assignTask', 'AssignTaskInput', {
      title: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng',
      category: 'KEY',
      domain: 'LAND',
      period,
      ownerAgencyId: ids.STNMT,
      dueDate: inDays(10),
      ...extra,
    });
  const ref = (task: TaskData) => ({ id: task.id, version: task.version });

  it('runs assign → progress → completion by the agency leader, and the Committee reopens', async () => {
    expect(await codeOf(assign({}, 'ubnd.staff'))).toBe('FORBIDDEN');
    expect(await codeOf(assign({}, 'stnmt.lead'))).toBe('FORBIDDEN');
    const task = await assign();
    expect(task).toMatchObject({
      status: 'OPEN',
      group: 'NOT_DONE_WITHIN_DEADLINE',
      progressPercent: 0,
      ownerAgency: { code: 'STNMT' },
    });
    expect(task.code).toMatch(new RegExp(`^NV-${year}-\\d{4}$`));

    const staffView = await t.gql<{ task: TaskData }>(
      `query($id: ID!) { task(id: $id) { allowedActions } }`,
      { id: task.id },
      as('stnmt.staff'),
    );
    expect(staffView.data!.task.allowedActions).toEqual(['REPORT_PROGRESS', 'LINK']);

    const reported = await mutate(as('stnmt.staff'), 'reportTaskProgress', 'ReportTaskProgressInput', {
      ...ref(task),
      percent: 60,
      note: 'Đã xử lý 600/1.000 hồ sơ.',
    });
    expect(reported.progressReports).toEqual([{ percent: 60, note: 'Đã xử lý 600/1.000 hồ sơ.' }]);
    expect(
      await codeOf(
        mutate(as('stnmt.staff'), 'reportTaskProgress', 'ReportTaskProgressInput', {
          ...ref(reported),
          percent: 120,
          note: 'x',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await codeOf(mutate(as('stnmt.staff'), 'completeTask', 'CompleteTaskInput', { ...ref(reported), note: 'Xong.' })),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(mutate(as('stnmt.lead'), 'completeTask', 'CompleteTaskInput', { ...ref(task), note: 'Xong.' })),
    ).toBe('CONFLICT'); // stale version

    const done = await mutate(as('stnmt.lead'), 'completeTask', 'CompleteTaskInput', {
      ...ref(reported),
      note: 'Đã hoàn thành.',
    });
    expect(done).toMatchObject({
      status: 'COMPLETED',
      group: 'COMPLETED_ON_TIME',
      progressPercent: 100,
      completedOn: today,
    });
    expect(
      await codeOf(mutate(as('stnmt.lead'), 'completeTask', 'CompleteTaskInput', { ...ref(done), note: 'Lần nữa.' })),
    ).toBe('INVALID_TRANSITION');
    expect(await codeOf(mutate(as('stnmt.lead'), 'reopenTask', 'TaskReasonInput', { ...ref(done), reason: 'x' }))).toBe(
      'FORBIDDEN',
    );

    const reopened = await mutate(as('ubnd.lead'), 'reopenTask', 'TaskReasonInput', {
      ...ref(done),
      reason: 'Báo cáo chưa đủ hồ sơ minh chứng.',
    });
    expect(reopened).toMatchObject({ status: 'OPEN', completedOn: null, group: 'NOT_DONE_WITHIN_DEADLINE' });
    const cancelled = await mutate(as('ubnd.lead'), 'cancelTask', 'TaskReasonInput', {
      ...ref(reopened),
      reason: 'Đã gộp vào nhiệm vụ khác.',
    });
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      group: null,
      cancelReason: 'Đã gộp vào nhiệm vụ khác.',
      allowedActions: [],
    });
  });

  it('hides a task from other agencies (NOT_FOUND for reads and every mutation) and shows the Committee everything', async () => {
    const task = await assign();
    expect(
      (await t.gql(`query($id: ID!) { task(id: $id) { id } }`, { id: task.id }, as('stc.lead'))).errors![0].extensions!
        .code,
    ).toBe('NOT_FOUND');
    for (const [name, type, extra] of [
      ['reportTaskProgress', 'ReportTaskProgressInput', { percent: 10, note: 'x' }],
      ['completeTask', 'CompleteTaskInput', { note: 'x' }],
      ['reopenTask', 'TaskReasonInput', { reason: 'x' }],
      ['cancelTask', 'TaskReasonInput', { reason: 'x' }],
      ['linkTaskRequests', 'LinkTaskRequestsInput', { requestIds: [] }],
    ] as const) {
      expect(await codeOf(mutate(as('stc.lead'), name, type, { ...ref(task), ...extra }))).toBe('NOT_FOUND');
    }
    const list = await t.gql<{ tasks: { edges: { node: { id: string } }[] } }>(
      '{ tasks(first: 100) { edges { node { id } } } }',
      {},
      as('stc.lead'),
    );
    expect(list.data!.tasks.edges.map((e) => e.node.id)).not.toContain(task.id);
    const committee = await t.gql<{ tasks: { edges: { node: { id: string } }[] } }>(
      '{ tasks(first: 100) { edges { node { id } } } }',
      {},
      as('ubnd.staff'),
    );
    expect(committee.data!.tasks.edges.map((e) => e.node.id)).toContain(task.id);
  });

  it('refuses bad assignments field by field', async () => {
    const error = await assign({
      title: 'x',
      dueDate: '2020-01-01',
      ownerAgencyId: '00000000-0000-4000-8000-000000000000',
      period: { year: 2020, quarter: 5 },
    }).catch((e) => e);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'dueDate',
      'ownerAgencyId',
      'period',
      'title',
    ]);
  });

  it('links requests and proposals both ways, showing only what the viewer may read', async () => {
    const request = await actOnRequest(t, as('stnmt.lead'), 'createRequest', 'CreateRequestInput', {
      title: 'Phối hợp đo đạc chỉnh lý bản đồ địa chính',
      body: 'Đề nghị phối hợp.',
      domain: 'LAND',
      dueDate: inDays(20),
      leadAgencyId: ids['UBND-DH'],
      supportingAgencyIds: [],
    });
    const sent = await actOnRequest(t, as('stnmt.lead'), 'submitRequest', 'RequestActionInput', {
      id: request.id,
      version: request.version,
    });
    const task = await assign();
    const linked = await mutate(as('stnmt.staff'), 'linkTaskRequests', 'LinkTaskRequestsInput', {
      ...ref(task),
      requestIds: [sent.id],
    });
    expect(linked.linkedRequests).toEqual([{ id: sent.id, code: sent.code }]);

    const fromRequest = await t.gql<{ request: { linkedTasks: { id: string }[] } }>(
      `query($id: ID!) { request(id: $id) { linkedTasks { id } } }`,
      { id: sent.id },
      as('stnmt.staff'),
    );
    expect(fromRequest.data!.request.linkedTasks).toEqual([{ id: task.id }]);
    // the addressed locality reads the request but not Sở TN&MT's task
    const dh = await t.login('ubnd-dh.lead');
    const fromLocality = await t.gql<{ request: { linkedTasks: { id: string }[] } }>(
      `query($id: ID!) { request(id: $id) { linkedTasks { id } } }`,
      { id: sent.id },
      dh,
    );
    expect(fromLocality.data!.request.linkedTasks).toEqual([]);
    // a request the agency cannot read cannot be linked to its task
    const stcTask = await assign({ ownerAgencyId: ids.STC, domain: 'FINANCE' });
    const refused = await mutate(as('stc.lead'), 'linkTaskRequests', 'LinkTaskRequestsInput', {
      ...ref(stcTask),
      requestIds: [sent.id],
    }).catch((e) => e);
    expect(refused.fields).toEqual([expect.objectContaining({ field: 'requestIds', code: 'NOT_FOUND' })]);

    const proposal = await t.gql<{ createProposal: { proposal: { id: string; linkedTasks: { id: string }[] } } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id linkedTasks { id } } } }`,
      {
        input: {
          title: 'Kinh phí đo đạc bản đồ địa chính',
          rationale: 'Để hoàn thành nhiệm vụ.',
          fiscalYear: year,
          items: [
            {
              kind: 'FUNDING',
              description: 'Đo đạc',
              quantity: 1,
              unit: 'gói',
              amount: '500000000',
              justification: 'Cần thiết.',
            },
          ],
          linkedTaskIds: [task.id],
        },
      },
      as('stnmt.staff'),
    );
    expect(proposal.data!.createProposal.proposal.linkedTasks).toEqual([{ id: task.id }]);
    const stcTaskLink = await t.gql(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }`,
      {
        input: {
          title: 'Đề xuất thử liên kết sai',
          rationale: 'x',
          fiscalYear: year,
          items: [{ kind: 'OTHER', description: 'x', quantity: 1, unit: 'x', justification: 'x' }],
          linkedTaskIds: [task.id],
        },
      },
      as('stc.lead'),
    );
    expect(stcTaskLink.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'linkedTaskIds', code: 'NOT_FOUND' }),
    ]);
    const again = await t.gql<{ task: TaskData }>(
      `query($id: ID!) { task(id: $id) { linkedProposals { id } } }`,
      { id: task.id },
      as('stnmt.staff'),
    );
    expect(again.data!.task.linkedProposals).toEqual([{ id: proposal.data!.createProposal.proposal.id }]); // a draft: its own agency sees it
  });

  it('pushes task changes live to the owning agency and the Committee, never to others', async () => {
    const task = await assign();
    const seen: Record<string, string[]> = { 'stnmt.staff': [], 'ubnd.lead': [], 'stc.lead': [] };
    const stops = Object.keys(seen).map((who) =>
      t
        .wsClient(as(who))
        .subscribe<{ taskFeed: { event: { type: string }; task: { id: string; progressPercent: number } } }>(
          { query: 'subscription { taskFeed { event { type } task { id progressPercent } } }' },
          {
            next: (message) =>
              seen[who].push(`${message.data!.taskFeed.event.type}:${message.data!.taskFeed.task.progressPercent}`),
            error: () => {},
            complete: () => {},
          },
        ),
    );
    // the subscriptions are live once a change made after them arrives: report until it does
    let percent = 0;
    await waitFor(async () => {
      if (seen['stnmt.staff'].length > 0 && seen['ubnd.lead'].length > 0) return true;
      const current = await t.gql<{ task: TaskData }>(
        `query($id: ID!) { task(id: $id) { version } }`,
        { id: task.id },
        as('stnmt.staff'),
      );
      percent += 1;
      await mutate(as('stnmt.staff'), 'reportTaskProgress', 'ReportTaskProgressInput', {
        id: task.id,
        version: current.data!.task.version,
        percent,
        note: 'Tiến độ.',
      });
      return undefined;
    }, 'the progress event on both subscriptions');
    expect(seen['stnmt.staff'].at(-1)).toBe(`PROGRESS_REPORTED:${percent}`);
    await waitFor(
      () => (seen['ubnd.lead'].at(-1) === `PROGRESS_REPORTED:${percent}` ? true : undefined),
      "the Committee's copy",
    );
    expect(seen['stc.lead']).toEqual([]);
    stops.forEach((stop) => stop());
  });

  it('closes a quarter only from its last day, and only as a Committee leader', async () => {
    const close = (who: string) =>
      t.gql(
        `mutation { closeQuarter(input: { period: { year: ${year}, quarter: ${period.quarter} } }) { carriedOver { id } } }`,
        {},
        as(who),
      );
    expect((await close('stnmt.lead')).errors![0].extensions!.code).toBe('FORBIDDEN');
    const result = await close('ubnd.lead');
    if (today < quarterEnd(period))
      expect(result.errors![0].extensions!.fields).toEqual([
        expect.objectContaining({ field: 'period', code: 'NOT_ALLOWED' }),
      ]);
    else expect(result.errors).toBeUndefined();
  });
});
