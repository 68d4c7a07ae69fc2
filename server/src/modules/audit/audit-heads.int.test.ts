import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startTestApp, TEST_AUDIT_HEAD_KEY, type TestApp } from '../../test-support/test-app';
import { createTestDatabase } from '../../test-support/test-database';
import { waitFor } from '../../test-support/wait-for';
import { chainHash } from './audit-chain';
import { publishAuditHead, signHead, verifyAuditHeads, type SignedHead } from './audit-heads';
import { verifyAuditChain } from './audit-log';

const AUDIT_CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'audit-cli.js');
const KEY = Buffer.from(TEST_AUDIT_HEAD_KEY);

/** Issue 18, finding 13: whoever bypasses the triggers can rewrite the chain, but not sign a head for it. */
describe('signed heads of the audit log', () => {
  const logFile = path.join(os.tmpdir(), `lt-audit-heads-${process.pid}-${Date.now()}.log`);
  let t: TestApp;
  let db: pg.Client;
  const sql = (text: string, params: unknown[] = []) => db.query(text, params);
  const em = () => t.app.orm.em.fork();
  const newestAuditId = async () => (await sql('select max(id)::text as id from audit_log')).rows[0].id as string;
  /** The owner's power: every trigger off for this session's next statements. */
  const bypassingTriggers = async (work: () => Promise<unknown>) => {
    await sql('set session_replication_role = replica');
    try {
      await work();
    } finally {
      await sql('set session_replication_role = origin');
    }
  };
  /** Rewrites the hashes from row `fromId` on, as verifyAuditChain computes them: the chain holds again. */
  const recomputeFrom = async (fromId: string) => {
    let prev =
      ((await sql('select hash from audit_log where id < $1 order by id desc limit 1', [fromId])).rows[0]
        ?.hash as string) ?? '';
    const { rows } = await sql(
      'select id::text as id, at, actor_user_id, actor_agency_id, action, subject_type, subject_id, details from audit_log where id >= $1 order by id',
      [fromId],
    );
    for (const r of rows) {
      const hash = chainHash(prev, {
        id: r.id,
        at: new Date(r.at).toISOString(),
        actorUserId: r.actor_user_id,
        actorAgencyId: r.actor_agency_id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        details: r.details,
      });
      await sql('update audit_log set prev_hash = $1, hash = $2 where id = $3', [prev, hash, r.id]);
      prev = hash;
    }
  };
  const verifyCli = () =>
    promisify(execFile)(process.execPath, [AUDIT_CLI], {
      env: {
        ...process.env,
        DATABASE_URL: t.database.url,
        AUDIT_HEAD_KEY: TEST_AUDIT_HEAD_KEY,
        AUDIT_HEAD_LOG: logFile,
      },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e) => e,
    );

  beforeEach(async () => {
    fs.rmSync(logFile, { force: true });
    t = await startTestApp({
      config: { auditHead: { key: TEST_AUDIT_HEAD_KEY, keyFile: '', logFile, intervalMs: 0 } },
    });
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
    for (const u of ['stnmt.lead', 'stc.lead', 'snv.lead', 'ubnd.lead']) await t.login(u);
  });
  afterEach(async () => {
    await db.end();
    await t.stop();
  });
  afterAll(() => fs.rmSync(logFile, { force: true }));

  it('signs the newest row into audit_heads and the head log, and holds while nothing is touched', async () => {
    const head = (await publishAuditHead(em(), KEY, logFile))!;
    expect(head).toMatchObject({ auditId: await newestAuditId(), db: expect.stringMatching(/^lt_test_/) });
    expect(await publishAuditHead(em(), KEY, logFile)).toBeNull(); // nothing new: nothing written
    await expect(sql('truncate audit_heads')).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(sql('delete from audit_heads')).rejects.toThrow(/append-only: DELETE refused/);
    expect(
      fs
        .readFileSync(logFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([head]);
    expect(await verifyAuditHeads(em(), KEY, logFile)).toEqual({
      verified: 1,
      newest: head,
      problems: [],
      ignoredLines: 0,
    });
    const cli = await verifyCli();
    expect([cli.code, cli.stdout]).toEqual([
      0,
      expect.stringContaining(`signed heads hold: 1, the newest at row ${head.auditId}`),
    ]);
  });

  it('detects an edited row whose hashes were recomputed: the chain holds, the head does not', async () => {
    const head = (await publishAuditHead(em(), KEY, logFile))!;
    const { rows } = await sql('select id::text as id from audit_log order by id');
    await bypassingTriggers(async () => {
      await sql(`update audit_log set details = details || '{"ip": "10.0.0.66"}' where id = $1`, [rows[1].id]);
      await recomputeFrom(rows[1].id);
    });
    expect((await verifyAuditChain(em())).broken).toBeNull();
    expect((await verifyAuditHeads(em(), KEY, logFile)).problems).toEqual([{ head, reason: 'MISMATCH' }]);
    const cli = await verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`signed head of row ${head.auditId} at ${head.at} MISMATCH`);
  });

  it('detects a cut-off tail, even when the heads were deleted from the table too (the head log keeps them)', async () => {
    const head = (await publishAuditHead(em(), KEY, logFile))!;
    await bypassingTriggers(async () => {
      await sql('delete from audit_log where id >= $1', [BigInt(head.auditId) - 1n]);
      await sql('delete from audit_heads');
    });
    expect((await verifyAuditChain(em())).broken).toBeNull();
    expect((await verifyAuditHeads(em(), KEY, logFile)).problems).toEqual([{ head, reason: 'MISSING' }]);
    // without the log kept outside the database, nothing would show it
    expect((await verifyAuditHeads(em(), KEY, null)).problems).toEqual([]);
  });

  it('rejects a head signed with another key, and a real head checked with another key', async () => {
    const head = (await publishAuditHead(em(), KEY, logFile))!;
    const { rows } = await sql('select id::text as id from audit_log order by id');
    await bypassingTriggers(async () => {
      await sql(`update audit_log set action = 'AUTH.LOGOUT' where id = $1`, [rows[0].id]);
      await recomputeFrom(rows[0].id);
    });
    // the intruder signs a head for the rewritten chain, with a key of its own
    const [tail] = (await sql('select id::text as id, hash from audit_log order by id desc limit 1')).rows;
    const claim = { db: head.db, auditId: tail.id as string, hash: tail.hash as string, at: new Date().toISOString() };
    const forged: SignedHead = { ...claim, mac: signHead(Buffer.from('an-intruders-key-of-32-characters!!'), claim) };
    await sql('insert into audit_heads (db, audit_id, hash, at, mac) values ($1, $2, $3, $4, $5)', [
      forged.db,
      forged.auditId,
      forged.hash,
      forged.at,
      forged.mac,
    ]);

    const report = await verifyAuditHeads(em(), KEY, logFile);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { head: forged, reason: 'FORGED' },
        { head, reason: 'MISMATCH' },
      ]),
    );
    expect(report.newest).toEqual(head);
    const otherKey = await verifyAuditHeads(em(), Buffer.from('x'.repeat(32)), logFile);
    expect(otherKey.verified).toBe(0);
    expect(otherKey.problems.every((p) => p.reason === 'FORGED')).toBe(true);
  });
});

