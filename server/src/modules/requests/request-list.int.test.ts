import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act, agencyIds, inDays, type RequestData } from '../../test-support/request-helpers';

const LIST = `query($filter: RequestFilter, $sort: RequestSort, $first: Int!, $after: String) {
  requests(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node { id code title status overdue dueDate requestingAgency { code shortName } leadAgency { code shortName }
      participants { agency { code shortName } role state assignee { fullName } } allowedActions } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Page = {
  requests: { edges: { node: RequestData }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

describe('request lists', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};
  const created: RequestData[] = [];

  const list = (token: string, variables: Record<string, unknown>) =>
    t.gql<Page>(LIST, { first: 50, ...variables }, token);
  const codes = async (token: string, filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    (await list(token, { filter, first: 100, ...extra })).data!.requests.edges.map((e) => e.node.title);

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['ubnd-dh.staff', 'ubnd-ts.staff', 'stnmt.staff', 'stc.staff', 'ubnd.lead', 'vpdkdd-ts.staff'])
      tokens[u] = await t.login(u);
    ids = await agencyIds(t, tokens['stnmt.staff']);
    const make = async (token: string, title: string, overrides: Record<string, unknown> = {}, submit = true) => {
      let request = await act(t, token, 'createRequest', 'CreateRequestInput', {
        title,
        body: 'Nội dung đề nghị',
        domain: 'LAND',
        priority: 'NORMAL',
        dueDate: inDays(30),
        leadAgencyId: ids.STNMT,
        supportingAgencyIds: [],
        ...overrides,
      });
      if (submit)
        request = await act(t, token, 'submitRequest', 'RequestActionInput', {
          id: request.id,
          version: request.version,
        });
      created.push(request);
      return request;
    };
    for (let i = 0; i < 55; i++)
      await make(tokens['ubnd-dh.staff'], `Hồ sơ đất đai tồn đọng số ${i}`, { dueDate: inDays(10 + (i % 20)) });
    await make(tokens['ubnd-ts.staff'], 'Đề nghị hỗ trợ quan trắc môi trường', {
      domain: 'ENVIRONMENT',
      supportingAgencyIds: [ids['VPDKDD-TS']],
    });
    await make(tokens['ubnd-ts.staff'], 'Bản nháp chưa gửi', {}, false);
    await make(tokens['stnmt.staff'], 'Sở đề nghị Sở Tài chính bố trí kinh phí', {
      leadAgencyId: ids.STC,
      domain: 'FINANCE',
    });
    const overdue = await make(tokens['ubnd-ts.staff'], 'Đề nghị đã quá hạn xử lý', { dueDate: inDays(1) });
    // time passes: the due date is now behind us
    await t.app.orm.em
      .fork()
      .getConnection()
      .execute(`update requests set due_date = current_date - 3 where id = ?`, [overdue.id]);
  });
  afterAll(() => t.stop());

  it('answers an inbox page of 50 with its agencies and participants in at most 2 SQL statements', async () => {
    t.statements.length = 0;
    const result = await list(tokens['stnmt.staff'], { filter: { box: 'INBOX' } });
    expect(result.data!.requests.edges).toHaveLength(50);
    expect(result.data!.requests.edges[0].node.participants.length).toBeGreaterThan(0);
    expect(t.statements.length).toBeLessThanOrEqual(2); // the session lookup + the page
  });

  /** The request's body column, as written by hand (r.body) or by the query compiler ("r"."body"). */
  const READS_BODY = /"?\br"?\."?body\b/;

  it('leaves out the columns a list does not ask for, and reads them when it does', async () => {
    const token = tokens['stnmt.staff'];
    await list(token, { filter: { box: 'INBOX' } }); // the session is known: only the page is counted
    const lean =
      'query { requests(filter: { box: INBOX }, first: 3) { edges { node { id title participants { agency { code } role state } } } } }';
    t.statements.length = 0;
    expect((await t.gql(lean, {}, token)).errors).toBeUndefined();
    expect(t.statements).toHaveLength(1);
    expect(t.statements[0]).not.toMatch(READS_BODY);
    // the inbox condition implies visibility: no OR over the agency's whole history (growth bench)
    expect(t.statements[0]).not.toContain('request_participants vp');

    const full = `query { requests(filter: { box: INBOX }, first: 3) { edges { node { id body author { fullName } ...Replies } } } }
      fragment Replies on CoordinationRequest { participants { reply assignee { fullName } } }`;
    t.statements.length = 0;
    const result = await t.gql<{
      requests: { edges: { node: { body: string; author: { fullName: string }; participants: unknown[] } }[] };
    }>(full, {}, token);
    expect(result.errors).toBeUndefined();
    expect(t.statements[0]).toMatch(READS_BODY);
    for (const { node } of result.data!.requests.edges) {
      expect(node.body).toBe('Nội dung đề nghị');
      expect(node.author.fullName).toBeTruthy();
      expect(node.participants.length).toBeGreaterThan(0);
    }
  });

  it("keeps every participation's copy of its request's activity time (the inbox index) in step", async () => {
    const token = tokens['stnmt.staff'];
    const [request] = (await list(token, { filter: { box: 'INBOX' }, first: 1 })).data!.requests.edges.map(
      (e) => e.node,
    );
    await act(t, token, 'commentOnRequest', 'CommentOnRequestInput', { id: request.id, body: 'Cập nhật tiến độ' });
    const stale = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from request_participants p join requests r on r.id = p.request_id where p.last_activity_at is distinct from r.last_activity_at`,
      );
    expect(Number(stale[0].n)).toBe(0);
    // the commented request is now first in the inbox, found through the participations index
    expect((await list(token, { filter: { box: 'INBOX' }, first: 1 })).data!.requests.edges[0].node.id).toBe(
      request.id,
    );
  });

  it('walks the whole inbox with keyset pages, newest activity first, no duplicates', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: Page | null } = await list(tokens['stnmt.staff'], {
        filter: { box: 'INBOX' },
        first: 17,
        after,
      });
      seen.push(...result.data!.requests.edges.map((e) => e.node.id));
      after = result.data!.requests.pageInfo.hasNextPage ? result.data!.requests.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(57); // 55 from Đông Hưng + 2 from Tây Sơn (the draft is not sent)
    expect(seen[0]).toBe(created.at(-1)!.id);
  });

  it('sorts by due date, soonest first, across pages', async () => {
    const first = await list(tokens['stnmt.staff'], { filter: { box: 'INBOX' }, sort: 'DUE_DATE', first: 10 });
    const next = await list(tokens['stnmt.staff'], {
      filter: { box: 'INBOX' },
      sort: 'DUE_DATE',
      first: 10,
      after: first.data!.requests.pageInfo.endCursor,
    });
    const dates = [...first.data!.requests.edges, ...next.data!.requests.edges].map((e) => e.node.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(first.data!.requests.edges[0].node.overdue).toBe(true);
  });

  it('separates inbox and outbox, keeps drafts private and lets the Committee see all', async () => {
    expect(await codes(tokens['stnmt.staff'], { box: 'OUTBOX' })).toEqual(['Sở đề nghị Sở Tài chính bố trí kinh phí']);
    expect(await codes(tokens['stc.staff'], { box: 'INBOX' })).toEqual(['Sở đề nghị Sở Tài chính bố trí kinh phí']);
    expect(await codes(tokens['stc.staff'], { box: 'OUTBOX' })).toEqual([]);
    expect(await codes(tokens['ubnd-ts.staff'], { box: 'OUTBOX' })).toEqual(
      expect.arrayContaining(['Bản nháp chưa gửi']),
    );
    expect(await codes(tokens['vpdkdd-ts.staff'], { box: 'ALL' })).toEqual(['Đề nghị hỗ trợ quan trắc môi trường']);
    const committee = await list(tokens['ubnd.lead'], { filter: { box: 'ALL' }, first: 100 });
    const titles = committee.data!.requests.edges.map((e) => e.node.title);
    expect(titles).toHaveLength(58);
    expect(titles).not.toContain('Bản nháp chưa gửi');
    expect(committee.data!.requests.edges[0].node.allowedActions).toEqual(['COMMENT', 'ATTACH']);
  });

  it('filters by status, domain, overdue and lead agency', async () => {
    expect(await codes(tokens['ubnd.lead'], { overdue: true })).toEqual(['Đề nghị đã quá hạn xử lý']);
    expect(await codes(tokens['ubnd.lead'], { domain: 'ENVIRONMENT' })).toEqual([
      'Đề nghị hỗ trợ quan trắc môi trường',
    ]);
    expect(await codes(tokens['ubnd.lead'], { leadAgencyId: ids.STC })).toEqual([
      'Sở đề nghị Sở Tài chính bố trí kinh phí',
    ]);
    expect(await codes(tokens['ubnd.lead'], { statuses: ['CLOSED', 'WITHDRAWN'] })).toEqual([]);
    expect((await codes(tokens['ubnd.lead'], { statuses: ['SUBMITTED'], overdue: false })).length).toBe(57);
  });

  it('searches Vietnamese text with and without diacritics, and by code', async () => {
    expect(await codes(tokens['ubnd.lead'], { search: 'quan trắc môi trường' })).toEqual([
      'Đề nghị hỗ trợ quan trắc môi trường',
    ]);
    expect(await codes(tokens['ubnd.lead'], { search: 'quan trac moi truong' })).toEqual([
      'Đề nghị hỗ trợ quan trắc môi trường',
    ]);
    expect((await codes(tokens['ubnd.lead'], { search: 'DAT DAI TON DONG' })).length).toBe(55);
    const code = created.find((r) => r.title === 'Đề nghị hỗ trợ quan trắc môi trường')!.code!;
    expect(await codes(tokens['ubnd.lead'], { search: code.toLowerCase() })).toEqual([
      'Đề nghị hỗ trợ quan trắc môi trường',
    ]);
    expect(await codes(tokens['stc.staff'], { search: 'quan trac' })).toEqual([]); // search never widens visibility
  });

  it('caps the page size and rejects tampered cursors', async () => {
    expect((await list(tokens['stnmt.staff'], { first: 101 })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const tampered = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    expect((await list(tokens['stnmt.staff'], { after: tampered })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
