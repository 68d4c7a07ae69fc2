import { DomainError, ErrorCode, forbidden } from '../../shared/errors';
import type { RequestAction, RequestStatus, Verdict } from './request-status';

const ACTION_LABELS: Record<RequestAction, string> = {
  UPDATE_DRAFT: 'sửa bản nháp',
  SUBMIT: 'gửi',
  ACKNOWLEDGE: 'tiếp nhận',
  ASSIGN: 'phân công',
  RESPOND: 'trả lời',
  DECLINE: 'từ chối',
  CLOSE: 'đóng',
  REOPEN: 'mở lại',
  WITHDRAW: 'thu hồi',
  ESCALATE: 'báo cáo UBND tỉnh',
  RESOLVE_ESCALATION: 'chỉ đạo xử lý',
  COMMENT: 'bình luận',
  ATTACH: 'đính kèm tệp vào',
};

/** Maps a refusal from the workflow table to the API error a client can branch on. */
export function refusal(action: RequestAction, status: RequestStatus, verdict: Exclude<Verdict, { ok: true }>): DomainError {
  switch (verdict.reason) {
    case 'RELATION':
      return forbidden(`Cơ quan của bạn không thể ${ACTION_LABELS[action]} đề nghị này.`);
    case 'ROLE':
      return forbidden(`Cần lãnh đạo cơ quan để ${ACTION_LABELS[action]} đề nghị.`);
    case 'STATUS':
    case 'PARTICIPANT_STATE':
      return new DomainError(ErrorCode.INVALID_TRANSITION, `Không thể ${ACTION_LABELS[action]} đề nghị ở trạng thái hiện tại (${status}).`);
  }
}