describe('publishing heads while the server runs', () => {
  it('publishes when the job engine runs its task (as its schedule does) and once more at shutdown', async () => {
    const database = await createTestDatabase();
    const t = await startTestApp({
      database,
      config: {
        auditHead: { key: TEST_AUDIT_HEAD_KEY, keyFile: '', logFile: null, intervalMs: 0 },
        jobs: { enabled: true, concurrency: 1, pollIntervalMs: 200 },
      },
    });
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const newestHead = async () =>
        (await db.query('select audit_id::text as id from audit_heads order by id desc limit 1')).rows[0]?.id as
          string | undefined;
      const newestRow = async () => (await db.query('select max(id)::text as id from audit_log')).rows[0].id as string;
      await t.login('stnmt.lead');
      const row = await newestRow();
      // the job a tick of AUDIT_HEAD_MINUTES adds (minutes apart: a test does not wait for the clock)
      await db.query(`select graphile_worker.add_job('audit.publish-head')`);
      await waitFor(
        async () => ((await newestHead()) === row ? true : undefined),
        'a head of the newest row, from the job',
      );
      await t.login('stc.lead'); // then stop: no job publishes it
      const last = await newestRow();
      await t.stop();
      expect(await newestHead()).toBe(last);
    } finally {
      await db.end();
      await database.drop();
    }
  });
});
