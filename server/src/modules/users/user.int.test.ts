import { startTestApp, type TestApp } from '../../test-support/test-app';

const CREATE_USER =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { user { username fullName title role agency { code } } } }';

describe('officials', () => {
  let t: TestApp;
  let admin: string;
  let stcId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const page = await t.gql<{ agencies: { edges: { node: { id: string; code: string } }[] } }>(
      '{ agencies(first: 100, filter: { search: "STC" }) { edges { node { id code } } } }',
      {},
      admin,
    );
    stcId = page.data!.agencies.edges.find((e) => e.node.code === 'STC')!.node.id;
  });
  afterAll(() => t.stop());

  const input = (overrides: Record<string, unknown> = {}) => ({
    username: 'STC.Ngan-Sach',
    password: 'mat-khau-moi-123',
    fullName: 'Đinh Văn Nam',
    title: 'Trưởng phòng Quản lý ngân sách',
    role: 'LEAD',
    agencyId: stcId,
    ...overrides,
  });

  it('an ADMIN creates an official who can then sign in', async () => {
    const created = await t.gql(CREATE_USER, { input: input() }, admin);
    expect(created.data!.createUser.user).toEqual({
      username: 'stc.ngan-sach',
      fullName: 'Đinh Văn Nam',
      title: 'Trưởng phòng Quản lý ngân sách',
      role: 'LEAD',
      agency: { code: 'STC' },
    });
    const token = await t.login('stc.ngan-sach', 'mat-khau-moi-123');
    expect((await t.gql('{ me { username agency { code } } }', {}, token)).data!.me).toEqual({
      username: 'stc.ngan-sach',
      agency: { code: 'STC' },
    });
  });

  it("lists an agency's members, leaders first", async () => {
    const result = await t.gql<{ agency: { members: { role: string }[] } }>(
      'query($id: ID!) { agency(id: $id) { members { username role } } }',
      { id: stcId },
      admin,
    );
    const roles = result.data!.agency.members.map((m) => m.role);
    expect(roles.indexOf('STAFF')).toBeGreaterThan(roles.lastIndexOf('LEAD'));
  });

  it('refuses common and low-entropy passwords, saying why in Vietnamese', async () => {
    for (const password of ['12345678901', 'Password12', 'abcdefghij']) {
      const result = await t.gql(CREATE_USER, { input: input({ username: 'stc.yeu', password }) }, admin);
      expect(result.errors![0].extensions!.fields).toEqual([
        {
          field: 'password',
          code: 'NOT_ALLOWED',
          message: expect.stringMatching(/^Mật khẩu quá dễ đoán: .+\. Hãy dùng một cụm vài từ/),
          messageKey: 'password.weakBecause',
          messageParams: { reason: expect.any(String) },
        },
      ]);
    }
  });

  it('refuses anyone but an ADMIN', async () => {
    const lead = await t.login('stc.lead');
    expect((await t.gql(CREATE_USER, { input: input({ username: 'x.y.z' }) }, lead)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(CREATE_USER, { input: input({ username: 'x.y.z' }) })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('reports every bad field, a taken username and an unknown agency', async () => {
    const result = await t.gql(
      CREATE_USER,
      { input: input({ username: 'stc.lead', password: 'short', fullName: ' ', agencyId: 'nope' }) },
      admin,
    );
    expect(result.errors![0].extensions!.fields!.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'agencyId:NOT_FOUND',
      'fullName:REQUIRED',
      'password:TOO_SHORT',
      'username:TAKEN',
    ]);
    const badName = await t.gql(CREATE_USER, { input: input({ username: 'có dấu' }) }, admin);
    expect(badName.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'username', code: 'INVALID_FORMAT' }),
    ]);
  });
});
