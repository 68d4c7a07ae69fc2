import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The audit log: who did what, when — append-only (the database refuses UPDATE, DELETE and
 * TRUNCATE) and hash-chained: each row's hash covers its content and the previous row's hash, so
 * any change to a past row breaks the chain from there on (`npm run audit:verify`).
 */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['subjectType', 'subjectId', 'id'] })
export class AuditEntry {
  /** Drawn from the sequence before hashing, so the id is part of what the hash covers. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorAgencyId!: string | null;

  /** e.g. REQUEST.SUBMITTED, AUTH.LOGIN_FAILED, USER.CREATED */
  @Property({ type: 'string', length: 80 })
  action!: string;

  @Property({ type: 'string', length: 32 })
  subjectType!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  subjectId!: string | null;

  @Property({ type: 'json' })
  details!: Record<string, unknown>;

  /** Hex SHA-256 of the previous row ('' for the first). */
  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
