import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A signed head of the audit log: "in database `db`, at `at`, the chain ended at row `auditId`
 * with hash `hash`", with an HMAC under a key the database never holds. Whoever can bypass the
 * triggers can rewrite the chain and recompute its hashes, but cannot sign a head for the result:
 * `npm run audit:verify` compares the chain with the heads (audit-heads.ts). Append-only, like the log.
 */
@Entity({ tableName: 'audit_heads' })
export class AuditHead {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 63 })
  db!: string;

  @Property({ type: new BigIntType('string') })
  auditId!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  /** Hex HMAC-SHA256 of db, auditId, hash and at (signHead). */
  @Property({ type: 'string', length: 64 })
  mac!: string;
}
