import { DomainError, ErrorCode, forbidden } from '../../shared/errors';
import type { TaskAction, TaskVerdict } from './task-status';

const ACTION_LABELS: Record<TaskAction, string> = {
  REPORT_PROGRESS: 'báo cáo tiến độ',
  COMPLETE: 'báo cáo hoàn thành',
  REOPEN: 'mở lại',
  CANCEL: 'hủy',
  CARRY_OVER: 'chuyển quý',
  LINK: 'liên kết',
};

/** Why the workflow table said no, as the coded error the API returns. */
export function taskRefusal(action: TaskAction, verdict: Exclude<TaskVerdict, { ok: true }>): DomainError {
  if (verdict.reason === 'STATUS') return new DomainError(ErrorCode.INVALID_TRANSITION, `Không thể ${ACTION_LABELS[action]} nhiệm vụ ở trạng thái hiện tại.`);
  if (verdict.reason === 'ROLE') return forbidden(`Cần lãnh đạo để ${ACTION_LABELS[action]} nhiệm vụ.`);
  return forbidden(`Cơ quan của bạn không thể ${ACTION_LABELS[action]} nhiệm vụ này.`);
}
