import { vietnameseDate } from '../../shared/clock';
import { message, type Message } from '../../shared/messages';
import { Role } from '../../shared/viewer';
import type { NewNotification, NotificationTarget } from '../notifications';
import { ParticipantRole } from './request-enums';
import type { CoordinationRequest } from './request.entity';
import { ParticipantState } from './request-status';

export interface RequestNotification {
  target: NotificationTarget;
  notification: NewNotification;
}

/** The `{request}` of a notification: its code and title, as text. */
const named = (request: CoordinationRequest) => ({
  request: request.code ? `${request.code} — ${request.title}` : request.title,
});

/**
 * Who hears about which change. One unread line per request per person (the group key), so a
 * busy request updates the line instead of flooding the bell.
 */
export function notificationFor(
  type: string,
  request: CoordinationRequest,
  actor: { userId: string | null; agencyId: string | null },
  data: Record<string, unknown> = {},
): RequestNotification | null {
  const participants = request.participants.getItems();
  const addressed = participants.map((p) => p.agency.id);
  const stillToAnswer = participants
    .filter((p) => p.state === ParticipantState.PENDING || p.state === ParticipantState.ACKNOWLEDGED)
    .map((p) => p.agency.id);
  const lead = participants.filter((p) => p.role === ParticipantRole.LEAD).map((p) => p.agency.id);
  const requester = [request.requestingAgency.id];
  const base = { groupKey: `request:${request.id}`, subjectType: 'REQUEST', subjectId: request.id };
  const to = (target: NotificationTarget, kind: string, text: Message): RequestNotification => ({
    target: { exceptUserId: actor.userId, ...target },
    notification: { ...base, kind, message: text },
  });

  switch (type) {
    case 'SUBMITTED':
      return to({ agencyIds: addressed }, 'REQUEST_SUBMITTED', message('request.submittedNotice', named(request)));
    case 'ASSIGNED':
      return to(
        { userIds: [data.assigneeId as string] },
        'REQUEST_ASSIGNED',
        message('request.assignedNotice', named(request)),
      );
    case 'RESPONDED':
      return to({ agencyIds: requester }, 'REQUEST_REPLIED', message('request.repliedNotice', named(request)));
    case 'DECLINED':
      return to({ agencyIds: requester }, 'REQUEST_DECLINED', message('request.declinedNotice', named(request)));
    case 'REOPENED':
      return to({ agencyIds: lead }, 'REQUEST_REOPENED', message('request.reopenedNotice', named(request)));
    case 'ESCALATED':
      return to(
        { committee: true, role: Role.LEAD, agencyIds: addressed },
        'REQUEST_ESCALATED',
        message(actor.userId ? 'request.escalatedNotice' : 'request.escalatedOverdueNotice', named(request)),
      );
    case 'ESCALATION_RESOLVED':
      return to(
        { agencyIds: [...requester, ...addressed] },
        'REQUEST_DIRECTIVE',
        message('request.directiveNotice', named(request)),
      );
    case 'COMMENTED':
      return to(
        { agencyIds: [...requester, ...addressed].filter((id) => id !== actor.agencyId) },
        'REQUEST_COMMENTED',
        message('request.commentedNotice', named(request)),
      );
    case 'CLOSED':
    case 'WITHDRAWN':
      return to(
        { agencyIds: stillToAnswer },
        `REQUEST_${type}`,
        message(type === 'CLOSED' ? 'request.closedNotice' : 'request.withdrawnNotice', named(request)),
      );
    case 'DUE_SOON':
      return to(
        { agencyIds: stillToAnswer },
        'REQUEST_DUE_SOON',
        message('request.dueSoonNotice', { due: vietnameseDate(request.dueDate), ...named(request) }),
      );
    case 'OVERDUE':
      return to(
        { agencyIds: [...requester, ...stillToAnswer] },
        'REQUEST_OVERDUE',
        message('request.overdueNotice', { due: vietnameseDate(request.dueDate), ...named(request) }),
      );
    default:
      return null;
  }
}
