import type { Template } from './template';

export const taskMessages = {
  'task.refused.status': { vi: 'Không thể {action:taskAction} nhiệm vụ ở trạng thái hiện tại.', en: 'You cannot {action:taskAction} the task in its current status.' },
  'task.refused.role': { vi: 'Cần lãnh đạo để {action:taskAction} nhiệm vụ.', en: 'A leader is needed to {action:taskAction} the task.' },
  'task.refused.relation': { vi: 'Cơ quan của bạn không thể {action:taskAction} nhiệm vụ này.', en: 'Your agency cannot {action:taskAction} this task.' },

  // The verb of a task action, inside the sentences above.
  'taskAction.REPORT_PROGRESS': { vi: 'báo cáo tiến độ', en: 'report progress on' },
  'taskAction.COMPLETE': { vi: 'báo cáo hoàn thành', en: 'report the completion of' },
  'taskAction.REOPEN': { vi: 'mở lại', en: 'reopen' },
  'taskAction.CANCEL': { vi: 'hủy', en: 'cancel' },
  'taskAction.CARRY_OVER': { vi: 'chuyển quý', en: 'carry over' },
  'taskAction.LINK': { vi: 'liên kết', en: 'link' },
} as const satisfies Record<string, Template>;
