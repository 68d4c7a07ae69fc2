import { startTestApp, type TestApp } from '../../test-support/test-app';

const DECISION = `id numberText kind outcome title totalGranted conditions amends { id numberText kind } amendedBy { id numberText kind }
  lines { itemId grantedQuantity grantedAmount }`;
type DecisionData = {
  id: string;
  numberText: string;
  kind: string;
  outcome: string;
  title: string;
  totalGranted: string;
  conditions: string;
  amends: { id: string } | null;
  amendedBy: { id: string; kind: string }[];
  lines: { itemId: string; grantedQuantity: number; grantedAmount: string | null }[];
};

describe('amending and revoking decisions', () => {
  let t: TestApp;
  let chair: string;
  let original: DecisionData;

  beforeAll(async () => {
    t = await startTestApp({ config: { appraisalRouting: { FUNDING: 'STC' } } }); // equipment goes straight to the Committee
    chair = await t.login('ubnd.lead');
    const department = await t.login('stnmt.lead');
    const created = await t.gql<{ createProposal: { proposal: { id: string; version: number } } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }`,
      {
        input: {
          title: 'Trang bị máy quét cho chi nhánh',
          rationale: 'Số hóa hồ sơ',
          fiscalYear: new Date().getUTCFullYear(),
          items: [
            {
              kind: 'EQUIPMENT',
              description: 'Máy quét A3',
              quantity: 4,
              unit: 'bộ',
              amount: '600000000',
              justification: 'Mỗi chi nhánh một bộ',
            },
          ],
        },
      },
      department,
    );
    const p = created.data!.createProposal.proposal;
    const sent = await t.gql<{ submitProposal: { proposal: { version: number; items: { id: string }[] } } }>(
      'mutation($input: ProposalActionInput!) { submitProposal(input: $input) { proposal { version items { id } } } }',
      { input: { id: p.id, version: p.version } },
      department,
    );
    const s = sent.data!.submitProposal.proposal;
    const decided = await t.gql<{ decideProposal: { proposal: { decisions: DecisionData[] } } }>(
      `mutation($input: DecideProposalInput!) { decideProposal(input: $input) { proposal { decisions { ${DECISION} } } } }`,
      {
        input: {
          id: p.id,
          version: s.version,
          grants: [{ itemId: s.items[0].id, grantedQuantity: 2, grantedAmount: '300000000' }],
          conditions: 'Trang bị trước quý III.',
        },
      },
      chair,
    );
    original = decided.data!.decideProposal.proposal.decisions[0];
  });
  afterAll(() => t.stop());

  const amend = (token: string, input: Record<string, unknown>) =>
    t.gql<{ amendDecision: { decision: DecisionData } }>(
      `mutation($input: AmendDecisionInput!) { amendDecision(input: $input) { decision { ${DECISION} } } }`,
      { input },
      token,
    );
  const revoke = (token: string, input: Record<string, unknown>) =>
    t.gql<{ revokeDecision: { decision: DecisionData } }>(
      `mutation($input: RevokeDecisionInput!) { revokeDecision(input: $input) { decision { ${DECISION} } } }`,
      { input },
      token,
    );

  it('amends with a new numbered decision that links both ways, leaving the original unchanged', async () => {
    expect(original).toMatchObject({ outcome: 'PARTIALLY_APPROVED', totalGranted: '300000000' });
    const amended = (
      await amend(chair, {
        decisionId: original.id,
        grants: [{ itemId: original.lines[0].itemId, grantedQuantity: 4, grantedAmount: '600000000' }],
        conditions: 'Bổ sung đủ 4 bộ.',
      })
    ).data!.amendDecision.decision;
    expect(amended).toMatchObject({
      kind: 'AMENDMENT',
      outcome: 'APPROVED',
      totalGranted: '600000000',
      amends: { id: original.id },
    });
    expect(amended.title).toBe(`Về việc sửa đổi Quyết định số ${original.numberText}`);
    expect(Number(amended.numberText.split('/')[0])).toBe(Number(original.numberText.split('/')[0]) + 1);

    const again = await t.gql<{ decision: DecisionData }>(
      `query($id: ID!) { decision(id: $id) { ${DECISION} } }`,
      { id: original.id },
      chair,
    );
    expect(again.data!.decision).toMatchObject({
      totalGranted: '300000000',
      conditions: 'Trang bị trước quý III.',
      amendedBy: [{ id: amended.id, kind: 'AMENDMENT' }],
    });
  });

  it('lets only a Committee leader revoke, then refuses further changes', async () => {
    const staff = await t.login('ubnd.staff');
    const departmentLead = await t.login('stnmt.lead');
    expect((await revoke(staff, { decisionId: original.id, reason: 'x' })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await revoke(departmentLead, { decisionId: original.id, reason: 'x' })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );

    const revocation = (
      await revoke(chair, {
        decisionId: original.id,
        reason: 'Dự án điều chỉnh nguồn vốn.',
        idempotencyKey: 'revoke-1',
      })
    ).data!.revokeDecision.decision;
    expect(revocation).toMatchObject({
      kind: 'REVOCATION',
      outcome: 'REVOKED',
      amends: { id: original.id },
      lines: [],
    });
    const retried = (
      await revoke(chair, {
        decisionId: original.id,
        reason: 'Dự án điều chỉnh nguồn vốn.',
        idempotencyKey: 'revoke-1',
      })
    ).data!.revokeDecision.decision;
    expect(retried.id).toBe(revocation.id);

    // the requesting agency hears of it: Vietnamese text, and a catalog key the client renders in its language
    const { data } = await t.gql<{ notifications: { edges: { node: Record<string, unknown> }[] } }>(
      '{ notifications(first: 1) { edges { node { kind message messageKey messageParams { name value } } } } }',
      {},
      departmentLead,
    );
    expect(data!.notifications.edges[0].node).toEqual({
      kind: 'DECISION_REVOKED',
      message: `Về việc bãi bỏ Quyết định số ${original.numberText} (${revocation.numberText})`,
      messageKey: 'decision.revokedNotice',
      messageParams: [
        { name: 'number', value: revocation.numberText },
        { name: 'target', value: original.numberText },
      ],
    });

    expect((await revoke(chair, { decisionId: original.id, reason: 'lần nữa' })).errors![0].extensions!.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (await amend(chair, { decisionId: original.id, grants: [], conditions: 'x' })).errors![0].extensions!.code,
    ).toBe('INVALID_TRANSITION');
    expect((await revoke(chair, { decisionId: revocation.id, reason: 'x' })).errors![0].extensions!.code).toBe(
      'INVALID_TRANSITION',
    );
  });
});
