import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { db, runQuery, runStatement } from '../../shared/typed-sql';
import { COMMIT_ORDER_LOCK } from '../../shared/commit-order';
import { canonicalJson, chainHash, type AuditContent } from './audit-chain';

export interface NewAuditEntry {
  actorUserId: string | null;
  actorAgencyId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details?: Record<string, unknown>;
}

/** The next audit row id, as SQL: only ever drawn under the commit-order lock (ids follow the chain). */
export const NEXT_AUDIT_ID = sql<string>`nextval(pg_get_serial_sequence('audit_log', 'id'))::text`;

/**
 * Appends to the audit log inside the caller's transaction. The commit-order lock (shared with
 * the event log) makes writers take turns until commit, so each row chains to the row committed
 * just before it. One statement takes the lock and draws the row's id under it; the next one
 * reads the previous row — in a statement of its own, because under READ COMMITTED a statement
 * sees what was committed when it began, and only a statement begun after the lock was granted
 * sees the row of the writer that held it just before.
 */
export async function appendAudit(em: EntityManager, entry: NewAuditEntry): Promise<void> {
  if (!em.getTransactionContext()) throw new Error('appendAudit must run inside a transaction');
  const [{ id }] = await runQuery(
    em,
    sql<{ id: string }>`with commit_order as materialized (select pg_advisory_xact_lock(${COMMIT_ORDER_LOCK}))
      select ${NEXT_AUDIT_ID} as id from commit_order`,
  );
  await appendAuditUnderLock(em, id, entry);
}

/**
 * Appends the audit row `id` — drawn with `NEXT_AUDIT_ID` in an earlier statement of this
 * transaction that took the commit-order lock (`appendAudit`, or `appendEvent` with its event) —
 * in one statement: the previous row's hash is read and the new hash computed in PostgreSQL, the
 * same `chainHash` (sha256 of the previous hash, a newline and the canonical JSON of the content)
 * that `verifyAuditChain` recomputes in Node.
 */
export async function appendAuditUnderLock(em: EntityManager, id: string, entry: NewAuditEntry): Promise<void> {
  const content: AuditContent = {
    id,
    at: new Date().toISOString(),
    actorUserId: entry.actorUserId,
    actorAgencyId: entry.actorAgencyId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    details: entry.details ?? {},
  };
  await runStatement(
    em,
    sql`insert into audit_log (id, at, actor_user_id, actor_agency_id, action, subject_type, subject_id, details, prev_hash, hash)
      select ${id}::bigint, ${content.at}::timestamptz, ${content.actorUserId}::uuid, ${content.actorAgencyId}::uuid,
             ${content.action}, ${content.subjectType}, ${content.subjectId}, ${JSON.stringify(content.details)}::jsonb,
             prev.hash, encode(sha256(convert_to(prev.hash || chr(10) || ${canonicalJson(content)}, 'UTF8')), 'hex')
        from (select coalesce((select hash from audit_log order by id desc limit 1), '') as hash) as prev`,
  );
}

/** Appends in a transaction of its own (for facts with no other write, e.g. a failed login). */
export function recordAudit(em: EntityManager, entry: NewAuditEntry): Promise<void> {
  return em.transactional((tx) => appendAudit(tx, entry));
}

export interface ChainReport {
  checked: number;
  /** The first row whose hash or link does not hold, or null when the whole chain holds. */
  broken: { id: string; reason: 'HASH' | 'LINK' } | null;
  headHash: string;
}

const PAGE = 1000;

/** Recomputes the chain from the first row, page by page. */
export async function verifyAuditChain(em: EntityManager): Promise<ChainReport> {
  let prevHash = '';
  let checked = 0;
  let afterId = '0';
  for (;;) {
    const rows = await runQuery(
      em,
      db
        .selectFrom('audit_log')
        .select([
          sql<string>`id::text`.as('id'),
          'at',
          'actor_user_id',
          'actor_agency_id',
          'action',
          'subject_type',
          'subject_id',
        ])
        .select([sql<Record<string, unknown>>`details`.as('details'), 'prev_hash', 'hash'])
        .where(sql<SqlBool>`audit_log.id > ${afterId}::bigint`)
        .orderBy('audit_log.id')
        .limit(PAGE),
    );
    for (const row of rows) {
      const { id } = row;
      if (row.prev_hash !== prevHash) return { checked, broken: { id, reason: 'LINK' }, headHash: prevHash };
      const content: AuditContent = {
        id,
        at: new Date(row.at).toISOString(),
        actorUserId: row.actor_user_id,
        actorAgencyId: row.actor_agency_id,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        details: row.details,
      };
      if (chainHash(prevHash, content) !== row.hash)
        return { checked, broken: { id, reason: 'HASH' }, headHash: prevHash };
      prevHash = row.hash;
      checked += 1;
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return { checked, broken: null, headHash: prevHash };
    afterId = last.id;
  }
}

/**
 * Flushes the unit of work and appends its audit entry in one transaction: both or neither.
 * `also` runs in the same transaction after the flush (e.g. taking an idempotency key).
 */
export async function flushAudited(
  em: EntityManager,
  entry: () => NewAuditEntry,
  also?: () => Promise<void>,
): Promise<void> {
  await em.begin();
  try {
    await em.flush();
    await also?.();
    await appendAudit(em, entry());
    await em.commit();
  } catch (error) {
    await em.rollback();
    // forget the unsaved changes, or the next query's auto-flush would try them again
    em.clear();
    throw error;
  }
}
