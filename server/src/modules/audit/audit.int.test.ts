import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { agencyIds, inDays } from '../../test-support/request-helpers';
import { verifyAuditChain } from './audit-log';

const AUDIT_CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'audit-cli.js');

describe('the audit log: append-only and hash-chained', () => {
  let t: TestApp;
  let db: pg.Client;
  const sql = (text: string, params: unknown[] = []) => db.query(text, params);

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.stop();
  });

  it('records logins (and failed ones), logouts, user and agency management and every domain change', async () => {
    const admin = await t.login('admin');
    expect(
      (await t.gql(`mutation { login(input: { username: "stnmt.lead", password: "wrong-password" }) { token } }`))
        .errors,
    ).toBeDefined();
    const lead = await t.login('stnmt.lead');
    const ids = await agencyIds(t, admin);
    const created = await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      {
        input: {
          username: 'stnmt.audit',
          fullName: 'Người kiểm thử',
          title: 'Chuyên viên',
          role: 'STAFF',
          agencyId: ids.STNMT,
          password: 'mat-khau-du-dai-123',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(
      (
        await t.gql(
          `mutation { createAgency(input: { code: "STP", name: "Sở Tư pháp", shortName: "Sở Tư pháp", kind: DEPARTMENT }) { agency { id } } }`,
          {},
          admin,
        )
      ).errors,
    ).toBeUndefined();
    const request = await t.gql(
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { request { id } } }`,
      {
        input: {
          title: 'Phối hợp kiểm thử nhật ký',
          body: 'Nội dung.',
          domain: 'LAND',
          dueDate: inDays(5),
          leadAgencyId: ids.STC,
          supportingAgencyIds: [],
        },
      },
      lead,
    );
    expect(request.errors).toBeUndefined();
    await t.gql('mutation { logout }', {}, lead);

    const { rows } = await sql(
      'select action, subject_type, subject_id, actor_user_id is not null as by_someone from audit_log order by id',
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'AUTH.LOGIN',
        'AUTH.LOGIN_FAILED',
        'USER.CREATED',
        'AGENCY.CREATED',
        'REQUEST.CREATED',
        'AUTH.LOGOUT',
      ]),
    );
    expect(rows.find((r) => r.action === 'AUTH.LOGIN_FAILED')).toMatchObject({
      subject_type: 'USER',
      subject_id: 'stnmt.lead',
      by_someone: false,
    });
    expect(
      rows.filter((r) => r.action === 'USER.CREATED' || r.action === 'REQUEST.CREATED').every((r) => r.by_someone),
    ).toBe(true);
    expect(await verifyAuditChain(t.app.orm.em.fork())).toMatchObject({ broken: null, checked: rows.length });
  });

  it("refuses UPDATE, DELETE and TRUNCATE from the application's connection", async () => {
    await expect(sql(`update audit_log set action = 'X'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(sql('delete from audit_log')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(sql('truncate audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('names the first tampered row: a changed row breaks its hash, a removed row breaks the link', async () => {
    await t.login('stc.lead'); // one more row after the ones we will tamper with
    const { rows } = await sql('select id from audit_log order by id');
    const [changed, removed, afterRemoved] = [rows[1].id as string, rows[3].id as string, rows[4].id as string];
    // only the table owner can switch the guard off — what an intruder with full rights would do
    const tamper = async (statement: string, id: string) => {
      await sql('alter table audit_log disable trigger audit_log_no_change');
      await sql(statement, [id]);
      await sql('alter table audit_log enable trigger audit_log_no_change');
    };
    await tamper('delete from audit_log where id = $1', removed);
    expect((await verifyAuditChain(t.app.orm.em.fork())).broken).toEqual({ id: afterRemoved, reason: 'LINK' });
    await tamper(`update audit_log set details = details || '{"ip": "10.0.0.66"}' where id = $1`, changed);
    expect((await verifyAuditChain(t.app.orm.em.fork())).broken).toEqual({ id: changed, reason: 'HASH' });

    const cli = await promisify(execFile)(process.execPath, [AUDIT_CLI], {
      env: { ...process.env, DATABASE_URL: t.database.url },
    }).catch((e) => e);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`audit log BROKEN at row ${changed}`);
  });
});
