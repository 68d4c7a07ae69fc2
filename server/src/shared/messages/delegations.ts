import type { Template } from './template';

/** Delegation (ủy quyền): the rules' refusals. */
export const delegationMessages = {
  'delegation.noPowers': {
    vi: 'Chọn ít nhất một quyền để ủy quyền.',
    en: 'Choose at least one power to delegate.',
  },
  'delegation.powerNotHeld': {
    vi: 'Bạn không giữ quyền "{power:power}" nên không thể ủy quyền.',
    en: 'You do not hold the power "{power:power}", so you cannot delegate it.',
  },
  'delegation.selfDelegation': {
    vi: 'Không thể ủy quyền cho chính mình.',
    en: 'You cannot delegate to yourself.',
  },
  'delegation.delegateOtherAgency': {
    vi: 'Chỉ ủy quyền cho cán bộ cùng cơ quan.',
    en: 'Delegate only to an official of your own agency.',
  },
  'delegation.delegateInactive': {
    vi: 'Tài khoản của người được ủy quyền đã bị khóa.',
    en: "The delegate's account is disabled.",
  },
  'delegation.startInPast': {
    vi: 'Ngày bắt đầu không được trước hôm nay.',
    en: 'The start date cannot be before today.',
  },
  'delegation.endBeforeStart': {
    vi: 'Ngày kết thúc không được trước ngày bắt đầu.',
    en: 'The end date cannot be before the start date.',
  },
  'delegation.tooLong': {
    vi: 'Thời hạn ủy quyền tối đa {max} ngày.',
    en: 'A delegation lasts at most {max} days.',
  },
  'delegation.onlyGrantorRevokes': {
    vi: 'Chỉ người ủy quyền mới thu hồi được ủy quyền.',
    en: 'Only the official who gave a delegation can revoke it.',
  },
  'delegation.alreadyOver': {
    vi: 'Ủy quyền đã hết hạn hoặc đã bị thu hồi.',
    en: 'The delegation has already ended or been revoked.',
  },
  'delegation.onlyLeadsDelegate': {
    vi: 'Chỉ lãnh đạo mới có quyền để ủy quyền.',
    en: 'Only leaders hold powers to delegate.',
  },
  // The powers, as the refusals name them.
  'power.ACKNOWLEDGE': { vi: 'Tiếp nhận, trả lời đề nghị', en: 'Acknowledge and answer requests' },
  'power.CLOSE': { vi: 'Đóng đề nghị, hoàn thành nhiệm vụ', en: 'Close requests, complete tasks' },
  'power.APPRAISE': { vi: 'Thẩm định đề xuất', en: 'Appraise proposals' },
  'power.DECIDE': { vi: 'Quyết định, ký quyết định', en: 'Decide and sign decisions' },
} as const satisfies Record<string, Template>;
