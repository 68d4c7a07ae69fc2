import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { DomainError, ErrorCode } from '../../shared/errors';
import { message } from '../../shared/messages';
import { advisoryXactLock, db, runQuery } from '../../shared/typed-sql';

/** How many bytes of attachments one request, and one agency across all its requests, may hold. */
export interface AttachmentQuota {
  perRequestBytes: number;
  perAgencyBytes: number;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`
    : `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

function quotaExceeded(whose: 'agency' | 'request', limit: number, used: number): DomainError {
  return new DomainError(
    ErrorCode.QUOTA_EXCEEDED,
    message('attachment.quotaExceeded', { whose, limit: size(limit), used: size(used) }),
  );
}

/** Bytes held by the attachments matching `column = id` (summed as text: a bigint sum may pass 2^53). */
async function usedBy(em: EntityManager, column: 'agency_id' | 'request_id', id: string): Promise<number> {
  const [{ used }] = await runQuery(
    em,
    db
      .selectFrom('request_attachments')
      .select(sql<string>`coalesce(sum(size), 0)::text`.as('used'))
      .where(column, '=', id),
  );
  return Number(used);
}

const usedByAgency = (em: EntityManager, agencyId: string) => usedBy(em, 'agency_id', agencyId);
const usedByRequest = (em: EntityManager, requestId: string) => usedBy(em, 'request_id', requestId);

/** Before receiving the bytes: refuse at once an upload whose declared size cannot fit the agency's quota. */
export async function checkDeclaredUpload(
  em: EntityManager,
  agencyId: string,
  declaredBytes: number,
  quota: AttachmentQuota,
): Promise<void> {
  const used = await usedByAgency(em, agencyId);
  if (used + declaredBytes > quota.perAgencyBytes) throw quotaExceeded('agency', quota.perAgencyBytes, used);
}

/**
 * Inside the transaction that records the attachment: takes the agency's, then the request's,
 * lock (always in that order, so two uploads never wait on each other in a cycle), so parallel
 * uploads count each other's bytes and together never pass either quota.
 */
export async function reserveAttachmentSpace(
  tx: EntityManager,
  file: { requestId: string; agencyId: string; size: number },
  quota: AttachmentQuota,
): Promise<void> {
  await advisoryXactLock(tx, sql<string>`'attachments:agency:' || ${file.agencyId}`);
  await advisoryXactLock(tx, sql<string>`'attachments:request:' || ${file.requestId}`);
  const byAgency = await usedByAgency(tx, file.agencyId);
  if (byAgency + file.size > quota.perAgencyBytes) throw quotaExceeded('agency', quota.perAgencyBytes, byAgency);
  const byRequest = await usedByRequest(tx, file.requestId);
  if (byRequest + file.size > quota.perRequestBytes) throw quotaExceeded('request', quota.perRequestBytes, byRequest);
}
