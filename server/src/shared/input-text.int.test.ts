import { agencyIds, inDays } from '../test-support/request-helpers';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { encodeCursor } from './pagination';

const CREATE_REQUEST =
  'mutation($input: CreateRequestInput!) { createRequest(input: $input) { request { id title } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id fullName } } }';

type Fields = { field: string; code: string; message: string }[];

/**
 * Text PostgreSQL cannot store (NUL), and labels that would read differently from what they are
 * (bidi overrides, zero-width characters), get BAD_USER_INPUT naming the field: not an internal
 * error, and nothing written. Vietnamese text and line breaks in bodies pass untouched.
 */
describe('unsafe text and cursors in any input', () => {
  let t: TestApp;
  let lead: string;
  let admin: string;
  let ids: Record<string, string>;
  let requestId: string;
  const request = (over: Record<string, unknown>) => ({
    title: 'Đề nghị phối hợp',
    body: 'Nội dung.',
    domain: 'LAND',
    dueDate: inDays(7),
    leadAgencyId: ids.STC,
    supportingAgencyIds: [],
    ...over,
  });
  const user = (over: Record<string, unknown>) => ({
    agencyId: ids.STNMT,
    fullName: 'Nguyễn Thị Hoa',
    title: 'Chuyên viên',
    role: 'STAFF',
    username: 'hoa.nguyen',
    password: 'Ruộng-lúa-xanh-2026',
    ...over,
  });
  const refusal = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    return (result.errors![0].extensions!.fields ?? []) as Fields;
  };

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.login('stnmt.lead');
    admin = await t.login('admin');
    ids = await agencyIds(t, lead);
    const created = await t.gql(CREATE_REQUEST, { input: request({}) }, lead);
    requestId = created.data!.createRequest.request.id;
  });
  afterAll(() => t.stop());

  it.each([
    ['a title', CREATE_REQUEST, () => ({ input: request({ title: 'Đề nghị\u0000' }) }), 'title'],
    ['a body', CREATE_REQUEST, () => ({ input: request({ body: 'Nội\u0000dung' }) }), 'body'],
    [
      'a comment',
      'mutation($input: CommentOnRequestInput!) { commentOnRequest(input: $input) { request { id } } }',
      () => ({ input: { id: requestId, body: 'ý kiến\u0000' } }),
      'body',
    ],
    [
      'a search',
      'query($s: String) { requests(filter: { search: $s }) { edges { node { id } } } }',
      () => ({ s: 'đất\u0000' }),
      'filter.search',
    ],
  ])('refuses a NUL character in %s', async (_what, query, variables, field) => {
    const fields = await refusal(query, variables(), lead);
    expect(fields).toEqual([
      {
        field,
        code: 'INVALID_FORMAT',
        message: 'Không được chứa ký tự NUL (\\u0000).',
        messageKey: 'field.nulCharacter',
      },
    ]);
  });

  it('refuses a NUL character in a username, at login and at creation', async () => {
    expect(
      await refusal('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username: 'admin\u0000', password: 'x' },
      }),
    ).toEqual([expect.objectContaining({ field: 'username' })]);
    expect(await refusal(CREATE_USER, { input: user({ username: 'hoa\u0000' }) }, admin)).toEqual([
      expect.objectContaining({ field: 'username' }),
    ]);
  });

  it.each([
    ['a right-to-left override', '\u202E'],
    ['a bidi isolate', '\u2067'],
    ['a zero-width space', '\u200B'],
    ['a zero-width joiner', '\u200D'],
    ['a byte order mark', '\uFEFF'],
  ])('refuses %s in titles and names', async (_what, character) => {
    expect(await refusal(CREATE_REQUEST, { input: request({ title: `Đề nghị ${character}gpj.exe` }) }, lead)).toEqual([
      {
        field: 'title',
        code: 'INVALID_FORMAT',
        message: 'Không được chứa ký tự ẩn hoặc ký tự đảo chiều văn bản.',
        messageKey: 'field.hiddenCharacters',
      },
    ]);
    const fields = await refusal(
      CREATE_USER,
      { input: user({ fullName: `Nguyễn${character} Văn A`, title: `Chuyên${character}viên` }) },
      admin,
    );
    expect(fields.map((f) => f.field)).toEqual(['fullName', 'title']);
  });

  it('keeps Vietnamese diacritics (composed or not) and line breaks in bodies', async () => {
    const title = 'Đề nghị thẩm định hồ sơ đất đai — Huyện Lạc Thủy (Mường)';
    const decomposed = 'Nghiệm thu'.normalize('NFD');
    const result = await t.gql(
      CREATE_REQUEST,
      { input: request({ title: `${title} ${decomposed}`, body: 'Dòng một.\nDòng hai\u200B.' }) },
      lead,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createRequest.request.title).toBe(`${title} ${decomposed}`);
  });

  it('refuses keyset cursors carrying dates the database cannot store', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [query, cursor] of [
      [
        'query($after: String) { notifications(after: $after) { edges { node { id } } } }',
        encodeCursor(['+275760-09-13T00:00:00.000Z', id]),
      ],
      [
        'query($after: String) { decisions(after: $after) { edges { node { id } } } }',
        encodeCursor(['-000001-01-01T00:00:00.000Z', id]),
      ],
      ['query($after: String) { tasks(after: $after) { edges { node { id } } } }', encodeCursor(['0000-01-01', id])],
      [
        'query($after: String) { meetings(after: $after) { edges { node { id } } } }',
        encodeCursor(['2026-01-01', 'not an id']),
      ],
    ]) {
      expect(await refusal(query, { after: cursor }, lead)).toEqual([
        {
          field: 'after',
          code: 'INVALID_FORMAT',
          message: 'Con trỏ trang không hợp lệ.',
          messageKey: 'field.cursorInvalid',
        },
      ]);
    }
  });
});
