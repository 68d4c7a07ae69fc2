import { startTestApp, testConfig, type TestApp } from '../../test-support/test-app';
import { waitFor } from '../../test-support/wait-for';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const loginCode = async (t: TestApp, username: string, password: string) => {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  });
  const result = (await response.json()) as {
    data?: { login: { token: string } };
    errors?: { extensions: { code: string } }[];
  };
  return result.errors ? result.errors[0].extensions.code : 'OK';
};

/** Opens a live subscription for `token` and resolves with how its socket ends. */
async function liveSocket(t: TestApp, token: string) {
  const client = t.wsClient(token);
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const closed: { code?: number }[] = [];
  client.on('closed', (event) => closed.push(event as { code?: number }));
  client.subscribe(
    { query: 'subscription { notificationCountChanged }' },
    { next: () => {}, error: () => {}, complete: () => {} },
  );
  await connected;
  return { closedWith: () => waitFor(() => closed[0]?.code, 'the socket to close') };
}

describe('sessions and accounts', () => {
  let t: TestApp;
  let second: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    // a second server process on the same database: the limit must hold across both
    second = await startTestApp({ database: t.database });
    admin = await t.login('admin');
  });
  afterAll(async () => {
    await second.stop();
    await t.stop();
  });

  it('backs off failed logins per username and address across processes, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++)
      expect(await loginCode(i % 2 ? second : t, 'snv.staff', `sai-${i}`)).toBe('UNAUTHENTICATED');
    expect(await loginCode(t, 'snv.staff', 'demo1234')).toBe('RATE_LIMITED');
    expect(await loginCode(second, 'snv.staff', 'demo1234')).toBe('RATE_LIMITED');
    expect(await loginCode(t, 'snv.lead', 'demo1234')).toBe('OK'); // another account is unaffected
  });

  it('limits the usernames failed from one address, whichever are tried', async () => {
    const freshApp = await startTestApp({
      config: { loginLimits: { ...testConfig().loginLimits, addressMaxUsernames: 3 } },
    });
    try {
      // every request here comes from 127.0.0.1
      for (const username of ['stc.staff', 'skhdt.staff', 'snv.lead'])
        expect(await loginCode(freshApp, username, 'doan-mo')).toBe('UNAUTHENTICATED');
      expect(await loginCode(freshApp, 'stc.lead', 'demo1234')).toBe('RATE_LIMITED');
    } finally {
      await freshApp.stop();
    }
  });

  it('ends every session of a user with logoutEverywhere, closing their sockets', async () => {
    const freshApp = await startTestApp();
    try {
      const [phone, desk] = [await freshApp.login('stnmt.staff'), await freshApp.login('stnmt.staff')];
      const socket = await liveSocket(freshApp, desk);
      const result = await freshApp.gql<{ logoutEverywhere: number }>('mutation { logoutEverywhere }', {}, phone);
      expect(result.data!.logoutEverywhere).toBe(2);
      expect(await socket.closedWith()).toBe(4403);
      for (const token of [phone, desk]) expect((await freshApp.gql('{ me { id } }', {}, token)).data!.me).toBeNull();
    } finally {
      await freshApp.stop();
    }
  });

  it('lets only ADMIN disable an account: its sessions end, its sockets close, it cannot sign in until re-enabled', async () => {
    const freshApp = await startTestApp();
    try {
      const adminToken = await freshApp.login('admin');
      const userToken = await freshApp.login('stc.staff');
      const userId = (await freshApp.gql<{ me: { id: string } }>('{ me { id } }', {}, userToken)).data!.me.id;
      const socket = await liveSocket(freshApp, userToken);
      const set = (token: string, active: boolean) =>
        freshApp.gql<{ setUserActive: { username: string } }>(
          'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { username } }',
          { input: { userId, active } },
          token,
        );

      expect((await set(await freshApp.login('stc.lead'), false)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await set(adminToken, false)).data!.setUserActive.username).toBe('stc.staff');
      expect(await socket.closedWith()).toBe(4403);
      expect((await freshApp.gql('{ me { id } }', {}, userToken)).data!.me).toBeNull();
      expect(await loginCode(freshApp, 'stc.staff', 'demo1234')).toBe('UNAUTHENTICATED');

      await set(adminToken, true);
      expect(await loginCode(freshApp, 'stc.staff', 'demo1234')).toBe('OK');
      const audit = await freshApp.app.orm.em
        .fork()
        .getConnection()
        .execute<{ action: string }[]>(`select action from audit_log where subject_id = ? order by id`, [userId]);
      expect(audit.map((row) => row.action)).toEqual(['USER.DISABLED', 'USER.ENABLED']);
    } finally {
      await freshApp.stop();
    }
  });

  it('refuses weak passwords for new accounts, field by field', async () => {
    const create = (password: string) =>
      t.gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
        {
          input: {
            username: 'stc.thu-quy',
            fullName: 'Thủ quỹ',
            title: 'Chuyên viên',
            role: 'STAFF',
            agencyId: '00000000-0000-4000-8000-000000000000',
            password,
          },
        },
        admin,
      );
    for (const [password, code] of [
      ['ngan', 'TOO_SHORT'],
      ['stc.thu-quy-2026', 'NOT_ALLOWED'],
      ['matkhau@123', 'NOT_ALLOWED'],
    ]) {
      const fields = (await create(password)).errors![0].extensions!.fields!;
      expect(fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password', code })]));
    }
  });

  it('ends a session when it expires', async () => {
    const shortLived = await startTestApp({ config: { sessionTtlMs: 1500 } });
    try {
      const token = await shortLived.login('stnmt.staff');
      expect(
        (await shortLived.gql<{ me: { username: string } }>('{ me { username } }', {}, token)).data!.me.username,
      ).toBe('stnmt.staff');
      await waitFor(
        async () => ((await shortLived.gql('{ me { username } }', {}, token)).data!.me === null ? true : undefined),
        'the session to expire',
        5000,
        200,
      );
    } finally {
      await shortLived.stop();
    }
  });

  it('refuses an ended session on every process at once, even where it was remembered', async () => {
    const [token, adminToken] = [await t.login('skhdt.staff'), await t.login('admin')];
    const me = async (app: TestApp, as = token) =>
      (await app.gql<{ me: { id: string } | null }>('{ me { id } }', {}, as)).data!.me;
    // both processes have now looked the session up (and remember it)
    const userId = (await me(t))!.id;
    expect(await me(second)).not.toBeNull();
    expect((await second.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect(await me(second)).toBeNull(); // the process that ended it: at once
    await waitFor(
      async () => ((await me(t)) === null ? true : undefined),
      'the other process to refuse the ended session',
      5000,
      20,
    );

    // the same through an ADMIN disabling the account on the other process
    const again = await t.login('skhdt.lead');
    expect(await me(t, again)).not.toBeNull();
    const leadId = (await me(second, again))!.id;
    await second.gql(
      'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }',
      { input: { userId: leadId, active: false } },
      adminToken,
    );
    await waitFor(
      async () => ((await me(t, again)) === null ? true : undefined),
      'the disabled account to be refused everywhere',
      5000,
      20,
    );
    await second.gql(
      'mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }',
      { input: { userId: leadId, active: true } },
      adminToken,
    );
    expect(userId).not.toBe(leadId);
  });
});
