import type { Template } from './template';

/** Coordination requests and their attachments. */
export const requestMessages = {
  'request.refused.relation': {
    vi: 'Cơ quan của bạn không thể {action:requestAction} đề nghị này.',
    en: 'Your agency cannot {action:requestAction} this request.',
  },
  'request.refused.role': {
    vi: 'Cần lãnh đạo cơ quan để {action:requestAction} đề nghị.',
    en: 'An agency leader is needed to {action:requestAction} the request.',
  },
  'request.refused.status': {
    vi: 'Không thể {action:requestAction} đề nghị ở trạng thái hiện tại ({status}).',
    en: 'You cannot {action:requestAction} the request in its current status ({status}).',
  },
  'request.dueDatePast': { vi: 'Hạn xử lý không được ở quá khứ.', en: 'The due date cannot be in the past.' },
  'request.chooseLead': { vi: 'Chọn cơ quan chủ trì.', en: 'Choose the lead agency.' },
  'request.leadIsOwnAgency': {
    vi: 'Cơ quan chủ trì phải là cơ quan khác.',
    en: 'The lead agency must be another agency.',
  },
  'request.supportingNotFound': {
    vi: 'Có cơ quan phối hợp không tồn tại.',
    en: 'One of the supporting agencies does not exist.',
  },
  'request.supportingNotDistinct': {
    vi: 'Cơ quan phối hợp phải khác cơ quan gửi và cơ quan chủ trì.',
    en: 'A supporting agency must differ from the sending agency and the lead agency.',
  },
  'request.dueDatePassedBeforeSubmit': {
    vi: 'Hạn xử lý đã qua, hãy sửa hạn trước khi gửi.',
    en: 'The due date has passed; change it before submitting.',
  },
  'request.assigneeNotInAgency': {
    vi: 'Người được phân công phải là cán bộ của cơ quan bạn.',
    en: 'The assignee must be an officer of your agency.',
  },
  'request.newLeadOrDueDate': {
    vi: 'Cần chỉ định cơ quan chủ trì mới hoặc hạn xử lý mới.',
    en: 'Name a new lead agency or a new due date.',
  },
  'request.newDueDateFromToday': {
    vi: 'Hạn xử lý mới phải từ hôm nay trở đi.',
    en: 'The new due date must be today or later.',
  },
  'request.newLeadInvalid': { vi: 'Cơ quan chủ trì mới không hợp lệ.', en: 'The new lead agency is not valid.' },

  // Notifications; `{request}` is the request's code and title, `{due}` its due date (dd/mm/yyyy).
  'request.submittedNotice': { vi: 'Đề nghị phối hợp mới: {request}', en: 'New coordination request: {request}' },
  'request.assignedNotice': {
    vi: 'Bạn được phân công xử lý: {request}',
    en: 'You have been assigned to handle: {request}',
  },
  'request.repliedNotice': { vi: 'Có trả lời cho đề nghị {request}', en: 'New reply to request {request}' },
  'request.declinedNotice': { vi: 'Đề nghị bị từ chối: {request}', en: 'Request declined: {request}' },
  'request.reopenedNotice': {
    vi: 'Đề nghị được mở lại, cần trả lời tiếp: {request}',
    en: 'Request reopened, a further reply is needed: {request}',
  },
  'request.escalatedNotice': {
    vi: 'Đề nghị được báo cáo UBND tỉnh: {request}',
    en: 'Request escalated to the Provincial People’s Committee: {request}',
  },
  'request.escalatedOverdueNotice': {
    vi: 'Đề nghị được báo cáo UBND tỉnh (tự động do quá hạn): {request}',
    en: 'Request escalated to the Provincial People’s Committee (automatically, as it is overdue): {request}',
  },
  'request.directiveNotice': {
    vi: 'UBND tỉnh đã chỉ đạo xử lý: {request}',
    en: 'The Provincial People’s Committee has given a directive on: {request}',
  },
  'request.commentedNotice': { vi: 'Ý kiến mới về đề nghị {request}', en: 'New comment on request {request}' },
  'request.closedNotice': { vi: 'Đề nghị đã đóng: {request}', en: 'Request closed: {request}' },
  'request.withdrawnNotice': { vi: 'Đề nghị đã được thu hồi: {request}', en: 'Request withdrawn: {request}' },
  'request.dueSoonNotice': { vi: 'Sắp đến hạn ({due}): {request}', en: 'Due soon ({due}): {request}' },
  'request.overdueNotice': { vi: 'Đã quá hạn ({due}): {request}', en: 'Overdue (due {due}): {request}' },

  'attachment.fileNameInvalid': { vi: 'Tên tệp không hợp lệ.', en: 'The file name is not valid.' },
  'attachment.typeNotAllowed': {
    vi: 'Loại tệp không được hỗ trợ (PDF, Word, Excel, ảnh, văn bản, ZIP).',
    en: 'This file type is not supported (PDF, Word, Excel, images, text, ZIP).',
  },
  'attachment.tooLarge': { vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  'attachment.quotaExceeded': {
    vi: 'Vượt hạn mức tệp đính kèm của {whose:subject}: tối đa {limit}, đã dùng {used}.',
    en: 'Over the attachment quota of the {whose:subject}: at most {limit}, {used} used.',
  },

  // The verb of a request action, inside the sentences above.
  'requestAction.UPDATE_DRAFT': { vi: 'sửa bản nháp', en: 'edit the draft of' },
  'requestAction.SUBMIT': { vi: 'gửi', en: 'submit' },
  'requestAction.ACKNOWLEDGE': { vi: 'tiếp nhận', en: 'acknowledge' },
  'requestAction.ASSIGN': { vi: 'phân công', en: 'assign' },
  'requestAction.RESPOND': { vi: 'trả lời', en: 'reply to' },
  'requestAction.DECLINE': { vi: 'từ chối', en: 'decline' },
  'requestAction.CLOSE': { vi: 'đóng', en: 'close' },
  'requestAction.REOPEN': { vi: 'mở lại', en: 'reopen' },
  'requestAction.WITHDRAW': { vi: 'thu hồi', en: 'withdraw' },
  'requestAction.ESCALATE': { vi: 'báo cáo UBND tỉnh', en: 'escalate to the Provincial People’s Committee' },
  'requestAction.RESOLVE_ESCALATION': { vi: 'chỉ đạo xử lý', en: 'give a directive on' },
  'requestAction.COMMENT': { vi: 'bình luận', en: 'comment on' },
  'requestAction.ATTACH': { vi: 'đính kèm tệp vào', en: 'attach files to' },
} as const satisfies Record<string, Template>;
