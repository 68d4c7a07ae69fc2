import pg from 'pg';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { agencyIds } from '../../test-support/request-helpers';

const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { oneTimePassword user { id version mustChangePassword awaitingConfirmation } }
}`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) {
  updateUser(input: $input) { user { id version title role awaitingConfirmation agency { code } } }
}`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { oneTimePassword user { id mustChangePassword } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token mustChangePassword } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token mustChangePassword } }`;
const USERS = `query($filter: UserFilter, $first: Int!, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    edges { node { username fullName role active awaitingConfirmation agency { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const AUDIT = `query($filter: AuditLogFilter, $first: Int!, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { node { id action subjectLabel chainIntact actor { username fullName } details } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const NEW_PASSWORD = 'ruộng bậc thang mùa lúa chín 2026';

/** Issue 13, item 2: the administration's server side, over HTTP and graphql-ws against real PostgreSQL. */
describe('administration: accounts, one-time passwords and the audit view', () => {
  let t: TestApp;
  let admin: string;
  let ids: Record<string, string>;
  const errorOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;
  const alive = async (token: string) =>
    !!(await t.gql<{ me: { id: string } | null }>('{ me { id } }', {}, token)).data?.me;

  const createUser = async (username: string, over: Record<string, unknown> = {}) => {
    const r = await t.gql(
      CREATE_USER,
      {
        input: {
          username,
          fullName: 'Đỗ Thị Ngọc Ánh',
          title: 'Chuyên viên',
          role: 'STAFF',
          agencyId: ids.STNMT,
          ...over,
        },
      },
      admin,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createUser as {
      oneTimePassword: string | null;
      user: { id: string; version: number; mustChangePassword: boolean; awaitingConfirmation: boolean };
    };
  };
  const login = (username: string, password: string) =>
    t.gql<{ login: { token: string; mustChangePassword: boolean } }>(LOGIN, { input: { username, password } });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    ids = await agencyIds(t, admin);
  });
  afterAll(() => t.stop());

  it('a created account gets a one-time password that allows nothing but me, changePassword and logout until changed', async () => {
    const created = await createUser('stnmt.anh');
    expect(created.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(created.user.mustChangePassword).toBe(true);

    const signedIn = await login('stnmt.anh', created.oneTimePassword!);
    expect(signedIn.data!.login.mustChangePassword).toBe(true);
    const restricted = signedIn.data!.login.token;
    expect((await t.gql('{ me { username mustChangePassword } }', {}, restricted)).data!.me).toEqual({
      username: 'stnmt.anh',
      mustChangePassword: true,
    });
    for (const query of ['{ agencies(first: 1) { edges { node { id } } } }', 'mutation { logoutEverywhere }']) {
      const refused = await t.gql(query, {}, restricted);
      expect(refused.data).toBeNull();
      expect(errorOf(refused)).toMatchObject({
        code: 'PASSWORD_CHANGE_REQUIRED',
        messageKey: 'auth.passwordChangeRequired',
      });
    }
    // subscriptions too: the socket connects (to learn its session) but may subscribe to nothing
    const refusedLive = await new Promise<unknown>((resolve) => {
      t.wsClient(restricted).subscribe(
        { query: 'subscription { agencyChanged { change } }' },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      );
    });
    expect(JSON.stringify(refusedLive)).toContain('PASSWORD_CHANGE_REQUIRED');

    // signing in as someone else is not this session's business: allowed
    expect(
      (await t.gql(LOGIN, { input: { username: 'stnmt.staff', password: 'demo1234' } }, restricted)).errors,
    ).toBeUndefined();
    // nor the file routes (outside GraphQL): the export answers as to nobody
    const exportAs = (token: string) =>
      fetch(`${t.url}/exports/quarter-tasks.csv?year=2023&quarter=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await exportAs(restricted)).status).toBe(401);

    const wrongCurrent = await t.gql(
      CHANGE,
      { input: { currentPassword: 'not-it', newPassword: NEW_PASSWORD } },
      restricted,
    );
    expect(errorOf(wrongCurrent)?.fields).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'NOT_ALLOWED' }),
    ]);
    const weak = await t.gql(
      CHANGE,
      { input: { currentPassword: created.oneTimePassword, newPassword: '1234567890' } },
      restricted,
    );
    expect(errorOf(weak)?.fields).toEqual([expect.objectContaining({ field: 'newPassword' })]);

    const changed = await t.gql<{ changePassword: { token: string; mustChangePassword: boolean } }>(
      CHANGE,
      { input: { currentPassword: created.oneTimePassword, newPassword: NEW_PASSWORD } },
      restricted,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword.mustChangePassword).toBe(false);
    expect(await alive(restricted)).toBe(false); // the restricted session ended
    const fresh = changed.data!.changePassword.token;
    expect((await t.gql('{ agencies(first: 1) { edges { node { id } } } }', {}, fresh)).errors).toBeUndefined();
    expect((await exportAs(fresh)).status).not.toBe(401);
    expect((await login('stnmt.anh', created.oneTimePassword!)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('stnmt.anh', NEW_PASSWORD)).data!.login.mustChangePassword).toBe(false);
  });

  it('an admin-typed password is the official’s own (policy-checked, no forced change)', async () => {
    const created = await createUser('stnmt.tutao', { password: NEW_PASSWORD });
    expect(created.oneTimePassword).toBeNull();
    expect(created.user.mustChangePassword).toBe(false);
  });

  it('updateUser: title alone keeps sessions; a new role or agency ends them; refusals carry codes', async () => {
    const { user } = await createUser('stnmt.chuyen', { password: NEW_PASSWORD });
    const session = await t.login('stnmt.chuyen', NEW_PASSWORD);
    const update = (input: Record<string, unknown>) =>
      t.gql(
        UPDATE_USER,
        { input: { id: user.id, title: 'Chuyên viên chính', role: 'STAFF', agencyId: ids.STNMT, ...input } },
        admin,
      );

    const titled = await update({ version: user.version });
    expect(titled.data!.updateUser.user).toMatchObject({ title: 'Chuyên viên chính', version: user.version + 1 });
    expect(await alive(session)).toBe(true);

    expect(errorOf(await update({ version: user.version }))?.code).toBe('CONFLICT');
    expect(
      errorOf(await update({ version: user.version + 1, agencyId: '00000000-0000-4000-8000-000000000000' })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'agencyId', code: 'NOT_FOUND' })],
    });
    expect(errorOf(await update({ version: user.version + 1, title: '' }))?.fields).toEqual([
      expect.objectContaining({ field: 'title', code: 'REQUIRED' }),
    ]);
    expect(
      errorOf(
        await t.gql(
          UPDATE_USER,
          { input: { id: user.id, version: 2, title: 'x', role: 'STAFF', agencyId: ids.STNMT } },
          session,
        ),
      )?.code,
    ).toBe('FORBIDDEN');

    const moved = await update({ version: user.version + 1, role: 'LEAD', agencyId: ids.UBND });
    expect(moved.data!.updateUser.user).toMatchObject({
      role: 'LEAD',
      awaitingConfirmation: true,
      agency: { code: 'UBND' },
    });
    expect(await alive(session)).toBe(false);

    // the Committee's confirmed leads find the new one waiting for them; nobody else may ask
    const AWAITING = '{ signingOfficialsAwaitingConfirmation { username awaitingConfirmation } }';
    const awaiting = await t.gql(AWAITING, {}, await t.login('ubnd.lead'));
    expect(awaiting.data!.signingOfficialsAwaitingConfirmation).toEqual([
      { username: 'stnmt.chuyen', awaitingConfirmation: true },
    ]);
    expect(errorOf(await t.gql(AWAITING, {}, await t.login('stnmt.lead')))?.code).toBe('FORBIDDEN');
  });

  it('an admin cannot move or reset themselves', async () => {
    const me = (await t.gql('{ me { id version agency { id } } }', {}, admin)).data!.me;
    const moved = await t.gql(
      UPDATE_USER,
      { input: { id: me.id, version: me.version, title: 'Quản trị', role: 'STAFF', agencyId: me.agency.id } },
      admin,
    );
    expect(errorOf(moved)?.fields).toEqual([expect.objectContaining({ field: 'role', code: 'NOT_ALLOWED' })]);
    expect(errorOf(await t.gql(RESET, { input: { userId: me.id } }, admin))?.code).toBe('BAD_USER_INPUT');
  });

  it('resetPassword: a new one-time password, returned once; sessions end and the old password stops working', async () => {
    const { user } = await createUser('stnmt.quen', { password: NEW_PASSWORD });
    const session = await t.login('stnmt.quen', NEW_PASSWORD);
    const reset = await t.gql(RESET, { input: { userId: user.id } }, admin);
    expect(reset.data!.resetPassword.user.mustChangePassword).toBe(true);
    expect(await alive(session)).toBe(false);
    expect((await login('stnmt.quen', NEW_PASSWORD)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('stnmt.quen', reset.data!.resetPassword.oneTimePassword)).data!.login.mustChangePassword).toBe(
      true,
    );
    expect(
      errorOf(await t.gql(RESET, { input: { userId: '00000000-0000-4000-8000-000000000000' } }, admin))?.code,
    ).toBe('NOT_FOUND');
  });

  it('users: search without diacritics, filters, keyset pages that add up', async () => {
    const page = await t.gql(USERS, { filter: { search: 'ngoc anh' }, first: 10 }, admin);
    expect(page.data!.users.edges.map((e: any) => e.node.username)).toEqual(
      expect.arrayContaining(['stnmt.anh', 'stnmt.tutao']),
    );
    const leads = await t.gql(USERS, { filter: { role: 'LEAD', agencyId: ids.STNMT }, first: 10 }, admin);
    expect(leads.data!.users.edges.map((e: any) => e.node.username)).toEqual(['stnmt.lead']);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const next: any = await t.gql(USERS, { first: 7, after }, admin);
      seen.push(...next.data.users.edges.map((e: any) => e.node.username));
      after = next.data.users.pageInfo.hasNextPage ? next.data.users.pageInfo.endCursor : null;
    } while (after);
    const all = (await t.gql(USERS, { first: 100 }, admin)).data!.users.edges.map((e: any) => e.node.username);
    expect(seen).toEqual(all);
    expect([...all].sort()).toEqual(all);
    expect(errorOf(await t.gql(USERS, { first: 101 }, admin))?.code).toBe('BAD_USER_INPUT');
  });

  it('auditLog: every admin change, newest first with the actor, filters, pages; a changed row shows', async () => {
    const adminChanges = await t.gql(AUDIT, { filter: { action: 'USER.' }, first: 100 }, admin);
    const rows = adminChanges.data!.auditLog.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => r.action)).toEqual(
      expect.arrayContaining(['USER.CREATED', 'USER.UPDATED', 'USER.PASSWORD_RESET', 'USER.PASSWORD_CHANGED']),
    );
    expect(rows.every((r: any) => r.chainIntact)).toBe(true);
    const ids = rows.map((r: any) => Number(r.id));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const reset = rows.find((r: any) => r.action === 'USER.PASSWORD_RESET');
    expect(reset).toMatchObject({ actor: { username: 'admin' }, subjectLabel: 'stnmt.quen' });
    expect(reset.details).not.toMatch(/[a-z2-9]{5}-[a-z2-9]{5}/); // never the password

    const me = (await t.gql('{ me { id } }', {}, admin)).data!.me.id;
    const mine = await t.gql(AUDIT, { filter: { actorId: me, from: '2000-01-01', to: '2999-12-31' }, first: 3 }, admin);
    expect(mine.data!.auditLog.edges).toHaveLength(3);
    expect(mine.data!.auditLog.edges.every((e: any) => e.node.actor?.username === 'admin')).toBe(true);
    const next = await t.gql(
      AUDIT,
      { filter: { actorId: me }, first: 3, after: mine.data!.auditLog.pageInfo.endCursor },
      admin,
    );
    expect(Number(next.data!.auditLog.edges[0].node.id)).toBeLessThan(Number(mine.data!.auditLog.edges[2].node.id));
    expect((await t.gql(AUDIT, { filter: { to: '2000-01-01' }, first: 5 }, admin)).data!.auditLog.edges).toEqual([]);
    expect(errorOf(await t.gql(AUDIT, { filter: { from: '06/12/2026' }, first: 5 }, admin))?.fields).toEqual([
      expect.objectContaining({ field: 'filter.from', code: 'INVALID_FORMAT' }),
    ]);
    expect((await t.gql('{ auditChainStatus { intact brokenAtId } }', {}, admin)).data!.auditChainStatus).toEqual({
      intact: true,
      brokenAtId: null,
    });

    // the owner switches the triggers off and edits a row: that row, and the chain, say so
    const db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
    try {
      await db.query('set session_replication_role = replica');
      await db.query(`update audit_log set details = details || '{"ip": "10.6.6.6"}' where id = $1`, [reset.id]);
    } finally {
      await db.end();
    }
    const after = (await t.gql(AUDIT, { filter: { action: 'USER.PASSWORD_RESET' }, first: 100 }, admin)).data!.auditLog
      .edges;
    expect(after.find((e: any) => e.node.id === reset.id).node.chainIntact).toBe(false);
    expect((await t.gql('{ auditChainStatus { intact brokenAtId } }', {}, admin)).data!.auditChainStatus).toEqual({
      intact: false,
      brokenAtId: reset.id,
    });
  });
});
