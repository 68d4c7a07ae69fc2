import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../shared/errors';
import { runSql } from '../../shared/sql';

/** How many bytes of attachments one request, and one agency across all its requests, may hold. */
export interface AttachmentQuota {
  perRequestBytes: number;
  perAgencyBytes: number;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`
    : `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

function quotaExceeded(whose: string, limit: number, used: number): DomainError {
  return new DomainError(ErrorCode.QUOTA_EXCEEDED, `Vượt hạn mức tệp đính kèm của ${whose}: tối đa ${size(limit)}, đã dùng ${size(used)}.`);
}

const usedByAgency = async (em: EntityManager, agencyId: string) =>
  Number((await runSql<{ used: string }[]>(em, 'select coalesce(sum(size), 0)::text as used from request_attachments where agency_id = ?', [agencyId]))[0].used);

const usedByRequest = async (em: EntityManager, requestId: string) =>
  Number((await runSql<{ used: string }[]>(em, 'select coalesce(sum(size), 0)::text as used from request_attachments where request_id = ?', [requestId]))[0].used);

/** Before receiving the bytes: refuse at once an upload whose declared size cannot fit the agency's quota. */
export async function checkDeclaredUpload(em: EntityManager, agencyId: string, declaredBytes: number, quota: AttachmentQuota): Promise<void> {
  const used = await usedByAgency(em, agencyId);
  if (used + declaredBytes > quota.perAgencyBytes) throw quotaExceeded('cơ quan', quota.perAgencyBytes, used);
}

/**
 * Inside the transaction that records the attachment: takes the agency's, then the request's,
 * lock (always in that order, so two uploads never wait on each other in a cycle), so parallel
 * uploads count each other's bytes and together never pass either quota.
 */
export async function reserveAttachmentSpace(tx: EntityManager, file: { requestId: string; agencyId: string; size: number }, quota: AttachmentQuota): Promise<void> {
  await runSql(tx, `select pg_advisory_xact_lock(hashtext('attachments:agency:' || ?))`, [file.agencyId]);
  await runSql(tx, `select pg_advisory_xact_lock(hashtext('attachments:request:' || ?))`, [file.requestId]);
  const byAgency = await usedByAgency(tx, file.agencyId);
  if (byAgency + file.size > quota.perAgencyBytes) throw quotaExceeded('cơ quan', quota.perAgencyBytes, byAgency);
  const byRequest = await usedByRequest(tx, file.requestId);
  if (byRequest + file.size > quota.perRequestBytes) throw quotaExceeded('đề nghị', quota.perRequestBytes, byRequest);
}
