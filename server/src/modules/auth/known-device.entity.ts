import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../users';

/**
 * A browser that has signed in to an account: its cookie exempts it from the account-wide login
 * limit, so strangers guessing cannot lock the owner out. Only the token's SHA-256 is stored.
 */
@Entity({ tableName: 'known_devices' })
export class KnownDevice {
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

  constructor(props: { tokenHash: string; user: User; expiresAt: Date }) {
    this.tokenHash = props.tokenHash;
    this.user = props.user;
    this.expiresAt = props.expiresAt;
  }
}
