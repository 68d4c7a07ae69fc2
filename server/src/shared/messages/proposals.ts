import type { Template } from './template';

/** Funding proposals: their drafts, appraisals, decisions and notifications. */
export const proposalMessages = {
  'proposal.refused.status': {
    vi: 'Không thể {action:proposalAction} đề xuất ở trạng thái hiện tại.',
    en: 'You cannot {action:proposalAction} the proposal in its current status.',
  },
  'proposal.refused.role': {
    vi: 'Cần lãnh đạo cơ quan để {action:proposalAction} đề xuất.',
    en: 'An agency leader is needed to {action:proposalAction} the proposal.',
  },
  'proposal.refused.relation': {
    vi: 'Cơ quan của bạn không thể {action:proposalAction} đề xuất này.',
    en: 'Your agency cannot {action:proposalAction} this proposal.',
  },
  'proposal.conflict': {
    vi: 'Đề xuất vừa được người khác xử lý, hãy tải lại.',
    en: 'Someone else has just acted on this proposal; please reload.',
  },

  'proposal.lineAmountTooLarge': { vi: 'Mỗi nội dung tối đa {max} đồng.', en: 'Each line can be at most {max} đồng.' },
  'proposal.totalAmountTooLarge': {
    vi: 'Tổng kinh phí của đề xuất tối đa {max} đồng.',
    en: 'A proposal’s total funding can be at most {max} đồng.',
  },
  'proposal.fiscalYearRange': {
    vi: 'Năm ngân sách từ {from} đến {to}.',
    en: 'The budget year must be from {from} to {to}.',
  },
  'proposal.itemsRequired': { vi: 'Cần ít nhất một nội dung đề xuất.', en: 'At least one line is needed.' },
  'proposal.tooManyItems': { vi: 'Tối đa {max} nội dung.', en: 'At most {max} lines.' },
  'proposal.quantityRange': { vi: 'Số lượng từ 1 đến 1.000.000.', en: 'The quantity must be from 1 to 1,000,000.' },
  'proposal.amountRequired': { vi: 'Cần số tiền đề xuất (đồng).', en: 'Give the amount proposed (in đồng).' },
  'proposal.linkedRequestNotFound': {
    vi: 'Có đề nghị liên kết không tồn tại.',
    en: 'One of the linked requests does not exist.',
  },
  'proposal.tooManyLinkedTasks': { vi: 'Tối đa {max} nhiệm vụ liên kết.', en: 'At most {max} linked tasks.' },
  'proposal.linkedTaskNotFound': {
    vi: 'Có nhiệm vụ liên kết không tồn tại.',
    en: 'One of the linked tasks does not exist.',
  },
  'proposal.nothingToSubmit': { vi: 'Đề xuất cần ít nhất một nội dung.', en: 'The proposal needs at least one line.' },

  'proposal.recommendationRequired': {
    vi: 'Cần mức kiến nghị cho "{line}".',
    en: 'Give a recommended amount for "{line}".',
  },
  'proposal.recommendationAmountInvalid': {
    vi: 'Mức kiến nghị cho "{line}" phải từ 0 đến mức đề xuất.',
    en: 'The recommended amount for "{line}" must be from 0 up to the amount proposed.',
  },
  'proposal.recommendationQuantityInvalid': {
    vi: 'Số lượng kiến nghị cho "{line}" không hợp lệ.',
    en: 'The recommended quantity for "{line}" is not valid.',
  },
  'proposal.recommendationOutOfScope': {
    vi: 'Có kiến nghị cho nội dung không thuộc phạm vi thẩm định.',
    en: 'A recommendation was given for a line outside the scope of this appraisal.',
  },
  'proposal.grantUnknownOrRepeated': {
    vi: 'Có nội dung không thuộc đề xuất, hoặc bị lặp.',
    en: 'A line does not belong to the proposal, or is repeated.',
  },
  'proposal.grantRequired': { vi: 'Cần quyết định cho "{line}".', en: 'Give a decision for "{line}".' },
  'proposal.grantQuantityRange': {
    vi: 'Số lượng cho "{line}" phải từ 0 đến {max}.',
    en: 'The quantity for "{line}" must be from 0 to {max}.',
  },

  // Notifications; `{proposal}` is the proposal's code and title.
  'proposal.toAppraiseNotice': { vi: 'Đề xuất cần thẩm định: {proposal}', en: 'Proposal to appraise: {proposal}' },
  'proposal.toReviewNotice': {
    vi: 'Đề xuất chờ UBND tỉnh xem xét: {proposal}',
    en: 'Proposal awaiting review by the Provincial People’s Committee: {proposal}',
  },
  'proposal.appraisalsDoneNotice': {
    vi: 'Đề xuất đã thẩm định xong, chờ quyết định: {proposal}',
    en: 'Proposal fully appraised, awaiting a decision: {proposal}',
  },
  'proposal.appraisedNotice': { vi: 'Có ý kiến thẩm định: {proposal}', en: 'New appraisal opinion: {proposal}' },
  'proposal.returnedNotice': {
    vi: 'Đề xuất được trả lại để hoàn thiện: {proposal}',
    en: 'Proposal returned for revision: {proposal}',
  },
  'proposal.reappraiseNotice': {
    vi: 'UBND tỉnh đề nghị thẩm định lại: {proposal}',
    en: 'The Provincial People’s Committee asks for a new appraisal: {proposal}',
  },
  'proposal.withdrawnNotice': { vi: 'Đề xuất đã được thu hồi: {proposal}', en: 'Proposal withdrawn: {proposal}' },
  'proposal.decidedNotice': {
    vi: 'UBND tỉnh đã quyết định: {proposal}',
    en: 'The Provincial People’s Committee has decided on: {proposal}',
  },

  // The verb of a proposal action, inside the sentences above.
  'proposalAction.UPDATE_DRAFT': { vi: 'sửa', en: 'edit' },
  'proposalAction.SUBMIT': { vi: 'gửi', en: 'submit' },
  'proposalAction.APPRAISE': { vi: 'thẩm định', en: 'appraise' },
  'proposalAction.RETURN_FOR_REVISION': { vi: 'trả lại', en: 'return' },
  'proposalAction.REOPEN_APPRAISAL': { vi: 'yêu cầu thẩm định lại', en: 'ask for a new appraisal of' },
  'proposalAction.DECIDE': { vi: 'quyết định', en: 'decide on' },
  'proposalAction.WITHDRAW': { vi: 'thu hồi', en: 'withdraw' },
} as const satisfies Record<string, Template>;
