import type { ServerMessage } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import type { NotificationItem } from './notifications.operations';

const KINDS = [
  'REQUEST_SUBMITTED',
  'REQUEST_ASSIGNED',
  'REQUEST_REPLIED',
  'REQUEST_DECLINED',
  'REQUEST_REOPENED',
  'REQUEST_ESCALATED',
  'REQUEST_DIRECTIVE',
  'REQUEST_COMMENTED',
  'REQUEST_CLOSED',
  'REQUEST_WITHDRAWN',
  'REQUEST_DUE_SOON',
  'REQUEST_OVERDUE',
  'PROPOSAL_TO_APPRAISE',
  'PROPOSAL_APPRAISED',
  'PROPOSAL_TO_REVIEW',
  'PROPOSAL_RETURNED',
  'PROPOSAL_WITHDRAWN',
  'PROPOSAL_DECIDED',
  'TASK_ASSIGNED',
  'TASK_COMPLETED',
  'TASK_REOPENED',
  'TASK_CANCELLED',
  'TASKS_CARRIED_OVER',
  'CONCLUSION_PUBLISHED',
] as const;

/** Kinds are plain strings in the schema; one this client does not know yet still gets a label. */
export function notificationKindLabel(kind: string): MessageKey {
  return (KINDS as readonly string[]).includes(kind)
    ? (`notificationKind.${kind as (typeof KINDS)[number]}` as const)
    : 'notificationKind.OTHER';
}

/** The badge stays two digits wide. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/** Where a notification leads, or null for a subject this client has no page for. */
export function notificationPath({
  subjectType,
  subjectId,
}: Pick<NotificationItem, 'subjectType' | 'subjectId'>): string | null {
  const id = encodeURIComponent(subjectId);
  switch (subjectType) {
    case 'REQUEST':
      return `/requests/${id}`;
    case 'PROPOSAL':
      return `/proposals/${id}`;
    case 'DECISION':
      return `/decisions/${id}`;
    case 'TASK':
      return `/tasks/${id}`;
    case 'MEETING':
      return `/meetings/${id}`;
    default:
      return null;
  }
}

/** The line's text as the server gave it: a catalog key + parameters when it has one (older lines: text only). */
export function notificationText({
  message,
  messageKey,
  messageParams,
}: Pick<NotificationItem, 'message' | 'messageKey' | 'messageParams'>): ServerMessage {
  return {
    text: message,
    key: messageKey,
    params: Object.fromEntries(messageParams.map(({ name, value }) => [name, value])),
  };
}
