import { startTestApp, type TestApp } from '../../test-support/test-app';
import { codeOf } from '../../test-support/request-helpers';

const FIELDS = `id code status revision returnReason totalAmount version allowedActions
  items { id kind description quantity unit amount }
  appraisals { agency { code } kinds opinion recommendations { itemId amount quantity } }
  revisions { number totalAmount items { amount } }
  decisions { id numberText outcome signingForm signerName totalRequested totalGranted lines { grantedAmount grantedQuantity } }`;

interface ProposalData {
  id: string;
  code: string | null;
  status: string;
  revision: number;
  returnReason: string | null;
  totalAmount: string;
  version: number;
  allowedActions: string[];
  items: { id: string; kind: string; description: string; quantity: number; unit: string; amount: string | null }[];
  appraisals: {
    agency: { code: string };
    kinds: string[];
    opinion: string | null;
    recommendations: { itemId: string; amount: string | null; quantity: number | null }[];
  }[];
  revisions: { number: number; totalAmount: string; items: { amount: string | null }[] }[];
  decisions: {
    id: string;
    numberText: string;
    outcome: string;
    signingForm: string;
    signerName: string;
    totalRequested: string;
    totalGranted: string;
    lines: { grantedAmount: string | null; grantedQuantity: number }[];
  }[];
}

const BIG = '9007199254740993'; // above 2^53: must survive every hop exactly

