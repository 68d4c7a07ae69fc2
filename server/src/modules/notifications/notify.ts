import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import type { EventBus } from '../../shared/event-bus';
import { localized, type Message } from '../../shared/messages';
import { Role } from '../../shared/viewer';
import { db, runQuery } from '../../shared/typed-sql';

export const NOTIFICATIONS_CHANGED = 'NOTIFICATIONS_CHANGED';

/**
 * Whose bells should re-count: the users concerned, or — when too many to name within NOTIFY's
 * 8000-byte payload — whole agencies.
 */
export interface NotificationsChangedNotice {
  userIds: string[];
  agencyIds: string[];
}

/** Who got something in one transaction, for the after-commit notice. */
export interface Notified {
  userIds: string[];
  agencyIds: string[];
}

const MAX_USERS_PER_NOTICE = 150;

declare module '../../shared/event-bus' {
  interface BusTopics {
    [NOTIFICATIONS_CHANGED]: NotificationsChangedNotice;
  }
}

export interface NotificationTarget {
  /** Every active member of these agencies ... */
  agencyIds?: string[];
  /** ... and of the People's Committee ... */
  committee?: boolean;
  /** ... and these users ... */
  userIds?: string[];
  /** ... only those with this role (e.g. the Committee's leaders) ... */
  role?: Role;
  /** ... but never the person who acted. */
  exceptUserId?: string | null;
}

export interface NewNotification {
  kind: string;
  /** Unread notifications with the same key (per user) are merged. */
  groupKey: string;
  subjectType: string;
  subjectId: string;
  /** A catalog message: stored rendered in Vietnamese, and as key + parameters for the client. */
  message: Message;
}

const uuidArray = (ids: string[] = []) => `{${ids.join(',')}}`;

/** Notifies the target users inside the caller's transaction, in one statement. */
export async function notify(
  em: EntityManager,
  target: NotificationTarget,
  notification: NewNotification,
): Promise<Notified> {
  const text = localized(notification.message);
  let recipients = db
    .selectFrom('users as u')
    .select([sql<string>`gen_random_uuid()`.as('id'), 'u.id as user_id'])
    .select([sql.val(notification.kind).as('kind'), sql.val(notification.groupKey).as('group_key')])
    .select([sql.val(notification.subjectType).as('subject_type'), sql.val(notification.subjectId).as('subject_id')])
    .select([sql.val(text.message.slice(0, 500)).as('message'), sql.val(text.messageKey ?? null).as('message_key')])
    .select([sql`${text.messageParams ? JSON.stringify(text.messageParams) : null}::jsonb`.as('message_params')])
    .select([sql.lit(1).as('count'), sql<string>`now()`.as('created_at')])
    .where((eb) =>
      eb.or([
        sql<SqlBool>`u.agency_id = any(${uuidArray(target.agencyIds)}::uuid[])`,
        sql<SqlBool>`u.id = any(${uuidArray(target.userIds)}::uuid[])`,
        ...(target.committee
          ? [sql<SqlBool>`u.agency_id in (select id from agencies where kind = 'PEOPLES_COMMITTEE')`]
          : []),
      ]),
    )
    .where(sql<SqlBool>`u.active`);
  if (target.role) recipients = recipients.where('u.role', '=', target.role);
  if (target.exceptUserId) recipients = recipients.where('u.id', '<>', target.exceptUserId);
  const rows = await runQuery(
    em,
    db
      .insertInto('notifications')
      .columns([
        'id',
        'user_id',
        'kind',
        'group_key',
        'subject_type',
        'subject_id',
        'message',
        'message_key',
        'message_params',
        'count',
        'created_at',
      ])
      .expression(recipients)
      // the conflict target is the partial unique index on unread notifications (user_id, group_key)
      .onConflict((conflict) =>
        conflict
          .columns(['user_id', 'group_key'])
          .where('read_at', 'is', null)
          .doUpdateSet((eb) => ({
            count: sql<number>`notifications.count + 1`,
            message: eb.ref('excluded.message'),
            message_key: eb.ref('excluded.message_key'),
            message_params: eb.ref('excluded.message_params'),
            kind: eb.ref('excluded.kind'),
            created_at: sql<string>`now()`,
          })),
      )
      .returning([
        'user_id',
        sql<string>`(select agency_id from users where id = notifications.user_id)`.as('agency_id'),
      ]),
  );
  return { userIds: rows.map((r) => r.user_id), agencyIds: [...new Set(rows.map((r) => r.agency_id))] };
}

export const nobodyNotified = (): Notified => ({ userIds: [], agencyIds: [] });

/**
 * Marks read, inside the caller's transaction, the unread notifications of these kinds about a
 * subject: what they asked for ("chờ quyết định") is settled. Returns whose bells must re-count.
 */
export async function settleNotifications(
  em: EntityManager,
  subject: { subjectType: string; subjectId: string },
  kinds: string[],
): Promise<Notified> {
  const rows = await runQuery(
    em,
    db
      .updateTable('notifications as n')
      .from('users as u')
      .set({ read_at: sql<string>`now()` })
      .whereRef('n.user_id', '=', 'u.id')
      .where('n.subject_type', '=', subject.subjectType)
      .where('n.subject_id', '=', subject.subjectId)
      .where(sql<SqlBool>`n.kind = any(${`{${kinds.join(',')}}`}::text[])`)
      .where('n.read_at', 'is', null)
      .returning(['n.user_id', 'u.agency_id']),
  );
  return { userIds: rows.map((r) => r.user_id), agencyIds: [...new Set(rows.map((r) => r.agency_id))] };
}

/** After commit: the affected bells re-count. */
export async function announceNotifications(bus: EventBus, notified: Notified): Promise<void> {
  const userIds = [...new Set(notified.userIds)];
  if (userIds.length === 0) return;
  const notice =
    userIds.length <= MAX_USERS_PER_NOTICE
      ? { userIds, agencyIds: [] }
      : { userIds: [], agencyIds: [...new Set(notified.agencyIds)] };
  await bus.publish(NOTIFICATIONS_CHANGED, notice);
}
