import { startTestApp, type TestApp } from '../../test-support/test-app';
import { codeOf } from '../../test-support/request-helpers';

interface P {
  id: string;
  version: number;
  status: string;
  items: { id: string; quantity: number; amount: string | null }[];
}

/** Every proposal mutation, tried by an unrelated agency and by the wrong role; reopen and withdraw. */
describe('proposal mutations refuse the wrong agency and role', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (u: string) => tokens[u];

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['stnmt.lead', 'stnmt.staff', 'stc.lead', 'stc.staff', 'skhdt.lead', 'ubnd.lead', 'ubnd.staff'])
      tokens[u] = await t.login(u);
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
  const draft = () =>
    mutate(as('stnmt.lead'), 'createProposal', 'CreateProposalInput', {
      title: 'Kinh phí chỉnh lý hồ sơ',
      rationale: 'Giải quyết hồ sơ tồn đọng',
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
  const inAppraisal = async () => {
    const d = await draft();
    return mutate(as('stnmt.lead'), 'submitProposal', 'ProposalActionInput', { id: d.id, version: d.version });
  };
  const inReview = async () => {
    const p = await inAppraisal();
    return mutate(as('stc.lead'), 'appraiseProposal', 'AppraiseProposalInput', {
      id: p.id,
      version: p.version,
      opinion: 'SUPPORT',
      comment: 'Đồng ý.',
    });
  };

  it('an unrelated agency gets NOT_FOUND from every mutation', async () => {
    const review = await inReview();
    const ref = { id: review.id, version: review.version };
    const calls: [string, string, Record<string, unknown>][] = [
      [
        'updateProposalDraft',
        'UpdateProposalDraftInput',
        { ...ref, title: 'x x x x x', rationale: 'x', fiscalYear: new Date().getUTCFullYear(), items: [] },
      ],
      ['submitProposal', 'ProposalActionInput', ref],
      ['appraiseProposal', 'AppraiseProposalInput', { ...ref, opinion: 'SUPPORT', comment: 'x' }],
      ['returnProposal', 'ProposalReasonInput', { ...ref, reason: 'x' }],
      ['reopenProposalAppraisal', 'ProposalReasonInput', { ...ref, reason: 'x' }],
      ['withdrawProposal', 'ProposalActionInput', ref],
      ['decideProposal', 'DecideProposalInput', { ...ref, grants: [], conditions: 'x' }],
    ];
    for (const [name, type, input] of calls)
      expect([name, await codeOf(mutate(as('skhdt.lead'), name, type, input))]).toEqual([name, 'NOT_FOUND']);
  });

  it("the Committee's staff and the proposing agency cannot return, reopen or decide", async () => {
    const review = await inReview();
    const ref = { id: review.id, version: review.version };
    for (const who of ['ubnd.staff', 'stnmt.lead']) {
      expect(await codeOf(mutate(as(who), 'returnProposal', 'ProposalReasonInput', { ...ref, reason: 'x' }))).toBe(
        'FORBIDDEN',
      );
      expect(
        await codeOf(mutate(as(who), 'reopenProposalAppraisal', 'ProposalReasonInput', { ...ref, reason: 'x' })),
      ).toBe('FORBIDDEN');
    }
  });

  it('reopens the appraisal: the appraisers are asked again', async () => {
    const review = await inReview();
    const reopened = await mutate(as('ubnd.lead'), 'reopenProposalAppraisal', 'ProposalReasonInput', {
      id: review.id,
      version: review.version,
      reason: 'Cần thẩm định lại nguồn vốn.',
    });
    expect(reopened.status).toBe('IN_APPRAISAL');
    const again = await mutate(as('stc.lead'), 'appraiseProposal', 'AppraiseProposalInput', {
      id: reopened.id,
      version: reopened.version,
      opinion: 'OPPOSE',
      comment: 'Chưa bố trí được.',
    });
    expect(again.status).toBe('IN_REVIEW');
  });

  it("withdraws only by the proposing agency's leader, and not after a decision", async () => {
    const p = await inAppraisal();
    expect(
      await codeOf(
        mutate(as('stnmt.staff'), 'withdrawProposal', 'ProposalActionInput', { id: p.id, version: p.version }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await mutate(as('stnmt.lead'), 'withdrawProposal', 'ProposalActionInput', { id: p.id, version: p.version }))
        .status,
    ).toBe('WITHDRAWN');

    const review = await inReview();
    const decided = await mutate(as('ubnd.lead'), 'decideProposal', 'DecideProposalInput', {
      id: review.id,
      version: review.version,
      conditions: 'Không.',
      grants: review.items.map((i) => ({ itemId: i.id, grantedQuantity: i.quantity, grantedAmount: i.amount })),
    });
    expect(
      await codeOf(
        mutate(as('stnmt.lead'), 'withdrawProposal', 'ProposalActionInput', {
          id: decided.id,
          version: decided.version,
        }),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(
      await codeOf(
        mutate(as('stnmt.lead'), 'withdrawProposal', 'ProposalActionInput', {
          id: decided.id,
          version: decided.version - 1,
        }),
      ),
    ).toBe('CONFLICT');
  });
});
