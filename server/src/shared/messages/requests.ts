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
