import type { Template } from './template';

export const taskMessages = {
  'task.refused.status': {
    vi: 'Không thể {action:taskAction} nhiệm vụ ở trạng thái hiện tại.',
    en: 'You cannot {action:taskAction} the task in its current status.',
  },
  'task.refused.role': {
    vi: 'Cần lãnh đạo để {action:taskAction} nhiệm vụ.',
    en: 'A leader is needed to {action:taskAction} the task.',
  },
  'task.refused.relation': {
    vi: 'Cơ quan của bạn không thể {action:taskAction} nhiệm vụ này.',
    en: 'Your agency cannot {action:taskAction} this task.',
  },

  'task.onlyCommitteeLeadAssigns': {
    vi: 'Chỉ lãnh đạo UBND tỉnh giao nhiệm vụ.',
    en: 'Only leaders of the Provincial People’s Committee assign tasks.',
  },
  'task.progressRange': { vi: 'Tiến độ từ 0 đến 100%.', en: 'Progress must be from 0 to 100%.' },
  'task.dueDatePast': { vi: 'Hạn không được ở quá khứ.', en: 'The due date cannot be in the past.' },
  'task.dueBeforeQuarter': { vi: 'Hạn phải từ ngày {from}.', en: 'The due date must be on or after {from}.' },
  'task.chooseOwner': { vi: 'Chọn cơ quan được giao.', en: 'Choose the agency the task is assigned to.' },
  'task.tooManyLinkedRequests': { vi: 'Tối đa {max} đề nghị liên kết.', en: 'At most {max} linked requests.' },
  'task.linkedRequestNotFound': { vi: 'Có đề nghị không tồn tại.', en: 'One of the requests does not exist.' },

  // Notifications; `{task}` is the task's code and title, dates are dd/mm/yyyy.
  'task.assignedNotice': {
    vi: 'Nhiệm vụ mới (Quý {quarter:quarterNumeral}/{year}, hạn {due}): {task}',
    en: 'New task (Q{quarter:quarterNumeral} {year}, due {due}): {task}',
  },
  'task.completedOnTimeNotice': { vi: 'Hoàn thành đúng hạn: {task}', en: 'Completed on time: {task}' },
  'task.completedLateNotice': { vi: 'Hoàn thành quá hạn: {task}', en: 'Completed late: {task}' },
  'task.reopenedNotice': {
    vi: 'UBND tỉnh mở lại nhiệm vụ: {task}',
    en: 'The Provincial People’s Committee reopened the task: {task}',
  },
  'task.cancelledNotice': { vi: 'Nhiệm vụ đã được hủy: {task}', en: 'Task cancelled: {task}' },

  'quarter.invalid': { vi: 'Quý không hợp lệ.', en: 'The quarter is not valid.' },
  'quarter.periodRequired': {
    vi: 'Cần năm (year) và quý (quarter).',
    en: 'Give the year (year) and the quarter (quarter).',
  },
  'quarter.past': {
    vi: 'Quý {quarter:quarterNumeral}/{year} đã qua.',
    en: 'Q{quarter:quarterNumeral} {year} is over.',
  },
  'quarter.closed': {
    vi: 'Quý {quarter:quarterNumeral}/{year} đã được chốt.',
    en: 'Q{quarter:quarterNumeral} {year} has already been closed.',
  },
  'quarter.onlyCommitteeLeadCloses': {
    vi: 'Chỉ lãnh đạo UBND tỉnh chốt quý.',
    en: 'Only leaders of the Provincial People’s Committee close quarters.',
  },
  'quarter.closableFrom': {
    vi: 'Chỉ chốt Quý {quarter:quarterNumeral}/{year} từ ngày {from}.',
    en: 'Q{quarter:quarterNumeral} {year} can be closed only from {from}.',
  },
  'quarter.carryOverDueOutside': {
    vi: 'Hạn mới phải trong Quý {quarter:quarterNumeral}/{year} ({from} – {to}).',
    en: 'The new due date must fall within Q{quarter:quarterNumeral} {year} ({from} – {to}).',
  },
  'quarter.carryOverDuePast': {
    vi: 'Hạn mới phải là một ngày từ hôm nay trở đi.',
    en: 'The new due date must be today or later.',
  },
  'quarter.carriedOverNotice': {
    vi: '{count} nhiệm vụ chưa hoàn thành của Quý {quarter:quarterNumeral}/{year} được chuyển sang Quý {nextQuarter:quarterNumeral}/{nextYear}',
    en: 'Unfinished tasks of Q{quarter:quarterNumeral} {year} carried over to Q{nextQuarter:quarterNumeral} {nextYear}: {count}',
  },
  // How a quarter is numbered: Roman numerals in Vietnamese ("Quý II/2023"), digits in English ("Q2 2023").
  'quarterNumeral.1': { vi: 'I', en: '1' },
  'quarterNumeral.2': { vi: 'II', en: '2' },
  'quarterNumeral.3': { vi: 'III', en: '3' },
  'quarterNumeral.4': { vi: 'IV', en: '4' },
  'quarter.asOfInvalid': { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'The date is not valid (YYYY-MM-DD).' },
  'quarter.asOfInFuture': {
    vi: 'Ngày "tính đến" không được ở tương lai.',
    en: 'The "as of" date cannot be in the future.',
  },

  // The verb of a task action, inside the sentences above.
  'taskAction.REPORT_PROGRESS': { vi: 'báo cáo tiến độ', en: 'report progress on' },
  'taskAction.COMPLETE': { vi: 'báo cáo hoàn thành', en: 'report the completion of' },
  'taskAction.REOPEN': { vi: 'mở lại', en: 'reopen' },
  'taskAction.CANCEL': { vi: 'hủy', en: 'cancel' },
  'taskAction.CARRY_OVER': { vi: 'chuyển quý', en: 'carry over' },
  'taskAction.LINK': { vi: 'liên kết', en: 'link' },
} as const satisfies Record<string, Template>;
