import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '../../shared/event-bus';
import { localized, type Message } from '../../shared/messages';
import { Role } from '../../shared/viewer';
import { runSql } from '../../shared/sql';

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
export async function notify(em: EntityManager, target: NotificationTarget, notification: NewNotification): Promise<Notified> {
  const who = ['u.agency_id = any(?::uuid[])', 'u.id = any(?::uuid[])'];
  if (target.committee) who.push(`u.agency_id in (select id from agencies where kind = 'PEOPLES_COMMITTEE')`);
  const filters = ['u.active'];
  const text = localized(notification.message);
  const params: unknown[] = [
    notification.kind,
    notification.groupKey,
    notification.subjectType,
    notification.subjectId,
    text.message.slice(0, 500),
    text.messageKey ?? null,
    text.messageParams ? JSON.stringify(text.messageParams) : null,
  ];
  params.push(uuidArray(target.agencyIds), uuidArray(target.userIds));
  if (target.role) {
    filters.push('u.role = ?');
    params.push(target.role);
  }
  if (target.exceptUserId) {
    filters.push('u.id <> ?');
    params.push(target.exceptUserId);
  }
  const rows = await runSql<{ user_id: string; agency_id: string }[]>(
    em,
    `insert into notifications (id, user_id, kind, group_key, subject_type, subject_id, message, message_key, message_params, count, created_at)
     select gen_random_uuid(), u.id, ?, ?, ?, ?, ?, ?, ?::jsonb, 1, now()
       from users u
      where (${who.join(' or ')}) and ${filters.join(' and ')}
     on conflict (user_id, group_key) where read_at is null
     do update set count = notifications.count + 1, message = excluded.message, message_key = excluded.message_key,
       message_params = excluded.message_params, kind = excluded.kind, created_at = now()
     returning user_id, (select agency_id from users where id = notifications.user_id) as agency_id`,
    params,
  );
  return { userIds: rows.map((r) => r.user_id), agencyIds: [...new Set(rows.map((r) => r.agency_id))] };
}

export const nobodyNotified = (): Notified => ({ userIds: [], agencyIds: [] });

/**
 * Marks read, inside the caller's transaction, the unread notifications of these kinds about a
 * subject: what they asked for ("chờ quyết định") is settled. Returns whose bells must re-count.
 */
export async function settleNotifications(em: EntityManager, subject: { subjectType: string; subjectId: string }, kinds: string[]): Promise<Notified> {
  const rows = await runSql<{ user_id: string; agency_id: string }[]>(
    em,
    `update notifications n set read_at = now() from users u
      where n.user_id = u.id and n.subject_type = ? and n.subject_id = ? and n.kind = any(?::text[]) and n.read_at is null
      returning n.user_id, u.agency_id`,
    [subject.subjectType, subject.subjectId, `{${kinds.join(',')}}`],
  );
  return { userIds: rows.map((r) => r.user_id), agencyIds: [...new Set(rows.map((r) => r.agency_id))] };
}

/** After commit: the affected bells re-count. */
export async function announceNotifications(bus: EventBus, notified: Notified): Promise<void> {
  const userIds = [...new Set(notified.userIds)];
  if (userIds.length === 0) return;
  const notice = userIds.length <= MAX_USERS_PER_NOTICE ? { userIds, agencyIds: [] } : { userIds: [], agencyIds: [...new Set(notified.agencyIds)] };
  await bus.publish(NOTIFICATIONS_CHANGED, notice);
}
