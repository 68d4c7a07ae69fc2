import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per (user, idempotency key): what the first call asked for (a fingerprint of its input)
 * and what it produced. Written in the same transaction as the work, so a key is taken exactly
 * when the work is committed.
 */
@Entity({ tableName: 'idempotency_keys' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  @Property({ type: 'string', length: 60 })
  operation!: string;

  /** SHA-256 of the operation and its input (without the key). */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  /** The id of what the first call created or decided. */
  @Property({ type: 'string', length: 100 })
  resultId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;
}
