import { provinceDate } from '../../shared/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { verifyDecisionSeals } from '../decisions';

const DAY = 86_400_000;

const DELEGATION = `id status form formText powers startsOn endsOn revokedAt
  grantor { fullName } delegate { fullName }`;
const CAPABILITIES = `me { capabilities { decideProposals signDecisions delegablePowers delegatedPowers } }`;

interface Delegation {
  id: string;
  status: string;
  form: string;
  formText: string;
  powers: string[];
  startsOn: string;
  endsOn: string;
  revokedAt: string | null;
  grantor: { fullName: string };
  delegate: { fullName: string };
}

interface Failure {
  code?: string;
  fields?: { field: string; code: string; messageKey?: string }[];
}

describe('delegation (ủy quyền): rules, acting under it, its end by the clock, revocation, audit', () => {
  let t: TestApp;
  // the clock the server judges delegations by: tests move it past a delegation's end
  let now = Date.now();
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};
  const as = (username: string) => tokens[username];
  const day = (offset: number) => provinceDate(new Date(now + offset * DAY));

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    for (const u of ['ubnd.lead', 'ubnd.staff', 'stnmt.lead', 'stnmt.staff', 'stc.lead', 'snv.lead'])
      tokens[u] = await t.login(u);
    tokens.admin = await t.login('admin');
    const members = await t.gql<{ agencies: { edges: { node: { members: { id: string; username: string }[] } }[] } }>(
      '{ agencies(first: 100) { edges { node { members { id username } } } } }',
      {},
      as('admin'),
    );
    for (const edge of members.data!.agencies.edges)
      for (const member of edge.node.members) users[member.username] = member.id;
  });
  afterAll(() => t.stop());

  async function delegate(token: string, input: Record<string, unknown>): Promise<Delegation> {
    const result = await t.gql<{ delegatePowers: { delegation: Delegation } }>(
      `mutation($input: DelegatePowersInput!) { delegatePowers(input: $input) { delegation { ${DELEGATION} } } }`,
      { input },
      token,
    );
    if (result.errors) throw Object.assign(new Error(result.errors[0].message), result.errors[0].extensions);
    return result.data!.delegatePowers.delegation;
  }
  async function revoke(token: string, delegationId: string): Promise<Delegation> {
    const result = await t.gql<{ revokeDelegation: { delegation: Delegation } }>(
      `mutation($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { delegation { ${DELEGATION} } } }`,
      { input: { delegationId } },
      token,
    );
    if (result.errors) throw Object.assign(new Error(result.errors[0].message), result.errors[0].extensions);
    return result.data!.revokeDelegation.delegation;
  }
  async function refusal(promise: Promise<unknown>): Promise<Failure> {
    try {
      await promise;
    } catch (error) {
      return error as Failure;
    }
    throw new Error('expected a refusal');
  }
  const capabilities = async (username: string) =>
    (
      await t.gql<{
        me: {
          capabilities: {
            decideProposals: boolean;
            signDecisions: boolean;
            delegablePowers: string[];
            delegatedPowers: string[];
          };
        };
      }>(`{ ${CAPABILITIES} }`, {}, as(username))
    ).data!.me.capabilities;
  const mine = async (username: string) =>
    (
      await t.gql<{ myDelegations: { given: Delegation[]; received: Delegation[] } }>(
        `{ myDelegations { given { ${DELEGATION} } received { ${DELEGATION} } } }`,
        {},
        as(username),
      )
    ).data!.myDelegations;

  /** A proposal waiting for the Committee's decision (no item needs appraisal). */
  async function proposalInReview(): Promise<{ id: string; version: number; itemId: string }> {
    const created = await t.gql<{ createProposal: { proposal: { id: string; version: number } } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }`,
      {
        input: {
          title: 'Điều chuyển máy quét cho chi nhánh đăng ký đất đai',
          rationale: 'Phục vụ số hóa hồ sơ địa chính.',
          fiscalYear: new Date(now).getUTCFullYear(),
          items: [
            {
              kind: 'EQUIPMENT',
              description: 'Máy quét khổ A3',
              quantity: 2,
              unit: 'bộ',
              amount: null,
              justification: 'Không cần kinh phí.',
            },
          ],
        },
      },
      as('stnmt.lead'),
    );
    const { id, version } = created.data!.createProposal.proposal;
    const sent = await t.gql<{
      submitProposal: { proposal: { status: string; version: number; items: { id: string }[] } };
    }>(
      `mutation($input: ProposalActionInput!) { submitProposal(input: $input) { proposal { status version items { id } } } }`,
      { input: { id, version } },
      as('stnmt.lead'),
    );
    expect(sent.data!.submitProposal.proposal.status).toBe('IN_REVIEW');
    const proposal = sent.data!.submitProposal.proposal;
    return { id, version: proposal.version, itemId: proposal.items[0].id };
  }
  const decide = (username: string, p: { id: string; version: number; itemId: string }) =>
    t.gql<{
      decideProposal: {
        proposal: {
          decisions: { signingForm: string; signerName: string; onBehalfOf: { fullName: string } | null }[];
          timeline: {
            type: string;
            actor: { fullName: string } | null;
            delegation: { form: string; formText: string; grantor: { fullName: string } } | null;
          }[];
        };
      };
    }>(
      `mutation($input: DecideProposalInput!) { decideProposal(input: $input) { proposal {
        decisions { signingForm signerName onBehalfOf { fullName } }
        timeline { type actor { fullName } delegation { form formText grantor { fullName } } } } } }`,
      {
        input: {
          id: p.id,
          version: p.version,
          grants: [{ itemId: p.itemId, grantedQuantity: 2, grantedAmount: null }],
          conditions: 'Bàn giao trong quý.',
        },
      },
      as(username),
    );

  it('refuses each broken rule with its code, naming the field', async () => {
    const valid = { delegateId: users['ubnd.staff'], powers: ['DECIDE'], startsOn: day(0), endsOn: day(7) };
    // a STAFF official holds no power to give
    expect((await refusal(delegate(as('stnmt.staff'), { ...valid, delegateId: users['stnmt.lead'] }))).code).toBe(
      'FORBIDDEN',
    );
    const expectField = async (
      who: string,
      input: Record<string, unknown>,
      field: string,
      code: string,
      key: string,
    ) => {
      const failure = await refusal(delegate(as(who), input));
      expect(failure.code).toBe('BAD_USER_INPUT');
      expect(failure.fields).toEqual([expect.objectContaining({ field, code, messageKey: key })]);
    };
    // DECIDE is a Committee LEAD's: a department's leader cannot give it
    await expectField(
      'stnmt.lead',
      { ...valid, delegateId: users['stnmt.staff'] },
      'powers',
      'NOT_ALLOWED',
      'delegation.powerNotHeld',
    );
    await expectField(
      'ubnd.lead',
      { ...valid, delegateId: users['ubnd.lead'] },
      'delegateId',
      'NOT_ALLOWED',
      'delegation.selfDelegation',
    );
    await expectField(
      'ubnd.lead',
      { ...valid, delegateId: users['stnmt.lead'] },
      'delegateId',
      'NOT_ALLOWED',
      'delegation.delegateOtherAgency',
    );
    await expectField(
      'ubnd.lead',
      { ...valid, delegateId: '00000000-0000-4000-8000-000000000000' },
      'delegateId',
      'NOT_FOUND',
      'error.notFound',
    );
    await expectField(
      'ubnd.lead',
      { ...valid, startsOn: day(3), endsOn: day(2) },
      'endsOn',
      'NOT_ALLOWED',
      'delegation.endBeforeStart',
    );
    await expectField('ubnd.lead', { ...valid, endsOn: day(90) }, 'endsOn', 'TOO_LONG', 'delegation.tooLong');
    await expectField(
      'ubnd.lead',
      { ...valid, startsOn: day(-1) },
      'startsOn',
      'NOT_ALLOWED',
      'delegation.startInPast',
    );
    await expectField('ubnd.lead', { ...valid, powers: [] }, 'powers', 'REQUIRED', 'delegation.noPowers');

    // a disabled official cannot be a delegate
    const disabled = await t.gql(
      'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }',
      { input: { userId: users['snv.staff'], active: false } },
      as('admin'),
    );
    expect(disabled.errors).toBeUndefined();
    await expectField(
      'snv.lead',
      { delegateId: users['snv.staff'], powers: ['APPRAISE'], startsOn: day(0), endsOn: day(1) },
      'delegateId',
      'NOT_ALLOWED',
      'delegation.delegateInactive',
    );
    // nothing was written by any refusal
    expect((await mine('ubnd.lead')).given).toEqual([]);
  });

  it('lets the delegate decide under it, signed TL. for the grantor, audited; the cache forgets at once', async () => {
    const proposal = await proposalInReview();
    // the delegate's session is remembered before the delegation exists
    expect(await capabilities('ubnd.staff')).toMatchObject({ decideProposals: false, delegatedPowers: [] });
    expect((await decide('ubnd.staff', proposal)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const given = await delegate(as('ubnd.lead'), {
      delegateId: users['ubnd.staff'],
      powers: ['DECIDE'],
      startsOn: day(0),
      endsOn: day(6),
    });
    expect(given).toMatchObject({
      status: 'ACTIVE',
      form: 'TL',
      formText: 'TL. CHỦ TỊCH / CHUYÊN VIÊN',
      grantor: { fullName: 'Lê Huyền' },
      delegate: { fullName: 'Nguyễn Thị Mai' },
    });
    // the same remembered session now holds the power: the change reached the session cache
    expect(await capabilities('ubnd.staff')).toMatchObject({
      decideProposals: true,
      signDecisions: true,
      delegablePowers: [],
      delegatedPowers: ['DECIDE'],
    });

    const decided = await decide('ubnd.staff', proposal);
    expect(decided.errors).toBeUndefined();
    const { decisions, timeline } = decided.data!.decideProposal.proposal;
    expect(decisions[0]).toEqual({
      signingForm: 'TL. CHỦ TỊCH / CHUYÊN VIÊN',
      signerName: 'Nguyễn Thị Mai',
      onBehalfOf: { fullName: 'Lê Huyền' },
    });
    expect(timeline.at(-1)).toEqual({
      type: 'DECIDED',
      actor: { fullName: 'Nguyễn Thị Mai' },
      delegation: { form: 'TL', formText: 'TL. CHỦ TỊCH / CHUYÊN VIÊN', grantor: { fullName: 'Lê Huyền' } },
    });
    // acts of the grantor's own are not under any delegation
    expect(timeline.filter((e) => e.type === 'SUBMITTED').map((e) => e.delegation)).toEqual([null]);

    const audit = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; details: Record<string, any> }[]>(
        `select action, details from audit_log where action in ('DELEGATION.GIVEN', 'PROPOSAL.DECIDED') order by id`,
      );
    expect(audit.map((a) => a.action)).toEqual(['DELEGATION.GIVEN', 'PROPOSAL.DECIDED']);
    expect(audit[0].details).toMatchObject({ delegateId: users['ubnd.staff'], powers: ['DECIDE'], form: 'TL' });
    expect(audit[1].details.delegation).toMatchObject({ delegationId: given.id, grantor: { fullName: 'Lê Huyền' } });
    // the decision's seal covers the delegation it was signed under
    expect((await verifyDecisionSeals(t.app.orm.em.fork())).problems).toEqual([]);
  });

  it('ends by itself when the clock passes its last day (no sweep)', async () => {
    const proposal = await proposalInReview();
    expect(await capabilities('ubnd.staff')).toMatchObject({ decideProposals: true });
    const before = now;
    now += 7 * DAY; // the delegation above ran through day(6)
    try {
      expect(await capabilities('ubnd.staff')).toMatchObject({ decideProposals: false, delegatedPowers: [] });
      expect((await decide('ubnd.staff', proposal)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await mine('ubnd.staff')).received.map((d) => d.status)).toEqual(['ENDED']);
      // an ended delegation cannot be revoked
      const ended = (await mine('ubnd.lead')).given[0];
      expect((await refusal(revoke(as('ubnd.lead'), ended.id))).code).toBe('INVALID_TRANSITION');
    } finally {
      now = before;
    }
  });

  it('starts on its first day, and stops at once when revoked (only by its grantor)', async () => {
    const proposal = await proposalInReview();
    const later = await delegate(as('ubnd.lead'), {
      delegateId: users['ubnd.staff'],
      powers: ['DECIDE'],
      startsOn: day(8),
      endsOn: day(9),
    });
    expect(later.status).toBe('UPCOMING');
    const before = now;
    try {
      now += 7 * DAY; // the first delegation has ended, this one has not begun
      expect(await capabilities('ubnd.staff')).toMatchObject({ decideProposals: false });
      now += DAY;
      expect(await capabilities('ubnd.staff')).toMatchObject({ decideProposals: true });
      // the delegate cannot revoke; an official who is no party to it does not see it
      expect((await refusal(revoke(as('ubnd.staff'), later.id))).code).toBe('FORBIDDEN');
      expect((await refusal(revoke(as('stnmt.lead'), later.id))).code).toBe('NOT_FOUND');
      const revoked = await revoke(as('ubnd.lead'), later.id);
      expect(revoked.status).toBe('REVOKED');
      expect(await capabilities('ubnd.staff')).toMatchObject({ decideProposals: false });
      expect((await decide('ubnd.staff', proposal)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await refusal(revoke(as('ubnd.lead'), later.id))).code).toBe('INVALID_TRANSITION');
    } finally {
      now = before;
    }
    const audit = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from audit_log where action = 'DELEGATION.REVOKED'`);
    expect(audit[0].n).toBe(1);
  });

  it("lets a department's staff decline a request under ACKNOWLEDGE, recorded in the request's timeline", async () => {
    const created = await t.gql<{ createRequest: { request: { id: string; version: number } } }>(
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { request { id version } } }`,
      {
        input: {
          title: 'Cung cấp số liệu thu ngân sách từ đất',
          body: 'Đề nghị cung cấp số liệu quý I.',
          domain: 'LAND',
          priority: 'NORMAL',
          leadAgencyId: (
            await t.gql<{ me: { agency: { id: string } } }>('{ me { agency { id } } }', {}, as('stnmt.lead'))
          ).data!.me.agency.id,
          supportingAgencyIds: [],
          dueDate: day(10),
        },
      },
      as('stc.lead'),
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createRequest.request;
    const submitted = await t.gql<{ submitRequest: { request: { version: number } } }>(
      `mutation($input: RequestActionInput!) { submitRequest(input: $input) { request { version } } }`,
      { input: { id, version } },
      as('stc.lead'),
    );
    expect(submitted.errors).toBeUndefined();
    const declineAs = (username: string, v: number) =>
      t.gql<{
        declineRequest: {
          request: {
            timeline: {
              type: string;
              delegation: { form: string; formText: string; grantor: { fullName: string } } | null;
            }[];
          };
        };
      }>(
        `mutation($input: RequestTextInput!) { declineRequest(input: $input) { request {
          timeline { type delegation { form formText grantor { fullName } } } } } }`,
        { input: { id, version: v, text: 'Không thuộc thẩm quyền.' } },
        as(username),
      );
    const v = submitted.data!.submitRequest.request.version;
    expect((await declineAs('stnmt.staff', v)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await delegate(as('stnmt.lead'), {
      delegateId: users['stnmt.staff'],
      powers: ['ACKNOWLEDGE'],
      startsOn: day(0),
      endsOn: day(0),
    });
    const declined = await declineAs('stnmt.staff', v);
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.declineRequest.request.timeline.at(-1)).toEqual({
      type: 'DECLINED',
      delegation: {
        form: 'TL',
        formText: 'TL. GIÁM ĐỐC / CHUYÊN VIÊN',
        grantor: { fullName: 'Trần Văn Hùng' },
      },
    });
  });

  it("lets a department's staff complete the department's task under CLOSE, recorded in the task's timeline", async () => {
    const committee = await t.gql<{ currentQuarter: { year: number; quarter: number } }>(
      '{ currentQuarter { year quarter } }',
      {},
      as('ubnd.lead'),
    );
    const stnmt = (await t.gql<{ me: { agency: { id: string } } }>('{ me { agency { id } } }', {}, as('stnmt.lead')))
      .data!.me.agency.id;
    const assigned = await t.gql<{ assignTask: { task: { id: string; version: number } } }>(
      `mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { id version } } }`,
      {
        input: {
          title: 'Rà soát hồ sơ cấp giấy chứng nhận tồn đọng',
          category: 'KEY',
          domain: 'LAND',
          period: { year: committee.data!.currentQuarter.year, quarter: committee.data!.currentQuarter.quarter },
          ownerAgencyId: stnmt,
          dueDate: day(20),
        },
      },
      as('ubnd.lead'),
    );
    expect(assigned.errors).toBeUndefined();
    const { id, version } = assigned.data!.assignTask.task;
    const completeAs = (username: string) =>
      t.gql<{
        completeTask: {
          task: {
            status: string;
            timeline: { type: string; delegation: { formText: string; grantor: { fullName: string } } | null }[];
          };
        };
      }>(
        `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { task {
          status timeline { type delegation { formText grantor { fullName } } } } } }`,
        { input: { id, version, note: 'Đã rà soát xong 1.200 hồ sơ.' } },
        as(username),
      );
    expect((await completeAs('stnmt.staff')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await delegate(as('stnmt.lead'), {
      delegateId: users['stnmt.staff'],
      powers: ['CLOSE'],
      startsOn: day(0),
      endsOn: day(1),
    });
    const completed = await completeAs('stnmt.staff');
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeTask.task.status).toBe('COMPLETED');
    expect(completed.data!.completeTask.task.timeline.at(-1)).toEqual({
      type: 'COMPLETED',
      delegation: { formText: 'TL. GIÁM ĐỐC / CHUYÊN VIÊN', grantor: { fullName: 'Trần Văn Hùng' } },
    });
  });
});
