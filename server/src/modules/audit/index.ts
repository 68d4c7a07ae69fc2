export { AuditEntry } from './audit-entry.entity';
export { appendAudit, flushAudited, recordAudit, verifyAuditChain } from './audit-log';
export type { ChainReport, NewAuditEntry } from './audit-log';
export { canonicalJson } from './audit-chain';
