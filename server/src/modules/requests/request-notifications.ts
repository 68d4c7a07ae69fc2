import { vietnameseDate } from '../../shared/clock';
import { Role } from '../../shared/viewer';
import type { NewNotification, NotificationTarget } from '../notifications';
import { ParticipantRole } from './request-enums';
import type { CoordinationRequest } from './request.entity';
import { ParticipantState } from './request-status';

export interface RequestNotification {
  target: NotificationTarget;
  notification: NewNotification;
}

const label = (request: CoordinationRequest) => (request.code ? `${request.code} — ${request.title}` : request.title);

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
  const stillToAnswer = participants.filter((p) => p.state === ParticipantState.PENDING || p.state === ParticipantState.ACKNOWLEDGED).map((p) => p.agency.id);
  const lead = participants.filter((p) => p.role === ParticipantRole.LEAD).map((p) => p.agency.id);
  const requester = [request.requestingAgency.id];
  const base = { groupKey: `request:${request.id}`, subjectType: 'REQUEST', subjectId: request.id };
  const to = (target: NotificationTarget, kind: string, message: string): RequestNotification => ({
    target: { exceptUserId: actor.userId, ...target },
    notification: { ...base, kind, message },
  });

  switch (type) {
    case 'SUBMITTED':
      return to({ agencyIds: addressed }, 'REQUEST_SUBMITTED', `Đề nghị phối hợp mới: ${label(request)}`);
    case 'ASSIGNED':
      return to({ userIds: [data.assigneeId as string] }, 'REQUEST_ASSIGNED', `Bạn được phân công xử lý: ${label(request)}`);
    case 'RESPONDED':
      return to({ agencyIds: requester }, 'REQUEST_REPLIED', `Có trả lời cho đề nghị ${label(request)}`);
    case 'DECLINED':
      return to({ agencyIds: requester }, 'REQUEST_DECLINED', `Đề nghị bị từ chối: ${label(request)}`);
    case 'REOPENED':
      return to({ agencyIds: lead }, 'REQUEST_REOPENED', `Đề nghị được mở lại, cần trả lời tiếp: ${label(request)}`);
    case 'ESCALATED':
      return to(
        { committee: true, role: Role.LEAD, agencyIds: addressed },
        'REQUEST_ESCALATED',
        `Đề nghị được báo cáo UBND tỉnh${actor.userId ? '' : ' (tự động do quá hạn)'}: ${label(request)}`,
      );
    case 'ESCALATION_RESOLVED':
      return to({ agencyIds: [...requester, ...addressed] }, 'REQUEST_DIRECTIVE', `UBND tỉnh đã chỉ đạo xử lý: ${label(request)}`);
    case 'COMMENTED':
      return to({ agencyIds: [...requester, ...addressed].filter((id) => id !== actor.agencyId) }, 'REQUEST_COMMENTED', `Ý kiến mới về đề nghị ${label(request)}`);
    case 'CLOSED':
    case 'WITHDRAWN':
      return to({ agencyIds: stillToAnswer }, `REQUEST_${type}`, `Đề nghị đã ${type === 'CLOSED' ? 'đóng' : 'được thu hồi'}: ${label(request)}`);
    case 'DUE_SOON':
      return to({ agencyIds: stillToAnswer }, 'REQUEST_DUE_SOON', `Sắp đến hạn (${vietnameseDate(request.dueDate)}): ${label(request)}`);
    case 'OVERDUE':
      return to({ agencyIds: [...requester, ...stillToAnswer] }, 'REQUEST_OVERDUE', `Đã quá hạn (${vietnameseDate(request.dueDate)}): ${label(request)}`);
    default:
      return null;
  }
}
