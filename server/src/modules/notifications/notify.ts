import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from '../../shared/event-bus';
import { Role } from '../../shared/viewer';
import { runSql } from '../../shared/sql';

export const NOTIFICATIONS_CHANGED = 'NOTIFICATIONS_CHANGED';

/** Which agencies' members got new notifications (their bells re-count). */
export interface NotificationsChangedNotice {
  agencyIds: string[];
}

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
  message: string;
}

const uuidArray = (ids: string[] = []) => `{${ids.join(',')}}`;

/**
 * Notifies the target users inside the caller's transaction, in one statement. Returns the
 * agencies whose members got something, for the after-commit bus notice.
 */
export async function notify(em: EntityManager, target: NotificationTarget, notification: NewNotification): Promise<string[]> {
  const who = ['u.agency_id = any(?::uuid[])', 'u.id = any(?::uuid[])'];
  if (target.committee) who.push(`u.agency_id in (select id from agencies where kind = 'PEOPLES_COMMITTEE')`);
  const filters = ['u.active'];
  const params: unknown[] = [notification.kind, notification.groupKey, notification.subjectType, notification.subjectId, notification.message.slice(0, 500)];
  params.push(uuidArray(target.agencyIds), uuidArray(target.userIds));
  if (target.role) {
    filters.push('u.role = ?');
    params.push(target.role);
  }
  if (target.exceptUserId) {
    filters.push('u.id <> ?');
    params.push(target.exceptUserId);
  }
  const rows = await runSql<{ agency_id: string }[]>(
    em,
    `insert into notifications (id, user_id, kind, group_key, subject_type, subject_id, message, count, created_at)
     select gen_random_uuid(), u.id, ?, ?, ?, ?, ?, 1, now()
       from users u
      where (${who.join(' or ')}) and ${filters.join(' and ')}
     on conflict (user_id, group_key) where read_at is null
     do update set count = notifications.count + 1, message = excluded.message, kind = excluded.kind, created_at = now()
     returning (select agency_id from users where id = notifications.user_id) as agency_id`,
    params,
  );
  return [...new Set(rows.map((r) => r.agency_id))];
}

/** After commit: bells of the affected users re-count (NOTIFY payloads stay small: agencies, not users). */
export async function announceNotifications(bus: EventBus, agencyIds: string[]): Promise<void> {
  const unique = [...new Set(agencyIds)];
  if (unique.length > 0) await bus.publish(NOTIFICATIONS_CHANGED, { agencyIds: unique });
}
