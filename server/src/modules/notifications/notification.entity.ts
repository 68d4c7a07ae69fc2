import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { MessageParams } from '../../shared/messages';
import { User } from '../users';

/**
 * One line in a user's notification centre. Related events are grouped: while a notification is
 * unread, another one with the same group key updates it (count + latest text) instead of
 * adding a line, so a busy request does not flood the bell.
 */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['user', 'createdAt', 'id'] })
@Index({
  name: 'notifications_unread_group',
  expression:
    'create unique index "notifications_unread_group" on "notifications" ("user_id", "group_key") where "read_at" is null',
})
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 48 })
  kind!: string;

  @Property({ type: 'string', length: 120 })
  groupKey!: string;

  /** What it is about, e.g. a request id, for the client's link. */
  @Property({ type: 'string', length: 32 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The Vietnamese text, for API consumers and the rows written before messages had keys. */
  @Property({ type: 'string', length: 500 })
  message!: string;

  /** The catalog key the client renders in the user's language; null: show `message` as it is. */
  @Property({ type: 'string', length: 64, nullable: true })
  messageKey!: string | null;

  @Property({ type: 'json', nullable: true })
  messageParams!: MessageParams | null;

  @Property({ type: 'integer', default: 1 })
  count!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  readAt!: Date | null;
}
