import { startTestApp, type TestApp } from '../../test-support/test-app';

interface P {
  id: string;
  version: number;
  status: string;
  totalAmount: string;
  items: { id: string; quantity: number; amount: string | null }[];
}

/** Issue 18, finding 9: amounts a decision's bigint totals cannot hold are refused when typed. */
describe('proposal amounts are capped', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['stnmt.lead', 'stc.lead', 'ubnd.lead']) tokens[u] = await t.login(u);
  });
  afterAll(() => t.stop());

  const mutate = (who: string, name: string, type: string, input: Record<string, unknown>) =>
    t.gql<Record<string, { proposal: P }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { proposal { id version status totalAmount items { id quantity amount } } } }`,
      { input },
      tokens[who],
    );
  const draft = (amounts: string[]) =>
    mutate('stnmt.lead', 'createProposal', 'CreateProposalInput', {
      title: 'Kinh phí đầu tư hạ tầng số',
      rationale: 'Phục vụ liên thông hồ sơ',
      fiscalYear: new Date().getUTCFullYear(),
      items: amounts.map((amount, i) => ({
        kind: 'FUNDING',
        description: `Hạng mục ${i + 1}`,
        quantity: 1,
        unit: 'gói',
        amount,
        justification: 'Cần thiết',
      })),
    });

  it('refuses 11 lines of 999,999,999,999,999,999 ₫ at creation, naming each line and the limit', async () => {
    const result = await draft(Array(11).fill('999999999999999999'));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = result.errors![0].extensions!.fields as { field: string; code: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual([...Array.from({ length: 11 }, (_, i) => `items.${i}.amount`), 'items']);
    expect(fields.every((f) => f.code === 'TOO_LARGE')).toBe(true);
    expect(fields[0].message).toContain('10.000.000.000.000.000 đồng');
    expect(fields.at(-1)!.message).toContain('100.000.000.000.000.000 đồng');
  });

  it('refuses a total above the cap on update too, though each line is within its own', async () => {
    const created = (await draft(['1000'])).data!.createProposal.proposal;
    const updated = await mutate('stnmt.lead', 'updateProposalDraft', 'UpdateProposalDraftInput', {
      id: created.id,
      version: created.version,
      title: 'Kinh phí đầu tư hạ tầng số',
      rationale: 'Phục vụ liên thông hồ sơ',
      fiscalYear: new Date().getUTCFullYear(),
      items: Array.from({ length: 11 }, (_, i) => ({
        kind: 'FUNDING',
        description: `Hạng mục ${i + 1}`,
        quantity: 1,
        unit: 'gói',
        amount: '10000000000000000',
        justification: 'Cần thiết',
      })),
    });
    expect(updated.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'items', code: 'TOO_LARGE' }),
    ]);
  });

  it('decides a proposal at the cap: ten lines of 10^16 ₫, granted in full', async () => {
    const created = await draft(Array(10).fill('10000000000000000'));
    expect(created.errors).toBeUndefined();
    let p = created.data!.createProposal.proposal;
    expect(p.totalAmount).toBe('100000000000000000');
    p = (await mutate('stnmt.lead', 'submitProposal', 'ProposalActionInput', { id: p.id, version: p.version })).data!
      .submitProposal.proposal;
    p = (
      await mutate('stc.lead', 'appraiseProposal', 'AppraiseProposalInput', {
        id: p.id,
        version: p.version,
        opinion: 'SUPPORT',
        comment: 'Đồng ý.',
      })
    ).data!.appraiseProposal.proposal;
    const decided = await mutate('ubnd.lead', 'decideProposal', 'DecideProposalInput', {
      id: p.id,
      version: p.version,
      conditions: 'Thực hiện đúng quy định.',
      grants: p.items.map((i) => ({ itemId: i.id, grantedQuantity: i.quantity, grantedAmount: i.amount })),
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideProposal.proposal.status).toBe('DECIDED');
    const decision = await t.gql(
      `query($id: ID!) { proposal(id: $id) { decisions { totalGranted } } }`,
      { id: p.id },
      tokens['ubnd.lead'],
    );
    expect(decision.data?.proposal.decisions).toEqual([{ totalGranted: '100000000000000000' }]);
  });
});
