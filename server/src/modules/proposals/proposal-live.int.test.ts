import { startTestApp, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';

const SUB = `subscription($id: ID!, $after: ID) { proposalChanged(id: $id, after: $after) {
  event { id type note actorAgency { code } } proposal { status decisions { numberText } } } }`;
type Item = {
  data?: {
    proposalChanged: {
      event: { id: string; type: string; note: string | null; actorAgency: { code: string } | null };
      proposal: { status: string; decisions: { numberText: string }[] };
    };
  };
  errors?: unknown;
};

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
      const r = await t.gql<
        Record<
          string,
          {
            proposal: { id: string; version: number; items: { id: string; quantity: number; amount: string | null }[] };
          }
        >
      >(
        `mutation($input: ${type}!) { ${name}(input: $input) { proposal { id version items { id quantity amount } } } }`,
        { input },
        token,
      );
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data![name].proposal;
    };
    const created = await mutate(department, 'createProposal', 'CreateProposalInput', {
      title: 'Kinh phí đo đạc bản đồ địa chính',
      rationale: 'Phục vụ cấp giấy chứng nhận',
      fiscalYear: new Date().getUTCFullYear(),
      items: [
        {
          kind: 'FUNDING',
          description: 'Đo đạc 3 xã',
          quantity: 1,
          unit: 'gói',
          amount: '750000000',
          justification: 'Bản đồ cũ sai lệch',
        },
      ],
    });
    const sent = await mutate(department, 'submitProposal', 'ProposalActionInput', {
      id: created.id,
      version: created.version,
    });

    // the department's page (re)opens after the submission and asks for everything after event 0
    const items: Item[] = [];
    t.wsClient(department).subscribe(
      { query: SUB, variables: { id: created.id, after: '0' } },
      { next: (v) => items.push(v as Item), error: (e) => items.push({ errors: e }), complete: () => undefined },
    );
    await waitFor(() => (items.length >= 2 ? true : undefined), 'the replayed CREATED and SUBMITTED');
    expect(items.map((i) => i.data!.proposalChanged.event.type)).toEqual(['CREATED', 'SUBMITTED']);

    const appraised = await mutate(finance, 'appraiseProposal', 'AppraiseProposalInput', {
      id: sent.id,
      version: sent.version,
      opinion: 'SUPPORT',
      comment: 'Đồng ý.',
    });
    await mutate(chair, 'decideProposal', 'DecideProposalInput', {
      id: sent.id,
      version: appraised.version,
      conditions: 'Hoàn thành trong năm.',
      grants: appraised.items.map((i) => ({ itemId: i.id, grantedQuantity: i.quantity, grantedAmount: i.amount })),
    });
    await waitFor(() => (items.length >= 4 ? true : undefined), 'the appraisal and the decision');
    const last = items[3].data!.proposalChanged;
    expect(items.map((i) => i.data!.proposalChanged.event.type)).toEqual([
      'CREATED',
      'SUBMITTED',
      'APPRAISED',
      'DECIDED',
    ]);
    expect(last.event.actorAgency).toEqual({ code: 'UBND' });
    expect(last.proposal.status).toBe('DECIDED');
    expect(last.event.note).toBe(last.proposal.decisions[0].numberText);

    // an agency with no part in it cannot subscribe
    const outsider = await t.login('skhdt.lead');
    const refused: Item[] = [];
    t.wsClient(outsider).subscribe(
      { query: SUB, variables: { id: created.id } },
      { next: (v) => refused.push(v as Item), error: (e) => refused.push({ errors: e }), complete: () => undefined },
    );
    await waitFor(() => (refused.length ? true : undefined), 'the refusal');
    expect(JSON.stringify(refused[0])).toContain('NOT_FOUND');
  });
});

describe('live proposal feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { provinceName: 'Hòa Bình', appraisalRouting: { FUNDING: 'STC' } } }); // equipment goes straight to the Committee;
  });
  afterAll(() => t.stop());

  it('starts from the cursor and carries every visible proposal change; decisions name the province', async () => {
    const department = await t.login('stnmt.lead');
    const outsider = await t.login('skhdt.lead');
    const cursor = (await t.gql<{ proposalEventCursor: string }>('{ proposalEventCursor }', {}, department)).data!
      .proposalEventCursor;
    const seen: { type: string }[] = [];
    const unrelated: unknown[] = [];
    const feed = 'subscription($after: ID) { proposalFeed(after: $after) { event { type } proposal { id } } }';
    t.wsClient(department).subscribe(
      { query: feed, variables: { after: cursor } },
      {
        next: (v) => seen.push((v.data as { proposalFeed: { event: { type: string } } }).proposalFeed.event),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    t.wsClient(outsider).subscribe(
      { query: feed, variables: { after: '0' } },
      { next: (v) => unrelated.push(v), error: () => undefined, complete: () => undefined },
    );

    const created = await t.gql<{ createProposal: { proposal: { id: string; version: number } } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }',
      {
        input: {
          title: 'Trang bị máy đo đạc',
          rationale: 'Đo đạc địa chính',
          fiscalYear: new Date().getUTCFullYear(),
          items: [
            {
              kind: 'EQUIPMENT',
              description: 'Máy RTK',
              quantity: 2,
              unit: 'bộ',
              amount: '400000000',
              justification: 'Thay máy cũ',
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
    const chair = await t.login('ubnd.lead');
    const decided = await t.gql<{
      decideProposal: { proposal: { decisions: { issuerName: string; place: string }[] } };
    }>(
      'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { proposal { decisions { issuerName place } } } }',
      {
        input: {
          id: p.id,
          version: sent.data!.submitProposal.proposal.version,
          grants: [
            { itemId: sent.data!.submitProposal.proposal.items[0].id, grantedQuantity: 2, grantedAmount: '400000000' },
          ],
          conditions: 'Không.',
        },
      },
      chair,
    );
    expect(decided.data!.decideProposal.proposal.decisions[0]).toEqual({
      issuerName: 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
      place: 'Hòa Bình',
    });
    await waitFor(() => (seen.length >= 3 ? true : undefined), 'the three proposal events');
    expect(seen.map((e) => e.type)).toEqual(['CREATED', 'SUBMITTED', 'DECIDED']);
    expect(unrelated).toEqual([]);
  });
});
