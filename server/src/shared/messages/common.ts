import type { Template } from './template';

/** The generic errors and field problems every module shares (shared/errors.ts, shared/validation.ts). */
export const commonMessages = {
  'error.unauthenticated': { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  'error.forbidden': { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  'error.notFound': { vi: 'Không tìm thấy {what:subject}.', en: 'The {what:subject} was not found.' },
  'error.conflict': {
    vi: 'Dữ liệu đã được người khác thay đổi, hãy tải lại.',
    en: 'Someone else changed this data; please reload.',
  },
  'error.invalidInput': { vi: 'Dữ liệu nhập không hợp lệ.', en: 'Some of the data entered is not valid.' },
  'error.databaseUnavailable': {
    vi: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu, hãy thử lại.',
    en: 'The system cannot reach its database right now; please try again.',
  },
  'error.internal': { vi: 'Lỗi máy chủ nội bộ.', en: 'Internal server error.' },

  'field.required': { vi: 'Không được để trống.', en: 'This cannot be empty.' },
  'field.tooShort': { vi: 'Cần ít nhất {min} ký tự.', en: 'At least {min} characters are needed.' },
  'field.tooLong': { vi: 'Tối đa {max} ký tự.', en: 'At most {max} characters.' },
  'field.invalidFormat': { vi: 'Sai định dạng.', en: 'The format is not valid.' },
  'field.nulCharacter': {
    vi: 'Không được chứa ký tự NUL (\\u0000).',
    en: 'Must not contain the NUL character (\\u0000).',
  },
  'field.hiddenCharacters': {
    vi: 'Không được chứa ký tự ẩn hoặc ký tự đảo chiều văn bản.',
    en: 'Must not contain hidden or text-direction characters.',
  },
  'field.pageSize': { vi: 'Từ 1 đến {max}.', en: 'From 1 to {max}.' },
  'field.eventIdInvalid': { vi: 'Mã sự kiện không hợp lệ.', en: 'The event id is not valid.' },
  'field.idempotencyKeyTaken': {
    vi: 'Khóa chống gửi lặp này đã được dùng cho một yêu cầu khác.',
    en: 'This idempotency key was already used for a different request.',
  },
  'field.cursorInvalid': { vi: 'Con trỏ trang không hợp lệ.', en: 'The page cursor is not valid.' },
  'field.dateInvalid': { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'The date is not valid (YYYY-MM-DD).' },
  'field.tooManySupportingAgencies': { vi: 'Tối đa {max} cơ quan phối hợp.', en: 'At most {max} supporting agencies.' },

  // What `error.notFound` names, by subject.
  'subject.agency': { vi: 'cơ quan', en: 'agency' },
  'subject.user': { vi: 'người dùng', en: 'user' },
  'subject.request': { vi: 'đề nghị', en: 'request' },
  'subject.proposal': { vi: 'đề xuất', en: 'proposal' },
  'subject.decision': { vi: 'quyết định', en: 'decision' },
  'subject.delegation': { vi: 'ủy quyền', en: 'delegation' },
  'subject.task': { vi: 'nhiệm vụ', en: 'task' },
  'subject.meeting': { vi: 'buổi làm việc', en: 'meeting' },
  'subject.attachment': { vi: 'tệp đính kèm', en: 'attachment' },
  'subject.record': { vi: 'bản ghi', en: 'record' },
} as const satisfies Record<string, Template>;
