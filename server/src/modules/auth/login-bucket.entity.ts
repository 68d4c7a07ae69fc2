import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One login-throttle counter (rules in login-throttle.ts). Rows are locked while an attempt is
 * judged and reserved, so every server process on the database counts the same attempts.
 */
@Entity({ tableName: 'login_buckets' })
export class LoginBucket {
  /** `account:<username>`, `address:<ip>`, `pair:["<username>","<ip>"]` or `device:<token hash>`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  failures!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  windowStartedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lastFailureAt!: Date | null;

  @Property({ type: 'text[]', columnType: 'text[]', defaultRaw: `'{}'` })
  usernames!: string[];

  /** Last reservation: rows untouched for a day hold nothing a fresh row would not, and are swept. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Index()
  touchedAt!: Date;
}
