import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ormConfig } from '../db/orm-config';
import { verifyAuditChain, verifyAuditHeads } from '../modules/audit';
import { verifyDecisionSeals } from '../modules/decisions';
import { verifyDocument, VerificationCode } from '../modules/signing';
import { startTestApp, TEST_AUDIT_HEAD_KEY, testConfig, type TestApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { describeFile } from './manifest';
import { databaseName, majorVersions, pgProgram } from './pg-tools';

const BACKUP_CLI = path.resolve(__dirname, '..', '..', 'dist', 'backup', 'backup-cli.js');

interface Snapshot {
  rows: Record<string, number>;
  decisions: string[];
}

/** Every table's row count, and the register's numbers with what they number. */
async function snapshot(url: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    );
    const rows: Record<string, number> = {};
    for (const { name } of tables.rows)
      rows[name] = Number((await client.query(`select count(*) as n from "${name}"`)).rows[0].n);
    const decisions = await client.query<{ d: string }>(
      `select concat_ws(' ', id, issuer_code, year, number, proposal_id) as d from decisions order by id`,
    );
    return { rows, decisions: decisions.rows.map((r) => r.d) };
  } finally {
    await client.end();
  }
}

/** Every file under `dir` with its bytes and permission bits. */
function filesOf(dir: string): Record<string, { bytes: string; mode: string }> {
  const files: Record<string, { bytes: string; mode: string }> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile())
      files[path.relative(dir, file)] = {
        bytes: fs.readFileSync(file, 'base64'),
        mode: (fs.statSync(file).mode & 0o777).toString(8),
      };
  }
  return files;
}

