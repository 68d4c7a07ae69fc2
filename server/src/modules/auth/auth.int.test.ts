import { startTestApp, type TestApp } from '../../test-support/test-app';

const LOGIN =
  'mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { username fullName agency { code } } } }';
const ME = '{ me { username role agency { shortName } } }';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('logs in with the demo password, returns the user and sets an HttpOnly SameSite cookie', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'UBND.Lead', password: 'demo1234' } } }),
    });
    const body = await response.json();
    expect(body.data.login.user).toEqual({ username: 'ubnd.lead', fullName: 'Lê Huyền', agency: { code: 'UBND' } });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toContain(`lt_session=${body.data.login.token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const viaCookie = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `lt_session=${body.data.login.token}` },
      body: JSON.stringify({ query: ME }),
    });
    expect((await viaCookie.json()).data.me).toEqual({
      username: 'ubnd.lead',
      role: 'LEAD',
      agency: { shortName: 'UBND tỉnh' },
    });
  });

  it('accepts the token as a bearer header and answers me = null without one', async () => {
    const token = await t.login('stnmt.staff');
    expect((await t.gql(ME, {}, token)).data!.me).toEqual({
      username: 'stnmt.staff',
      role: 'STAFF',
      agency: { shortName: 'Sở TN&MT' },
    });
    expect((await t.gql(ME)).data!.me).toBeNull();
    expect((await t.gql(ME, {}, 'not-a-real-token-but-long-enough')).data!.me).toBeNull();
  });

  it('stores only a hash of the token', async () => {
    const token = await t.login('stc.lead');
    const em = t.app.orm.em.fork();
    const rows = await em.getConnection().execute<{ token_hash: string }[]>('select token_hash from sessions');
    const hashes = rows.map((r) => r.token_hash);
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes).not.toContain(token);
    expect(hashes.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
  });

  it('rejects a wrong password with UNAUTHENTICATED, the same as an unknown user', async () => {
    const wrong = await t.gql(LOGIN, { input: { username: 'stnmt.lead', password: 'wrong-password' } });
    const unknown = await t.gql(LOGIN, { input: { username: 'nobody.here', password: 'wrong-password' } });
    expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]).toEqual(expect.objectContaining({ message: wrong.errors![0].message }));
  });

  it('reports every bad login field with a code', async () => {
    const result = await t.gql(LOGIN, { input: { username: '  ', password: '' } });
    expect(result.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.invalidInput',
      fields: [
        expect.objectContaining({ field: 'username', code: 'REQUIRED', messageKey: 'field.required' }),
        expect.objectContaining({ field: 'password', code: 'REQUIRED', messageKey: 'field.required' }),
      ],
      requestId: expect.any(String),
    });
  });

  it('rejects malformed login input (wrong types, missing fields) with a code', async () => {
    const result = await t.gql(LOGIN, { input: { username: 42 } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('backs off repeated failures for one username from one address, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++) {
      const result = await t.gql(LOGIN, { input: { username: 'snv.staff', password: `guess-${i}` } });
      expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(LOGIN, { input: { username: 'snv.staff', password: 'demo1234' } });
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
    // other accounts are unaffected
    expect(await t.login('snv.lead')).toEqual(expect.any(String));
  });

  it('logout revokes the session and clears the cookie', async () => {
    const token = await t.login('stnmt.lead');
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect((await response.json()).data).toEqual({ logout: true });
    expect(response.headers.get('set-cookie')).toMatch(/lt_session=;/);
    expect((await t.gql(ME, {}, token)).data!.me).toBeNull();
    const again = await t.gql('mutation { logout }', {}, token);
    expect(again.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
