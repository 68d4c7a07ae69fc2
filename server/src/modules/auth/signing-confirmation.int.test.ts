import { startTestApp, type TestApp } from '../../test-support/test-app';
import { clientOperation } from '../../test-support/client-documents';
import { codeOf } from '../../test-support/request-helpers';

interface P {
  id: string;
  version: number;
  status: string;
  items: { id: string; quantity: number; amount: string | null }[];
}

const PASSWORD = 'đồng-lúa-xanh-mướt-2026';
const CREATE_USER =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id awaitingConfirmation } } }';
const CONFIRM =
  'mutation($input: ConfirmSigningOfficialInput!) { confirmSigningOfficial(input: $input) { username awaitingConfirmation } }';

/** Separation of duties: an ADMIN alone cannot make someone able to decide for the Committee. */
describe('a new Committee LEAD awaits confirmation by another', () => {
  let t: TestApp;
  let admin: string;
  let committeeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const page = await t.gql<{ agencies: { edges: { node: { id: string; code: string } }[] } }>(
      '{ agencies(first: 100) { edges { node { id code } } } }',
      {},
      admin,
    );
    committeeId = page.data!.agencies.edges.find((e) => e.node.code === 'UBND')!.node.id;
  });
  afterAll(() => t.stop());

  const mutate = async (token: string, name: string, type: string, input: Record<string, unknown>): Promise<P> => {
    const r = await t.gql<Record<string, { proposal: P }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { proposal { id version status items { id quantity amount } } } }`,
      { input },
      token,
    );
    if (r.errors) throw Object.assign(new Error(r.errors[0].message), { code: r.errors[0].extensions?.code });
    return r.data![name].proposal;
  };
  /** A proposal appraised and waiting for the Committee's decision. */
  const inReview = async () => {
    const [requester, appraiser] = [await t.login('stnmt.lead'), await t.login('stc.lead')];
    const draft = await mutate(requester, 'createProposal', 'CreateProposalInput', {
      title: 'Kinh phí chỉnh lý hồ sơ',
      rationale: 'Hồ sơ tồn đọng',
      fiscalYear: new Date().getUTCFullYear(),
      items: [
        {
          kind: 'FUNDING',
          description: 'Chỉnh lý hồ sơ',
          quantity: 1,
          unit: 'gói',
          amount: '500000000',
          justification: 'Hồ sơ tồn đọng',
        },
      ],
    });
    const submitted = await mutate(requester, 'submitProposal', 'ProposalActionInput', {
      id: draft.id,
      version: draft.version,
    });
    return mutate(appraiser, 'appraiseProposal', 'AppraiseProposalInput', {
      id: submitted.id,
      version: submitted.version,
      opinion: 'SUPPORT',
      comment: 'Đồng ý.',
    });
  };
  const decide = (token: string, p: P) =>
    mutate(token, 'decideProposal', 'DecideProposalInput', {
      id: p.id,
      version: p.version,
      conditions: 'Không.',
      grants: p.items.map((i) => ({ itemId: i.id, grantedQuantity: i.quantity, grantedAmount: i.amount })),
    });
  const createLead = async (username: string) => {
    const input = {
      username,
      password: PASSWORD,
      fullName: 'Trần Văn Bình',
      title: 'Phó Chủ tịch UBND tỉnh',
      role: 'LEAD',
      agencyId: committeeId,
    };
    return (
      await t.gql<{ createUser: { user: { id: string; awaitingConfirmation: boolean } } }>(
        CREATE_USER,
        { input },
        admin,
      )
    ).data!.createUser.user;
  };

  it('cannot decide until a confirmed Committee LEAD confirms, then can (after signing in again)', async () => {
    const created = await createLead('ubnd.pct-binh');
    expect(created.awaitingConfirmation).toBe(true);
    const pending = await t.login('ubnd.pct-binh', PASSWORD);
    const review = await inReview();
    expect(await codeOf(decide(pending, review))).toBe('FORBIDDEN');

    const confirm = (token: string) =>
      t.gql<{ confirmSigningOfficial: { username: string; awaitingConfirmation: boolean } }>(
        CONFIRM,
        { input: { userId: created.id } },
        token,
      );
    // neither the ADMIN who created them, nor the pending official, nor a LEAD outside the Committee
    for (const token of [admin, pending, await t.login('stc.lead')])
      expect((await confirm(token)).errors![0].extensions!.code).toBe('FORBIDDEN');

    const confirmed = await confirm(await t.login('ubnd.lead'));
    expect(confirmed.data!.confirmSigningOfficial).toEqual({ username: 'ubnd.pct-binh', awaitingConfirmation: false });
    expect((await t.gql('{ me { id } }', {}, pending)).data!.me).toBeNull(); // the pending session ended

    const signingOfficial = await t.login('ubnd.pct-binh', PASSWORD);
    expect((await decide(signingOfficial, review)).status).toBe('DECIDED');

    const audit = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; actor: string }[]>(
        `select a.action, u.username as actor from audit_log a join users u on u.id = a.actor_user_id where a.subject_id = ? order by a.id`,
        [created.id],
      );
    expect(audit).toEqual([
      { action: 'USER.CREATED', actor: 'admin' },
      { action: 'USER.SIGNING_CONFIRMED', actor: 'ubnd.lead' },
    ]);
  });

  it('does not let an unconfirmed Committee LEAD chair a meeting', async () => {
    const created = await createLead('ubnd.pct-chua-xac-nhan');
    const page = await t.gql<{ agencies: { edges: { node: { id: string; code: string } }[] } }>(
      '{ agencies(first: 100) { edges { node { id code } } } }',
      {},
      admin,
    );
    const stnmt = page.data!.agencies.edges.find((e) => e.node.code === 'STNMT')!.node.id;
    const today = new Date().toISOString().slice(0, 10);
    const directive = {
      content: 'Giải quyết hồ sơ tồn đọng',
      kind: 'TASK',
      agencyId: stnmt,
      supportingAgencyIds: [],
      category: 'KEY',
      domain: 'LAND',
      dueDate: `${Number(today.slice(0, 4)) + 1}-06-30`,
    };
    const meeting = (chairId: string) => ({
      title: 'Làm việc với Sở Tài nguyên và Môi trường',
      heldOn: today,
      chairId,
      reviewedAgencyId: stnmt,
      attendees: 'Lãnh đạo UBND tỉnh',
      summary: 'Nghe báo cáo.',
      conclusion: 'Tập trung giải quyết hồ sơ tồn đọng.',
      directives: [directive],
    });
    const office = await t.login('ubnd.staff');
    const refused = await t.gql(clientOperation('CreateMeeting'), { input: meeting(created.id) }, office);
    expect(refused.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.invalidInput',
      fields: [expect.objectContaining({ field: 'chairId', code: 'NOT_FOUND' })],
      requestId: expect.any(String),
    });
    // the same meeting chaired by a confirmed lead is accepted
    const chairId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, await t.login('ubnd.lead'))).data!.me.id;
    expect((await t.gql(clientOperation('CreateMeeting'), { input: meeting(chairId) }, office)).errors).toBeUndefined();
  });

  it('confirms only an official who awaits it', async () => {
    const staff = await t.gql<{ createUser: { user: { id: string; awaitingConfirmation: boolean } } }>(
      CREATE_USER,
      {
        input: {
          username: 'ubnd.cv-moi',
          password: PASSWORD,
          fullName: 'Lò Thị Mai',
          title: 'Chuyên viên',
          role: 'STAFF',
          agencyId: committeeId,
        },
      },
      admin,
    );
    expect(staff.data!.createUser.user.awaitingConfirmation).toBe(false);
    const lead = await t.login('ubnd.lead');
    const result = await t.gql(CONFIRM, { input: { userId: staff.data!.createUser.user.id } }, lead);
    expect(result.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.invalidInput',
      fields: [
        expect.objectContaining({ field: 'userId', code: 'NOT_ALLOWED', messageKey: 'auth.notAwaitingConfirmation' }),
      ],
      requestId: expect.any(String),
    });
    expect((await t.gql(CONFIRM, { input: { userId: 'khong-phai-id' } }, lead)).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
  });
});