describe('proposals, appraisal and numbered decisions', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (u: string) => tokens[u];
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of [
      'stnmt.lead',
      'stnmt.staff',
      'stc.lead',
      'stc.staff',
      'snv.lead',
      'skhdt.lead',
      'ubnd.lead',
      'ubnd.staff',
      'ubnd-dh.staff',
      'admin',
    ])
      tokens[u] = await t.login(u);
  });
  afterAll(() => t.stop());

  const mutate = async (
    token: string,
    name: string,
    type: string,
    input: Record<string, unknown>,
  ): Promise<ProposalData> => {
    const result = await t.gql<Record<string, { proposal: ProposalData }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { proposal { ${FIELDS} } } }`,
      { input },
      token,
    );
    if (result.errors)
      throw Object.assign(new Error(`${name}: ${result.errors[0].message}`), {
        code: result.errors[0].extensions?.code,
        fields: result.errors[0].extensions?.fields,
      });
    return result.data![name].proposal;
  };
  const get = async (token: string, id: string) =>
    t.gql<{ proposal: ProposalData }>(`query($id: ID!) { proposal(id: $id) { ${FIELDS} } }`, { id }, token);
  const draftInput = (extra: Record<string, unknown> = {}) => ({
    title: 'Bố trí kinh phí và biên chế giải quyết hồ sơ đất đai tồn đọng',
    rationale:
      'Thực hiện kết luận ngày 30/3/2023 của UBND tỉnh: bố trí đủ kinh phí, nguồn lực cho các nhiệm vụ trọng tâm về đất đai.',
    fiscalYear: year,
    items: [
      {
        kind: 'FUNDING',
        description: 'Kinh phí số hóa hồ sơ địa chính',
        quantity: 1,
        unit: 'gói',
        amount: '2500000000',
        justification: 'Số hóa 120.000 hồ sơ.',
      },
      {
        kind: 'PERSONNEL',
        description: 'Bổ sung biên chế cho Văn phòng Đăng ký đất đai',
        quantity: 12,
        unit: 'biên chế',
        amount: null,
        justification: 'Khối lượng hồ sơ tăng 40%.',
      },
      {
        kind: 'EQUIPMENT',
        description: 'Máy quét khổ A3',
        quantity: 6,
        unit: 'bộ',
        amount: '900000000',
        justification: 'Phục vụ số hóa tại 6 chi nhánh.',
      },
    ],
    ...extra,
  });
  const unappraised = {
    kind: 'EQUIPMENT',
    description: 'Máy quét được điều chuyển từ Sở TT&TT',
    quantity: 6,
    unit: 'bộ',
    amount: null,
    justification: 'Không cần kinh phí.',
  };
  const submit = (p: ProposalData, who = 'stnmt.lead') =>
    mutate(as(who), 'submitProposal', 'ProposalActionInput', { id: p.id, version: p.version });
  const grantAll = (p: ProposalData, fraction = 1n) =>
    p.items.map((i) => ({
      itemId: i.id,
      grantedQuantity: i.quantity,
      grantedAmount: i.amount === null ? null : ((BigInt(i.amount) * fraction) / 1n).toString(),
    }));

  it('runs draft → appraisal by Finance and Home Affairs → review → a numbered partial decision', async () => {
    const draft = await mutate(as('stnmt.staff'), 'createProposal', 'CreateProposalInput', draftInput());
    expect(draft).toMatchObject({
      status: 'DRAFT',
      code: null,
      totalAmount: '3400000000',
      allowedActions: ['UPDATE_DRAFT'],
    });
    expect(await codeOf(submit(draft, 'stnmt.staff'))).toBe('FORBIDDEN'); // sending commits the agency: LEAD

    const sent = await submit(draft);
    expect(sent.status).toBe('IN_APPRAISAL');
    expect(sent.code).toMatch(new RegExp(`^ĐX-${year}-\\d{4}$`));
    // Finance appraises every line that carries money, not only FUNDING
    expect(sent.appraisals.map((a) => `${a.agency.code}:${a.kinds.join('+')}`)).toEqual([
      'SNV:PERSONNEL',
      'STC:FUNDING+EQUIPMENT',
    ]);

    expect(
      await codeOf(
        mutate(as('stc.staff'), 'appraiseProposal', 'AppraiseProposalInput', {
          id: sent.id,
          version: sent.version,
          opinion: 'SUPPORT',
          comment: 'x',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(
        mutate(as('skhdt.lead'), 'appraiseProposal', 'AppraiseProposalInput', {
          id: sent.id,
          version: sent.version,
          opinion: 'SUPPORT',
          comment: 'x',
        }),
      ),
    ).toBe('NOT_FOUND');

    const funding = sent.items.find((i) => i.kind === 'FUNDING')!;
    const equipment = sent.items.find((i) => i.kind === 'EQUIPMENT')!;
    const byFinance = await mutate(as('stc.lead'), 'appraiseProposal', 'AppraiseProposalInput', {
      id: sent.id,
      version: sent.version,
      opinion: 'PARTIAL',
      comment: 'Đề nghị bố trí 1,8 tỷ đồng trong năm nay.',
      recommendations: [
        { itemId: funding.id, amount: '1800000000' },
        { itemId: equipment.id, amount: '900000000' },
      ],
    });
    expect(byFinance.status).toBe('IN_APPRAISAL');
    expect(byFinance.appraisals.find((a) => a.agency.code === 'STC')!.recommendations).toEqual([
      { itemId: funding.id, amount: '1800000000', quantity: 1 },
      { itemId: equipment.id, amount: '900000000', quantity: 6 },
    ]);

    const byHomeAffairs = await mutate(as('snv.lead'), 'appraiseProposal', 'AppraiseProposalInput', {
      id: sent.id,
      version: byFinance.version,
      opinion: 'SUPPORT',
      comment: 'Thống nhất.',
    });
    expect(byHomeAffairs.status).toBe('IN_REVIEW');
    expect((await get(as('ubnd.lead'), sent.id)).data!.proposal.allowedActions).toEqual([
      'RETURN_FOR_REVISION',
      'REOPEN_APPRAISAL',
      'DECIDE',
    ]);

    const grants = byHomeAffairs.items.map((i) => ({
      itemId: i.id,
      grantedQuantity: i.kind === 'PERSONNEL' ? 8 : i.quantity,
      grantedAmount: i.kind === 'FUNDING' ? '1800000000' : i.amount,
    }));
    const decideInput = {
      id: sent.id,
      version: byHomeAffairs.version,
      grants,
      conditions: 'Sở TN&MT báo cáo kết quả trước 31/12.',
    };
    expect(await codeOf(mutate(as('ubnd.staff'), 'decideProposal', 'DecideProposalInput', decideInput))).toBe(
      'FORBIDDEN',
    );
    const decided = await mutate(as('ubnd.lead'), 'decideProposal', 'DecideProposalInput', decideInput);
    expect(decided.status).toBe('DECIDED');
    expect(decided.decisions).toEqual([
      expect.objectContaining({
        outcome: 'PARTIALLY_APPROVED',
        signingForm: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
        signerName: 'Lê Huyền',
        totalRequested: '3400000000',
        totalGranted: '2700000000',
      }),
    ]);
    expect(decided.decisions[0].numberText).toMatch(/^\d+\/QĐ-UBND$/);

    // the Committee's "chờ quyết định" is settled by the decision: nothing left unread about it
    const bell = await t.gql<{
      notifications: { edges: { node: { kind: string; subjectId: string; read: boolean } }[] };
    }>('{ notifications(first: 50) { edges { node { kind subjectId read } } } }', {}, as('ubnd.staff'));
    const aboutIt = bell.data!.notifications.edges.map((e) => e.node).filter((n) => n.subjectId === sent.id);
    expect(aboutIt).toEqual([expect.objectContaining({ kind: 'PROPOSAL_TO_REVIEW', read: true })]);
    expect(
      (await t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, as('ubnd.staff'))).data!
        .unreadNotificationCount,
    ).toBe(0);

    // every signed-in official can read the decision; the proposal itself stays private
    const decision = await t.gql<{ decision: { numberText: string } }>(
      'query($id: ID!) { decision(id: $id) { numberText } }',
      { id: decided.decisions[0].id },
      as('ubnd-dh.staff'),
    );
    expect(decision.data!.decision.numberText).toBe(decided.decisions[0].numberText);
    expect((await get(as('ubnd-dh.staff'), sent.id)).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('sends equipment, land and other lines that carry money to Finance, not straight to the Committee', async () => {
    const items = [
      {
        kind: 'EQUIPMENT',
        description: 'Máy quét khổ A3',
        quantity: 6,
        unit: 'bộ',
        amount: '900000000',
        justification: 'Phục vụ số hóa.',
      },
      {
        kind: 'LAND',
        description: 'Mặt bằng kho lưu trữ hồ sơ',
        quantity: 1,
        unit: 'khu đất',
        amount: '300000000',
        justification: 'Lưu trữ hồ sơ giấy.',
      },
      {
        kind: 'OTHER',
        description: 'Thuê chuyên gia tư vấn',
        quantity: 1,
        unit: 'gói',
        amount: null,
        justification: 'Không kèm kinh phí.',
      },
    ];
    const sent = await submit(
      await mutate(as('stnmt.lead'), 'createProposal', 'CreateProposalInput', draftInput({ items })),
    );
    expect(sent.status).toBe('IN_APPRAISAL');
    expect(sent.appraisals.map((a) => `${a.agency.code}:${a.kinds.join('+')}`)).toEqual(['STC:EQUIPMENT+LAND']);
  });

  it('keeps amounts above 2^53 exact from input to totals to decision', async () => {
    const p = await mutate(
      as('stnmt.lead'),
      'createProposal',
      'CreateProposalInput',
      draftInput({
        items: [
          {
            kind: 'FUNDING',
            description: 'Dự án tổng thể',
            quantity: 1,
            unit: 'dự án',
            amount: BIG,
            justification: 'Kiểm tra số lớn.',
          },
        ],
      }),
    );
    expect(p.items[0].amount).toBe(BIG);
    expect(p.totalAmount).toBe(BIG);
    const sent = await submit(p);
    const reviewed = await mutate(as('stc.lead'), 'appraiseProposal', 'AppraiseProposalInput', {
      id: sent.id,
      version: sent.version,
      opinion: 'SUPPORT',
      comment: 'Đồng ý.',
    });
    expect(reviewed.revisions[0].totalAmount).toBe(BIG);
    const decided = await mutate(as('ubnd.lead'), 'decideProposal', 'DecideProposalInput', {
      id: reviewed.id,
      version: reviewed.version,
      grants: grantAll(reviewed),
      conditions: 'Không.',
    });
    expect(decided.decisions[0]).toMatchObject({
      outcome: 'APPROVED',
      totalGranted: BIG,
      lines: [{ grantedAmount: BIG, grantedQuantity: 1 }],
    });
    expect(
      await codeOf(
        mutate(
          as('stnmt.lead'),
          'createProposal',
          'CreateProposalInput',
          draftInput({ items: [{ ...draftInput().items[0], amount: '1.5' }] }),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('returns for revision and keeps the earlier revision readable', async () => {
    const sent = await submit(await mutate(as('stnmt.lead'), 'createProposal', 'CreateProposalInput', draftInput()));
    const returned = await mutate(as('ubnd.lead'), 'returnProposal', 'ProposalReasonInput', {
      id: sent.id,
      version: sent.version,
      reason: 'Cần làm rõ nhu cầu biên chế.',
    });
    expect(returned).toMatchObject({
      status: 'RETURNED',
      revision: 2,
      returnReason: 'Cần làm rõ nhu cầu biên chế.',
      allowedActions: [],
    });
    const revised = await mutate(as('stnmt.lead'), 'updateProposalDraft', 'UpdateProposalDraftInput', {
      ...draftInput({ items: draftInput().items.map((i) => (i.kind === 'PERSONNEL' ? { ...i, quantity: 8 } : i)) }),
      id: returned.id,
      version: returned.version,
    });
    const resent = await submit(revised);
    expect(resent.status).toBe('IN_APPRAISAL');
    expect(resent.appraisals.every((a) => a.opinion === null)).toBe(true);
    expect(resent.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(resent.revisions[0].items).toHaveLength(3);
  });

  it('lets exactly one of two leaders deciding at once succeed, with one number', async () => {
    const admin = as('admin');
    const committee = await t.gql<{ agencies: { edges: { node: { id: string } }[] } }>(
      '{ agencies(filter: { search: "UBND", rootsOnly: true, kind: PEOPLES_COMMITTEE }) { edges { node { id } } } }',
      {},
      admin,
    );
    const created = await t.gql<{ createUser: { user: { id: string } } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
      {
        input: {
          username: 'ubnd.chutich',
          password: 'mat-khau-chu-tich',
          fullName: 'Nguyễn Văn Chủ',
          title: 'Chủ tịch UBND tỉnh',
          role: 'LEAD',
          agencyId: committee.data!.agencies.edges[0].node.id,
        },
      },
      admin,
    );
    // a new signing official decides only once another Committee lead has confirmed them
    const confirmed = await t.gql(
      'mutation($input: ConfirmSigningOfficialInput!) { confirmSigningOfficial(input: $input) { awaitingConfirmation } }',
      { input: { userId: created.data!.createUser.user.id } },
      as('ubnd.lead'),
    );
    expect(confirmed.errors).toBeUndefined();
    const chair = await t.login('ubnd.chutich', 'mat-khau-chu-tich');

    const sent = await submit(
      await mutate(as('stnmt.lead'), 'createProposal', 'CreateProposalInput', draftInput({ items: [unappraised] })),
    );
    expect(sent.status).toBe('IN_REVIEW'); // equipment without money: nobody to appraise
    const input = { id: sent.id, version: sent.version, grants: grantAll(sent), conditions: 'Không.' };
    const results = await Promise.allSettled([
      mutate(as('ubnd.lead'), 'decideProposal', 'DecideProposalInput', input),
      mutate(chair, 'decideProposal', 'DecideProposalInput', input),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.code).toBe('CONFLICT');
    const decided = (await get(as('stnmt.lead'), sent.id)).data!.proposal;
    expect(decided.decisions).toHaveLength(1);
    expect(['CHỦ TỊCH', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH']).toContain(decided.decisions[0].signingForm);
  });

  it('numbers many simultaneous decisions gaplessly and uniquely', async () => {
    const ready = await Promise.all(
      Array.from({ length: 8 }, async () =>
        submit(
          await mutate(as('stnmt.lead'), 'createProposal', 'CreateProposalInput', draftInput({ items: [unappraised] })),
        ),
      ),
    );
    await Promise.all(
      ready.map((p) =>
        mutate(as('ubnd.lead'), 'decideProposal', 'DecideProposalInput', {
          id: p.id,
          version: p.version,
          grants: grantAll(p),
          conditions: 'Không.',
        }),
      ),
    );
    const register = await t.gql<{ decisions: { edges: { node: { number: number; year: number } }[] } }>(
      '{ decisions(first: 100) { edges { node { number year } } } }',
      {},
      as('stc.staff'),
    );
    const numbers = register.data!.decisions.edges.map((e) => e.node.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  });

  it('answers a retried create or decide with the first result', async () => {
    const first = await mutate(
      as('stnmt.lead'),
      'createProposal',
      'CreateProposalInput',
      draftInput({ idempotencyKey: 'form-1', items: [unappraised] }),
    );
    const again = await mutate(
      as('stnmt.lead'),
      'createProposal',
      'CreateProposalInput',
      draftInput({ idempotencyKey: 'form-1', items: [unappraised] }),
    );
    expect(again.id).toBe(first.id);
    const sent = await submit(first);
    const input = {
      id: sent.id,
      version: sent.version,
      grants: grantAll(sent),
      conditions: 'Không.',
      idempotencyKey: 'decide-1',
    };
    const decided = await mutate(as('ubnd.lead'), 'decideProposal', 'DecideProposalInput', input);
    const retried = await mutate(as('ubnd.lead'), 'decideProposal', 'DecideProposalInput', input);
    expect(retried.decisions.map((d) => d.id)).toEqual(decided.decisions.map((d) => d.id));
  });

  it('refuses to change an issued decision, even with direct SQL', async () => {
    const register = await t.gql<{ decisions: { edges: { node: { id: string } }[] } }>(
      '{ decisions(first: 1) { edges { node { id } } } }',
      {},
      as('stc.staff'),
    );
    const em = t.app.orm.em.fork();
    await expect(
      em
        .getConnection()
        .execute(`update decisions set conditions = 'sửa lén' where id = ?`, [
          register.data!.decisions.edges[0].node.id,
        ]),
    ).rejects.toThrow(/immutable/);
    await expect(em.getConnection().execute('delete from decisions')).rejects.toThrow(/immutable/);
  });

  it('validates proposals field by field', async () => {
    const error = await mutate(
      as('stnmt.lead'),
      'createProposal',
      'CreateProposalInput',
      draftInput({
        title: '',
        fiscalYear: 1999,
        items: [{ kind: 'FUNDING', description: 'x', quantity: 0, unit: '', amount: null, justification: 'y' }],
      }),
    ).catch((e) => e);
    expect(error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort()).toEqual([
      'fiscalYear:INVALID_FORMAT',
      'items.0.amount:REQUIRED',
      'items.0.quantity:INVALID_FORMAT',
      'items.0.unit:REQUIRED',
      'title:REQUIRED',
    ]);
  });
});
