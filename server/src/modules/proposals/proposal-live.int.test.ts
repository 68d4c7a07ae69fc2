import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';

const SUB = `subscription($id: ID!, $after: ID) { proposalChanged(id: $id, after: $after) {
  event { id type note actorAgency { code } } proposal { status decisions { numberText } } } }`;
type Item = { data?: { proposalChanged: { event: { id: string; type: string; note: string | null; actorAgency: { code: string } | null }; proposal: { status: string; decisions: { numberText: string }[] } } }; errors?: unknown };

describe('live proposal changes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('replays the timeline after a given id and delivers the decision live to the proposing agency', async () => {
    const department = await t.login('stnmt.lead');
    const finance = await t.login('stc.lead');
    const chair = await t.login('ubnd.lead');
    const mutate = async (token: string, name: string, type: string, input: Record<string, unknown>) => {
      const r = await t.gql<Record<string, { proposal: { id: string; version: number; items: { id: string; quantity: number; amount: string | null }[] } }>>(
        `mutation($input: ${type}!) { ${name}(input: $input) { proposal { id version items { id quantity amount } } } }`, { input }, token);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data![name].proposal;
    };
    const created = await mutate(department, 'createProposal', 'CreateProposalInput', {
      title: 'Kinh phí đo đạc bản đồ địa chính', rationale: 'Phục vụ cấp giấy chứng nhận', fiscalYear: new Date().getUTCFullYear(),
      items: [{ kind: 'FUNDING', description: 'Đo đạc 3 xã', quantity: 1, unit: 'gói', amount: '750000000', justification: 'Bản đồ cũ sai lệch' }],
    });
    const sent = await mutate(department, 'submitProposal', 'ProposalActionInput', { id: created.id, version: created.version });

    // the department's page (re)opens after the submission and asks for everything after event 0
    const items: Item[] = [];
    t.wsClient(department).subscribe({ query: SUB, variables: { id: created.id, after: '0' } }, { next: (v) => items.push(v as Item), error: (e) => items.push({ errors: e }), complete: () => undefined });
    await waitFor(() => (items.length >= 2 ? true : undefined), 'the replayed CREATED and SUBMITTED');
    expect(items.map((i) => i.data!.proposalChanged.event.type)).toEqual(['CREATED', 'SUBMITTED']);

    const appraised = await mutate(finance, 'appraiseProposal', 'AppraiseProposalInput', { id: sent.id, version: sent.version, opinion: 'SUPPORT', comment: 'Đồng ý.' });
    await mutate(chair, 'decideProposal', 'DecideProposalInput', {
      id: sent.id, version: appraised.version, conditions: 'Hoàn thành trong năm.',
      grants: appraised.items.map((i) => ({ itemId: i.id, grantedQuantity: i.quantity, grantedAmount: i.amount })),
    });
    await waitFor(() => (items.length >= 4 ? true : undefined), 'the appraisal and the decision');
    const last = items[3].data!.proposalChanged;
    expect(items.map((i) => i.data!.proposalChanged.event.type)).toEqual(['CREATED', 'SUBMITTED', 'APPRAISED', 'DECIDED']);
    expect(last.event.actorAgency).toEqual({ code: 'UBND' });
    expect(last.proposal.status).toBe('DECIDED');
    expect(last.event.note).toBe(last.proposal.decisions[0].numberText);

    // an agency with no part in it cannot subscribe
    const outsider = await t.login('skhdt.lead');
    const refused: Item[] = [];
    t.wsClient(outsider).subscribe({ query: SUB, variables: { id: created.id } }, { next: (v) => refused.push(v as Item), error: (e) => refused.push({ errors: e }), complete: () => undefined });
    await waitFor(() => (refused.length ? true : undefined), 'the refusal');
    expect(JSON.stringify(refused[0])).toContain('NOT_FOUND');
  });
});
