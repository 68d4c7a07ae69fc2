import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../users';

/** A signed-in session. Only the SHA-256 of the bearer token is stored. */
@Entity({ tableName: 'sessions' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'string', length: 255 })
  userAgent!: string;

  constructor(props: { tokenHash: string; user: User; expiresAt: Date; ip: string; userAgent: string }) {
    this.tokenHash = props.tokenHash;
    this.user = props.user;
    this.expiresAt = props.expiresAt;
    this.ip = props.ip.slice(0, 64);
    this.userAgent = props.userAgent.slice(0, 255);
  }

  revoke(now = new Date()): void {
    this.revokedAt ??= now;
  }
}
