export { AuditEntry } from './audit-entry.entity';
export { appendAudit, flushAudited, recordAudit, verifyAuditChain } from './audit-log';
export type { ChainReport, NewAuditEntry } from './audit-log';
export { canonicalJson } from './audit-chain';
export { AuditHead } from './audit-head.entity';
export { loadAuditHeadKey } from './audit-head-key';
export type { AuditHeadSettings } from './audit-head-key';
export { publishAuditHead, scheduleAuditHeads, signHead, verifyAuditHeads } from './audit-heads';
export type { HeadReport, SignedHead } from './audit-heads';