describe('npm run backup / npm run restore', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-backup-'));
  const attachmentsDir = path.join(root, 'attachments');
  const headLog = path.join(root, 'audit-heads.log');
  const signingDir = path.join(root, 'signing');
  let database: TestDatabase;
  let t: TestApp | null = null;
  let attachment: { key: string; bytes: Buffer };

  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, [BACKUP_CLI, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATA_DIR: root,
        ATTACHMENTS_DIR: attachmentsDir,
        AUDIT_HEAD_LOG: headLog,
        AUDIT_HEAD_KEY: TEST_AUDIT_HEAD_KEY,
        SIGNING_DIR: signingDir,
      },
    }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
  const backupDirs = () => fs.readdirSync(path.join(root, 'backups')).map((d) => path.join(root, 'backups', d));

  beforeAll(async () => {
    database = await createTestDatabase();
    t = await startTestApp({
      database,
      config: {
        demoRequests: true,
        attachmentsDir,
        auditHead: { key: TEST_AUDIT_HEAD_KEY, keyFile: '', logFile: headLog, intervalMs: 0 },
        // the demo world is signed as it is issued: the CA and the officials' keys are made here
        signing: { ...testConfig().signing, dir: signingDir },
      },
    });
    const locality = await t.login('ubnd-ts.staff');
    const outbox = await t.gql<{ requests: { edges: { node: { id: string } }[] } }>(
      '{ requests(filter: { box: OUTBOX }) { edges { node { id } } } }',
      {},
      locality,
    );
    const bytes = randomBytes(40_000);
    const response = await fetch(`${t.url}/files/requests/${outbox.data!.requests.edges[0].node.id}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('Biên bản.pdf'),
        authorization: `Bearer ${locality}`,
      },
      body: new Uint8Array(bytes),
    });
    expect(response.status).toBe(201);
    const [key] = fs.readdirSync(attachmentsDir).filter((name) => name !== 'tmp');
    attachment = { key, bytes };
  }, 120_000);
  afterAll(async () => {
    await t?.stop();
    await database.drop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('backs up the live server, and after the schema is dropped restores every row, the chain, the file and the keys', async () => {
    const versions = await majorVersions(pgProgram('pg_dump'), database.url);
    if (versions.client < versions.server) {
      // The embedded PostgreSQL (a newer major than the machine's client programs): refused clearly.
      const refused = await cli('backup');
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`set PG_BIN to the bin folder of a client ≥ ${versions.server}`);
      return;
    }
    const before = await snapshot(database.url); // nothing runs meanwhile: no sweep, no head timer
    const keys = filesOf(signingDir);
    expect(Object.keys(keys)).toEqual(expect.arrayContaining(['ca.pem', 'ca.cert.pem']));
    expect(Object.keys(keys).filter((file) => file.startsWith('officials/')).length).toBeGreaterThan(0);
    const made = await cli('backup');
    expect(made).toMatchObject({ code: 0 });
    expect(made.stdout).not.toContain('postgres://');
    const [backupDir] = backupDirs();
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 1, database: new URL(database.url).pathname.slice(1) });
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['database.dump', `attachments/${attachment.key}`, 'audit-heads.log']),
    );
    expect(filesOf(path.join(backupDir, 'signing'))).toEqual(keys);

    await t!.stop(); // the server is stopped for a restore (and signs a head the backup does not hold)
    t = null;
    expect(before.rows.audit_log).toBeGreaterThan(0);
    expect(before.decisions.length).toBeGreaterThan(0);
    const lost = new pg.Client({ connectionString: database.url });
    await lost.connect();
    await lost.query('drop schema public cascade; create schema public');
    await lost.end();
    fs.rmSync(attachmentsDir, { recursive: true });
    fs.rmSync(signingDir, { recursive: true });

    const restored = await cli('restore', backupDir);
    expect(restored).toMatchObject({ code: 0 });
    expect(await snapshot(database.url)).toEqual(before);
    // Over a database that has its tables (the usual case): --clean drops them, the immutable ones too.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const deleted = await client.query('delete from sessions');
    await client.end();
    expect(deleted.rowCount).toBeGreaterThan(0);
    const again = await cli('restore', backupDir);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('the files it replaced are kept in');
    expect(await snapshot(database.url)).toEqual(before);
    expect(fs.readFileSync(path.join(attachmentsDir, attachment.key)).equals(attachment.bytes)).toBe(true);
    expect(filesOf(signingDir)).toEqual(keys); // keys, certificates and passphrase, 0600 each

    const orm = await MikroORM.init(ormConfig(database.url));
    try {
      const chain = await verifyAuditChain(orm.em.fork());
      expect(chain).toMatchObject({ broken: null, checked: before.rows.audit_log });
      const heads = await verifyAuditHeads(orm.em.fork(), Buffer.from(TEST_AUDIT_HEAD_KEY), headLog);
      expect(heads.problems).toEqual([]);
      expect(heads.verified).toBeGreaterThan(0);
      expect((await verifyDecisionSeals(orm.em.fork())).problems).toEqual([]);
      // verified against the restored CA: without it the next signature would start a new one
      const signed = await orm.em
        .getConnection()
        .execute<{ bytes: Buffer }[]>('select bytes from signed_documents order by signed_at limit 1');
      expect((await verifyDocument(orm.em.fork(), signed[0].bytes)).code).toBe(VerificationCode.GENUINE);
    } finally {
      await orm.close();
    }
  }, 180_000);

  it('refuses a tampered, incomplete or mismatched backup and writes nothing', async () => {
    // A backup made by hand, so that this runs whatever the client programs: restore refuses before pg_restore.
    const backupDir = path.join(root, 'made-by-hand');
    fs.mkdirSync(path.join(backupDir, 'attachments'), { recursive: true });
    fs.writeFileSync(path.join(backupDir, 'database.dump'), randomBytes(1000));
    fs.writeFileSync(path.join(backupDir, 'attachments', attachment.key), attachment.bytes);
    const files = await Promise.all(
      ['database.dump', `attachments/${attachment.key}`].map((file) => describeFile(backupDir, file)),
    );
    const manifest = { format: 1, createdAt: new Date().toISOString(), database: databaseName(database.url), files };
    fs.writeFileSync(path.join(backupDir, 'manifest.json'), JSON.stringify(manifest));
    const copy = (name: string) => {
      const dir = path.join(root, name);
      fs.cpSync(backupDir, dir, { recursive: true });
      return dir;
    };
    const tampered = copy('tampered');
    const file = path.join(tampered, 'attachments', attachment.key);
    const bytes = fs.readFileSync(file);
    bytes[100] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const incomplete = copy('incomplete');
    fs.rmSync(path.join(incomplete, 'database.dump'));
    const other = copy('other');
    fs.writeFileSync(path.join(other, 'manifest.json'), JSON.stringify({ ...manifest, database: 'another_province' }));
    const escaping = copy('escaping');
    fs.writeFileSync(
      path.join(escaping, 'manifest.json'),
      JSON.stringify({ ...manifest, files: [...manifest.files, { path: '../x', size: 0, sha256: '0'.repeat(64) }] }),
    );

    const climbing = copy('climbing');
    fs.writeFileSync(
      path.join(climbing, 'manifest.json'),
      JSON.stringify({
        ...manifest,
        files: [...manifest.files, { path: 'signing/../../x', size: 0, sha256: '0'.repeat(64) }],
      }),
    );

    const extra = copy('extra');
    fs.writeFileSync(path.join(extra, 'notes.txt'), 'not from the backup');

    const before = await snapshot(database.url);
    fs.mkdirSync(attachmentsDir, { recursive: true });
    fs.writeFileSync(path.join(attachmentsDir, 'marker'), 'still here');
    for (const [dir, reason] of [
      [tampered, `attachments/${attachment.key} is damaged`],
      [incomplete, 'database.dump is missing'],
      [other, 'the backup is of database "another_province"'],
      [extra, 'notes.txt is not in the manifest'],
      [escaping, 'manifest.json is not a format 1 backup manifest'],
      [climbing, 'manifest.json is not a format 1 backup manifest'],
      [path.join(root, 'nowhere'), 'no readable manifest.json'],
    ]) {
      const refused = await cli('restore', dir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`backup REFUSED: ${reason}`);
    }
    expect(await snapshot(database.url)).toEqual(before);
    expect(fs.readFileSync(path.join(attachmentsDir, 'marker'), 'utf8')).toBe('still here');
  }, 120_000);
});
