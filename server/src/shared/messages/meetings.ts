import type { Template } from './template';

/** Working sessions and their conclusion notices. */
export const meetingMessages = {
  'meeting.refused.status': {
    vi: 'Không thể {action:meetingAction}: thông báo kết luận đã ban hành.',
    en: 'The conclusion notice has already been issued; you cannot {action:meetingAction} it.',
  },
  'meeting.refused.role': {
    vi: 'Cần lãnh đạo UBND tỉnh để {action:meetingAction} thông báo kết luận.',
    en: 'A leader of the Provincial People’s Committee is needed to {action:meetingAction} the conclusion notice.',
  },
  'meeting.refused.relation': {
    vi: 'Chỉ UBND tỉnh ghi nhận buổi làm việc và kết luận.',
    en: 'Only the Provincial People’s Committee records meetings and their conclusions.',
  },
  'meeting.heldInFuture': {
    vi: 'Ngày làm việc không được ở tương lai.',
    en: 'The meeting date cannot be in the future.',
  },
  'meeting.chairNotCommitteeLead': {
    vi: 'Người chủ trì phải là lãnh đạo UBND tỉnh đã được xác nhận.',
    en: 'The chair must be a confirmed leader of the Provincial People’s Committee.',
  },
  'meeting.reviewedAgencyNotFound': { vi: 'Cơ quan không tồn tại.', en: 'The agency does not exist.' },
  'meeting.directivesRequired': {
    vi: 'Kết luận cần ít nhất một nội dung chỉ đạo.',
    en: 'The conclusion needs at least one directive.',
  },
  'meeting.tooManyDirectives': { vi: 'Tối đa {max} nội dung chỉ đạo.', en: 'At most {max} directives.' },
  'meeting.chooseAgency': { vi: 'Chọn cơ quan thực hiện.', en: 'Choose the agency that carries out the directive.' },
  'meeting.directiveToCommittee': {
    vi: 'Chỉ đạo phải giao cho cơ quan khác UBND tỉnh.',
    en: 'A directive must go to an agency other than the Provincial People’s Committee.',
  },
  'meeting.taskForOneAgency': {
    vi: 'Nhiệm vụ chỉ giao cho một cơ quan.',
    en: 'A task is assigned to one agency only.',
  },
  'meeting.supportingInvalid': { vi: 'Cơ quan phối hợp không hợp lệ.', en: 'A supporting agency is not valid.' },
  'meeting.attendingInvalid': { vi: 'Cơ quan dự họp không hợp lệ.', en: 'An attending agency is not valid.' },
  'meeting.tooManyAttending': { vi: 'Tối đa {max} cơ quan dự họp.', en: 'At most {max} attending agencies.' },
  'meeting.directiveDuePast': { vi: 'Hạn thực hiện không được ở quá khứ.', en: 'The due date cannot be in the past.' },
  // Notification to the reviewed agency.
  'meeting.publishedNotice': {
    vi: 'Thông báo kết luận số {code}: {title}',
    en: 'Conclusion Notice No. {code}: {title}',
  },

  // The verb of a meeting action, inside the sentences above.
  'meetingAction.UPDATE_DRAFT': { vi: 'sửa', en: 'edit' },
  'meetingAction.PUBLISH': { vi: 'ban hành', en: 'issue' },
} as const satisfies Record<string, Template>;
