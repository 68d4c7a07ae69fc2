import type { Template } from './template';

export const taskMessages = {
  'task.refused.status': { vi: 'Không thể {action:taskAction} nhiệm vụ ở trạng thái hiện tại.', en: 'You cannot {action:taskAction} the task in its current status.' },
  'task.refused.role': { vi: 'Cần lãnh đạo để {action:taskAction} nhiệm vụ.', en: 'A leader is needed to {action:taskAction} the task.' },
  'task.refused.relation': { vi: 'Cơ quan của bạn không thể {action:taskAction} nhiệm vụ này.', en: 'Your agency cannot {action:taskAction} this task.' },

  'quarter.invalid': { vi: 'Quý không hợp lệ.', en: 'The quarter is not valid.' },
  'quarter.asOfInvalid': { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'The date is not valid (YYYY-MM-DD).' },
  'quarter.asOfInFuture': { vi: 'Ngày "tính đến" không được ở tương lai.', en: 'The "as of" date cannot be in the future.' },

  // The verb of a task action, inside the sentences above.
  'taskAction.REPORT_PROGRESS': { vi: 'báo cáo tiến độ', en: 'report progress on' },
  'taskAction.COMPLETE': { vi: 'báo cáo hoàn thành', en: 'report the completion of' },
  'taskAction.REOPEN': { vi: 'mở lại', en: 'reopen' },
  'taskAction.CANCEL': { vi: 'hủy', en: 'cancel' },
  'taskAction.CARRY_OVER': { vi: 'chuyển quý', en: 'carry over' },
  'taskAction.LINK': { vi: 'liên kết', en: 'link' },
} as const satisfies Record<string, Template>;
