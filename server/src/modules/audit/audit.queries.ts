import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { isCalendarDate, PROVINCE_TIME_ZONE } from '../../shared/clock';
import { fieldError, forbidden, invalidInput } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { decodeCursor, encodeCursor, invalidCursor, pageSize, toPage, type Page } from '../../shared/pagination';
import { likePattern } from '../../shared/search';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { chainHash, type AuditContent } from './audit-chain';
import { verifyAuditChain } from './audit-log';
import { auditPolicy } from './audit.policy';
import type { AuditChainStatus, AuditLogFilter, AuditRecord } from './audit.types';

const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

function checkedDay(field: string, value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (!isCalendarDate(value) || value < '1000')
    throw invalidInput([fieldError(`filter.${field}`, 'INVALID_FORMAT', message('field.invalidFormat'))]);
  return value;
}

/**
 * A page of the audit log, newest first, in one statement: each row with its actor's name, a
 * label for its subject, and the hash of the row before it in the chain (an index read per row).
 * Each row is checked here against its own hash and that link, so a page shows which of its rows
 * were changed; the whole chain is walked only on demand (`auditChainStatus`), since it grows
 * with every sign-in.
 */
export async function readAuditLog(
  em: EntityManager,
  viewer: Viewer | null,
  filter: AuditLogFilter | null | undefined,
  first: number,
  after?: string | null,
): Promise<Page<AuditRecord>> {
  if (!auditPolicy.canRead(viewer)) throw forbidden();
  const limit = pageSize(first);
  const from = checkedDay('from', filter?.from);
  const to = checkedDay('to', filter?.to);
  let query = db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .select([sql<string>`l.id::text`.as('id'), 'l.at', 'l.actor_user_id', 'l.actor_agency_id', 'l.action'])
    .select(['l.subject_type', 'l.subject_id', sql<Record<string, unknown>>`l.details`.as('details')])
    .select(['l.prev_hash', 'l.hash', 'u.username as actor_username', 'u.full_name as actor_full_name'])
    .select(
      sql<string>`coalesce((select p.hash from audit_log p where p.id < l.id order by p.id desc limit 1), '')`.as(
        'link',
      ),
    )
    .select(
      sql<string | null>`case
        when l.subject_id !~* ${UUID} then null
        when l.subject_type = 'USER' then (select su.username from users su where su.id = l.subject_id::uuid)
        when l.subject_type = 'AGENCY' then (select sa.short_name from agencies sa where sa.id = l.subject_id::uuid)
      end`.as('subject_label'),
    )
    .orderBy('l.id', 'desc')
    .limit(limit + 1);
  if (after) {
    const [id] = decodeCursor(after, 1);
    if (typeof id !== 'string' || !/^\d{1,18}$/.test(id)) throw invalidCursor();
    query = query.where(sql<SqlBool>`l.id < ${id}::bigint`);
  }
  if (filter?.actorId != null) {
    if (!isId(filter.actorId)) return toPage([], limit, () => '');
    query = query.where('l.actor_user_id', '=', filter.actorId);
  }
  const action = filter?.action?.trim().toUpperCase();
  if (action) query = query.where(sql<SqlBool>`l.action like ${likePattern(action).slice(1).toUpperCase()}`);
  if (from) query = query.where(sql<SqlBool>`l.at >= (${from}::date)::timestamp at time zone ${PROVINCE_TIME_ZONE}`);
  if (to) query = query.where(sql<SqlBool>`l.at < (${to}::date + 1)::timestamp at time zone ${PROVINCE_TIME_ZONE}`);

  const rows = await runQuery(em, query);
  const records = rows.map((row): AuditRecord => {
    const content: AuditContent = {
      id: row.id,
      at: new Date(row.at).toISOString(),
      actorUserId: row.actor_user_id,
      actorAgencyId: row.actor_agency_id,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      details: row.details,
    };
    return {
      id: row.id,
      at: new Date(row.at),
      action: row.action,
      actor:
        row.actor_user_id && row.actor_username
          ? { id: row.actor_user_id, username: row.actor_username, fullName: row.actor_full_name ?? '' }
          : null,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      subjectLabel: row.subject_label,
      details: JSON.stringify(row.details),
      chainIntact: row.prev_hash === row.link && chainHash(row.prev_hash, content) === row.hash,
    };
  });
  return toPage(records, limit, (record) => encodeCursor([record.id]));
}

/** The whole chain, from the first row (what `npm run audit:verify` checks first). */
export async function auditChainStatus(em: EntityManager, viewer: Viewer | null): Promise<AuditChainStatus> {
  if (!auditPolicy.canRead(viewer)) throw forbidden();
  const report = await verifyAuditChain(em);
  return { intact: report.broken === null, checked: report.checked, brokenAtId: report.broken?.id ?? null };
}
