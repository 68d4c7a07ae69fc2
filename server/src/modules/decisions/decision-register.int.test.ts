import { startTestApp, type TestApp } from '../../test-support/test-app';

type Register = {
  decisions: {
    edges: { node: { numberText: string; year: number; title: string } }[];
    pageInfo: { hasNextPage: boolean };
  };
};
const REGISTER =
  'query($search: String, $year: Int) { decisions(search: $search, year: $year, first: 100) { edges { node { numberText year title } } pageInfo { hasNextPage } } }';

describe('the decision register search', () => {
  let t: TestApp;
  let token: string;

  /** A decision issued the way officials issue one: a proposal sent and decided (no money, so no appraisal). */
  async function issue(title: string) {
    const department = await t.login('stnmt.lead');
    const chair = await t.login('ubnd.lead');
    const item = {
      kind: 'EQUIPMENT',
      description: 'Máy quét A3',
      quantity: 1,
      unit: 'bộ',
      amount: null,
      justification: 'Thay máy hỏng',
    };
    const created = await t.gql<{ createProposal: { proposal: { id: string; version: number } } }>(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }',
      { input: { title, rationale: 'Số hóa hồ sơ', fiscalYear: new Date().getUTCFullYear(), items: [item] } },
      department,
    );
    const p = created.data!.createProposal.proposal;
    const sent = await t.gql<{ submitProposal: { proposal: { version: number; items: { id: string }[] } } }>(
      'mutation($input: ProposalActionInput!) { submitProposal(input: $input) { proposal { version items { id } } } }',
      { input: { id: p.id, version: p.version } },
      department,
    );
    const s = sent.data!.submitProposal.proposal;
    const decided = await t.gql(
      'mutation($input: DecideProposalInput!) { decideProposal(input: $input) { proposal { id } } }',
      {
        input: {
          id: p.id,
          version: s.version,
          grants: [{ itemId: s.items[0].id, grantedQuantity: 1, grantedAmount: null }],
          conditions: 'Không.',
        },
      },
      chair,
    );
    expect(decided.errors).toBeUndefined();
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (const title of [
      'Trang bị máy quét cho chi nhánh Đông Hưng',
      'Sửa chữa trụ sở Văn phòng đăng ký đất đai',
      'Mua xe chuyên dùng',
    ])
      await issue(title);
    token = await t.login('ubnd-dh.staff'); // any signed-in official reads the register
  });
  afterAll(() => t.stop());

  const search = (variables: Record<string, unknown>) => t.gql<Register>(REGISTER, variables, token);

  it('finds a decision by its number, with or without the issuer code', async () => {
    const all = (await search({})).data!.decisions.edges.map((e) => e.node);
    expect(all.length).toBeGreaterThan(0);
    const first = all.find((d) => d.numberText.startsWith('1/'))!;
    for (const text of ['1', first.numberText, ` ${first.numberText} `]) {
      const found = (await search({ search: text, year: first.year })).data!.decisions.edges.map(
        (e) => e.node.numberText,
      );
      expect(found).toEqual([first.numberText]);
    }
  });

  it('finds decisions by words of the title, diacritics or not', async () => {
    const { title } = (await search({})).data!.decisions.edges[0].node;
    const word = title.split(' ').slice(-2).join(' ');
    const plain = word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd');
    for (const text of [word, plain.toUpperCase()]) {
      expect((await search({ search: text })).data!.decisions.edges.map((e) => e.node.title)).toContain(title);
    }
    expect((await search({ search: 'không có quyết định nào như thế' })).data!.decisions.edges).toEqual([]);
  });

  it('tells each viewer whether the proposal behind a decision may be opened (the register is public, proposals are not)', async () => {
    const ids = (await search({})).data!.decisions.edges.map((e) => e.node.numberText);
    const readable = async (user: string) => {
      const answer = await t.gql<{ decisions: { edges: { node: { proposalReadable: boolean } }[] } }>(
        'query($search: String) { decisions(search: $search, first: 1) { edges { node { proposalReadable } } } }',
        { search: ids[0] },
        await t.login(user),
      );
      return answer.data!.decisions.edges[0].node.proposalReadable;
    };
    expect(await readable('stnmt.lead')).toBe(true); // the proposing agency
    expect(await readable('ubnd.lead')).toBe(true); // the Committee
    expect(await readable('ubnd-dh.staff')).toBe(false); // a district that only reads the register
  });

  it('refuses a search longer than any number or title with a field error', async () => {
    const result = await search({ search: 'x'.repeat(201) });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'search', code: 'TOO_LONG' }],
    });
  });
});
