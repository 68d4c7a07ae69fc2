import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { agencyIds, inDays } from '../../test-support/request-helpers';

/**
 * Every creating or deciding mutation, three ways: a retry with the same key answers with the
 * first result, a retry with another payload is refused, concurrent retries run once.
 */
describe('idempotency keys', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let ids: Record<string, string>;
  let chairId: string;
  const year = Number(inDays(0).slice(0, 4));

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['stnmt.lead', 'stc.lead', 'snv.lead', 'ubnd.lead', 'ubnd.staff', 'admin'])
      tokens[u] = await t.login(u);
    ids = await agencyIds(t, tokens.admin);
    chairId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens['ubnd.lead'])).data!.me.id;
  });
  afterAll(() => t.stop());

  /** Runs a mutation and returns the id it answered with (or throws with the error code and fields). */
  const run = async (
    who: string,
    mutation: string,
    type: string,
    pick: string,
    input: Record<string, unknown>,
  ): Promise<string> => {
    const result = await t.gql<Record<string, Record<string, { id: string }>>>(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { ${pick} { id } } }`,
      { input },
      tokens[who],
    );
    if (result.errors)
      throw Object.assign(new Error(result.errors[0].message), {
        code: result.errors[0].extensions?.code,
        fields: result.errors[0].extensions?.fields,
      });
    return result.data![mutation][pick].id;
  };

  const submittedProposal = async () => {
    const id = await run('stnmt.lead', 'createProposal', 'CreateProposalInput', 'proposal', {
      title: 'Kinh phí kiểm thử chống gửi lặp',
      rationale: 'Kiểm thử.',
      fiscalYear: year,
      items: [{ kind: 'OTHER', description: 'Hạng mục', quantity: 1, unit: 'gói', justification: 'Cần.' }],
    });
    const version = async () =>
      (
        await t.gql<{ proposal: { version: number; items: { id: string }[] } }>(
          `query($id: ID!) { proposal(id: $id) { version items { id } } }`,
          { id },
          tokens['stnmt.lead'],
        )
      ).data!.proposal;
    await run('stnmt.lead', 'submitProposal', 'ProposalActionInput', 'proposal', {
      id,
      version: (await version()).version,
    });
    return { id, ...(await version()) };
  };

  const decidedDecisionId = async () => {
    const p = await submittedProposal();
    await run('ubnd.lead', 'decideProposal', 'DecideProposalInput', 'proposal', {
      id: p.id,
      version: p.version,
      conditions: 'Điều kiện.',
      grants: [{ itemId: p.items[0].id, grantedQuantity: 1 }],
    });
    const found = await t.gql<{ proposal: { decisions: { id: string }[] } }>(
      `query($id: ID!) { proposal(id: $id) { decisions { id } } }`,
      { id: p.id },
      tokens['ubnd.lead'],
    );
    return found.data!.proposal.decisions[0].id;
  };

  /** Each case: who, which mutation, and (a promise of) two different inputs for the same purpose. */
  const CASES: Record<
    string,
    () => Promise<{
      who: string;
      mutation: string;
      type: string;
      pick: string;
      input: Record<string, unknown>;
      other: Record<string, unknown>;
      count: string;
    }>
  > = {
    createRequest: async () => ({
      who: 'stnmt.lead',
      mutation: 'createRequest',
      type: 'CreateRequestInput',
      pick: 'request',
      input: {
        title: 'Đề nghị kiểm thử chống gửi lặp',
        body: 'Nội dung.',
        domain: 'LAND',
        dueDate: inDays(9),
        leadAgencyId: ids.STC,
        supportingAgencyIds: [],
      },
      other: {
        title: 'Đề nghị kiểm thử khác hẳn',
        body: 'Nội dung.',
        domain: 'LAND',
        dueDate: inDays(9),
        leadAgencyId: ids.STC,
        supportingAgencyIds: [],
      },
      count: 'select count(*)::int as n from requests',
    }),
    createProposal: async () => ({
      who: 'stnmt.lead',
      mutation: 'createProposal',
      type: 'CreateProposalInput',
      pick: 'proposal',
      input: {
        title: 'Đề xuất kiểm thử chống gửi lặp',
        rationale: 'Lý do.',
        fiscalYear: year,
        items: [
          {
            kind: 'FUNDING',
            description: 'Kinh phí',
            quantity: 1,
            unit: 'gói',
            amount: '1000000',
            justification: 'Cần.',
          },
        ],
      },
      other: {
        title: 'Đề xuất kiểm thử chống gửi lặp',
        rationale: 'Lý do.',
        fiscalYear: year,
        items: [
          {
            kind: 'FUNDING',
            description: 'Kinh phí',
            quantity: 1,
            unit: 'gói',
            amount: '2000000',
            justification: 'Cần.',
          },
        ],
      },
      count: 'select count(*)::int as n from proposals',
    }),
    decideProposal: async () => {
      const p = await submittedProposal();
      const base = { id: p.id, version: p.version, conditions: 'Điều kiện.' };
      return {
        who: 'ubnd.lead',
        mutation: 'decideProposal',
        type: 'DecideProposalInput',
        pick: 'proposal',
        input: { ...base, grants: [{ itemId: p.items[0].id, grantedQuantity: 1 }] },
        other: { ...base, grants: [{ itemId: p.items[0].id, grantedQuantity: 0 }] },
        count: 'select count(*)::int as n from decisions',
      };
    },
    amendDecision: async () => {
      const decisionId = await decidedDecisionId();
      const itemId = (
        await t.gql<{ decision: { lines: { itemId: string }[] } }>(
          `query($id: ID!) { decision(id: $id) { lines { itemId } } }`,
          { id: decisionId },
          tokens['ubnd.lead'],
        )
      ).data!.decision.lines[0].itemId;
      return {
        who: 'ubnd.lead',
        mutation: 'amendDecision',
        type: 'AmendDecisionInput',
        pick: 'decision',
        input: { decisionId, conditions: 'Sửa đổi.', grants: [{ itemId, grantedQuantity: 0 }] },
        other: { decisionId, conditions: 'Sửa đổi khác.', grants: [{ itemId, grantedQuantity: 0 }] },
        count: 'select count(*)::int as n from decisions',
      };
    },
    assignTask: async () => ({
      who: 'ubnd.lead',
      mutation: 'assignTask',
      type: 'AssignTaskInput',
      pick: 'task',
      input: {
        title: 'Nhiệm vụ kiểm thử chống gửi lặp',
        category: 'KEY',
        domain: 'LAND',
        period: { year, quarter: Math.floor((Number(inDays(0).slice(5, 7)) - 1) / 3) + 1 },
        ownerAgencyId: ids.STNMT,
        dueDate: inDays(5),
      },
      other: {
        title: 'Nhiệm vụ kiểm thử chống gửi lặp',
        category: 'KEY',
        domain: 'LAND',
        period: { year, quarter: Math.floor((Number(inDays(0).slice(5, 7)) - 1) / 3) + 1 },
        ownerAgencyId: ids.STC,
        dueDate: inDays(5),
      },
      count: 'select count(*)::int as n from tasks',
    }),
    createMeeting: async () => {
      const input = (content: string) => ({
        title: 'Buổi làm việc kiểm thử',
        heldOn: inDays(0),
        chairId,
        reviewedAgencyId: ids.STNMT,
        attendees: '',
        summary: 'Tóm tắt.',
        conclusion: 'Kết luận.',
        directives: [
          { content, kind: 'TASK', agencyId: ids.STNMT, category: 'KEY', domain: 'LAND', dueDate: inDays(20) },
        ],
      });
      return {
        who: 'ubnd.staff',
        mutation: 'createMeeting',
        type: 'CreateMeetingInput',
        pick: 'meeting',
        input: input('Chỉ đạo thứ nhất'),
        other: input('Chỉ đạo khác'),
        count: 'select count(*)::int as n from meetings',
      };
    },
    publishConclusion: async () => {
      const meetingId = await run('ubnd.staff', 'createMeeting', 'CreateMeetingInput', 'meeting', {
        title: 'Buổi làm việc để ban hành',
        heldOn: inDays(0),
        chairId,
        attendees: '',
        summary: 'Tóm tắt.',
        conclusion: 'Kết luận.',
        directives: [
          {
            content: 'Một chỉ đạo cần làm',
            kind: 'TASK',
            agencyId: ids.STNMT,
            category: 'KEY',
            domain: 'LAND',
            dueDate: inDays(20),
          },
        ],
      });
      return {
        who: 'ubnd.lead',
        mutation: 'publishConclusion',
        type: 'PublishConclusionInput',
        pick: 'meeting',
        input: { id: meetingId, version: 1 },
        other: { id: meetingId, version: 2 },
        count: `select count(*)::int as n from meetings where status = 'PUBLISHED'`,
      };
    },
    createAgency: async () => {
      const code = `K${randomUUID().slice(0, 6).toUpperCase()}`;
      return {
        who: 'admin',
        mutation: 'createAgency',
        type: 'CreateAgencyInput',
        pick: 'agency',
        input: { code, name: 'Cơ quan kiểm thử', shortName: 'CQ kiểm thử', kind: 'SECTOR' },
        other: { code, name: 'Cơ quan kiểm thử khác', shortName: 'CQ kiểm thử', kind: 'SECTOR' },
        count: 'select count(*)::int as n from agencies',
      };
    },
    createUser: async () => {
      const username = `kiemthu.${randomUUID().slice(0, 6)}`;
      const input = (title: string) => ({
        username,
        fullName: 'Người kiểm thử',
        title,
        role: 'STAFF',
        agencyId: ids.STNMT,
        password: 'mat-khau-du-dai-123',
      });
      return {
        who: 'admin',
        mutation: 'createUser',
        type: 'CreateUserInput',
        pick: 'user',
        input: input('Chuyên viên'),
        other: input('Lãnh đạo'),
        count: 'select count(*)::int as n from users',
      };
    },
  };

  const count = async (sql: string) => (await t.app.orm.em.fork().getConnection().execute<{ n: number }[]>(sql))[0].n;

  it.each(Object.keys(CASES))(
    '%s: a retry returns the first result, a different payload is refused, concurrent retries run once',
    async (name) => {
      const c = await CASES[name]();
      const before = await count(c.count);
      const key = randomUUID();
      // five at once with the same key: one runs, every one answers with its result
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => run(c.who, c.mutation, c.type, c.pick, { ...c.input, idempotencyKey: key })),
      );
      expect(new Set(answers).size).toBe(1);
      expect(await count(c.count)).toBe(before + 1);
      // a later retry: the same answer, nothing new
      expect(await run(c.who, c.mutation, c.type, c.pick, { ...c.input, idempotencyKey: key })).toBe(answers[0]);
      expect(await count(c.count)).toBe(before + 1);
      // the same key for something else is refused, clearly
      const refused = await run(c.who, c.mutation, c.type, c.pick, { ...c.other, idempotencyKey: key }).catch((e) => e);
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.fields).toEqual([expect.objectContaining({ field: 'idempotencyKey', code: 'TAKEN' })]);
      expect(await count(c.count)).toBe(before + 1);
    },
  );
});
