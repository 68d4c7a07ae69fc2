import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { everyMinutes, type JobSet } from '../../jobs';
import { db, runQuery, runStatement } from '../../shared/typed-sql';
import type { AuditHeadSettings } from './audit-head-key';

const currentDatabase = sql<string>`current_database()`;

/** A head as stored in audit_heads and as one JSON line of the head log. */
export interface SignedHead {
  db: string;
  auditId: string;
  hash: string;
  at: string;
  mac: string;
}

export function signHead(key: Buffer, head: Omit<SignedHead, 'mac'>): string {
  return createHmac('sha256', key).update(`${head.db}\n${head.auditId}\n${head.hash}\n${head.at}`).digest('hex');
}

function signedWith(key: Buffer, head: SignedHead): boolean {
  const expected = Buffer.from(signHead(key, head), 'hex');
  const given = Buffer.from(String(head.mac), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Signs the log's newest row into audit_heads and appends it to the head log. Cheap: two index
 * reads, and nothing is written when no audit row was added since the last head.
 */
export async function publishAuditHead(
  em: EntityManager,
  key: Buffer,
  logFile: string | null,
): Promise<SignedHead | null> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('audit_log as l')
      .select([currentDatabase.as('db'), sql<string>`l.id::text`.as('audit_id'), 'l.hash'])
      .select(sql<string | null>`(select h.audit_id::text from audit_heads h order by h.id desc limit 1)`.as('last'))
      .orderBy('l.id', 'desc')
      .limit(1),
  );
  if (!row || row.last === row.audit_id) return null;
  const head = { db: row.db, auditId: row.audit_id, hash: row.hash, at: new Date().toISOString() };
  const signed: SignedHead = { ...head, mac: signHead(key, head) };
  await runStatement(
    em,
    db
      .insertInto('audit_heads')
      .values({ db: signed.db, audit_id: signed.auditId, hash: signed.hash, at: signed.at, mac: signed.mac }),
  );
  if (logFile) {
    await fs.promises.mkdir(path.dirname(logFile), { recursive: true });
    await fs.promises.appendFile(logFile, `${JSON.stringify(signed)}\n`);
  }
  return signed;
}

/**
 * Publishes at start (awaited, so no statement of it lands among a caller's first requests) and a
 * last time at stop; one publication at a time. In between the job engine publishes every
 * `intervalMs` (auditHeadJobs): one replica per tick, none with the engine off (JOBS=off).
 */
export async function scheduleAuditHeads(
  fork: () => EntityManager,
  key: Buffer,
  settings: AuditHeadSettings,
  log: (message: string, error?: unknown) => void,
): Promise<{ stop(): Promise<void> }> {
  let running: Promise<unknown> = Promise.resolve();
  const publish = () => {
    running = running
      .then(() => publishAuditHead(fork(), key, settings.logFile))
      .catch((error) => log('audit head: could not publish', error));
    return running;
  };
  await publish();
  return {
    async stop() {
      // at shutdown the database may be gone: do not hold the exit for it
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([publish(), new Promise((resolve) => (timeout = setTimeout(resolve, 3000)))]);
      clearTimeout(timeout);
    },
  };
}

export const AUDIT_HEAD_TASK = 'audit.publish-head';

/** The periodic publication as a job engine task, every AUDIT_HEAD_MINUTES (none when 0). */
export function auditHeadJobs(fork: () => EntityManager, key: Buffer, settings: AuditHeadSettings): JobSet {
  const minutes = settings.intervalMs / 60_000;
  return {
    tasks: {
      [AUDIT_HEAD_TASK]: async () => {
        await publishAuditHead(fork(), key, settings.logFile);
      },
    },
    schedules: minutes > 0 ? [{ task: AUDIT_HEAD_TASK, pattern: everyMinutes(minutes, 'AUDIT_HEAD_MINUTES') }] : [],
  };
}

export interface HeadReport {
  /** Heads of this database (table and log together) whose signature holds. */
  verified: number;
  newest: SignedHead | null;
  /** FORGED: signed with another key, or not at all; MISSING: its row is gone; MISMATCH: its row's hash changed. */
  problems: { head: SignedHead; reason: 'FORGED' | 'MISSING' | 'MISMATCH' }[];
  /** Lines of the head log that are not heads of this database. */
  ignoredLines: number;
}

function readHeadLog(logFile: string | null, database: string): { heads: SignedHead[]; ignored: number } {
  if (!logFile || !fs.existsSync(logFile)) return { heads: [], ignored: 0 };
  const heads: SignedHead[] = [];
  let ignored = 0;
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const head = JSON.parse(line) as SignedHead;
      if (head.db === database) heads.push(head);
      else ignored += 1;
    } catch {
      ignored += 1;
    }
  }
  return { heads, ignored };
}

/**
 * Checks the chain against every head, from the table and from the log outside the database
 * (which survives a DELETE of audit_heads): each head must be signed with the key, and its row
 * must still exist with the hash it had. With the chain itself intact (verifyAuditChain), a
 * matching head proves every row up to it unchanged: a rewrite with recomputed hashes changes
 * the head row's hash, and a cut-off tail loses the head row.
 */
export async function verifyAuditHeads(em: EntityManager, key: Buffer, logFile: string | null): Promise<HeadReport> {
  const [{ database }] = await runQuery(em, db.selectNoFrom(currentDatabase.as('database')));
  const stored = await runQuery(
    em,
    db
      .selectFrom('audit_heads')
      .select(['db', sql<string>`audit_id::text`.as('audit_id'), 'hash', 'at', 'mac'])
      .where('db', '=', database)
      .orderBy('id'),
  );
  const logged = readHeadLog(logFile, database);
  const byMac = new Map<string, SignedHead>();
  for (const r of stored)
    byMac.set(r.mac, { db: r.db, auditId: r.audit_id, hash: r.hash, at: new Date(r.at).toISOString(), mac: r.mac });
  for (const head of logged.heads) byMac.set(String(head.mac), head);

  const problems: HeadReport['problems'] = [];
  const verified: SignedHead[] = [];
  for (const head of byMac.values()) {
    if (signedWith(key, head)) verified.push(head);
    else problems.push({ head, reason: 'FORGED' });
  }
  const ids = [...new Set(verified.map((h) => h.auditId))];
  const rows = ids.length
    ? await runQuery(
        em,
        db
          .selectFrom('audit_log')
          .select([sql<string>`id::text`.as('id'), 'hash'])
          .where(sql<SqlBool>`id = any(${`{${ids.join(',')}}`}::bigint[])`),
      )
    : [];
  const hashOf = new Map(rows.map((r) => [r.id, r.hash]));
  for (const head of verified) {
    const hash = hashOf.get(head.auditId);
    if (hash === undefined) problems.push({ head, reason: 'MISSING' });
    else if (hash !== head.hash) problems.push({ head, reason: 'MISMATCH' });
  }
  const newest = verified.reduce<SignedHead | null>(
    (a, h) => (!a || BigInt(h.auditId) > BigInt(a.auditId) ? h : a),
    null,
  );
  return { verified: verified.length, newest, problems, ignoredLines: logged.ignored };
}
