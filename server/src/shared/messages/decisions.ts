import type { Template } from './template';

export const decisionMessages = {
  'decision.onlyCommitteeLeadSigns': {
    vi: 'Chỉ lãnh đạo UBND tỉnh ký quyết định.',
    en: 'Only leaders of the Provincial People’s Committee sign decisions.',
  },
  'decision.alreadyRevoked': {
    vi: 'Quyết định đã bị bãi bỏ hoặc là quyết định bãi bỏ.',
    en: 'The decision has been revoked or is itself a revocation.',
  },
  'decision.grantsForEveryLine': {
    vi: 'Cần mức mới cho đúng từng nội dung của quyết định.',
    en: 'Give a new amount for exactly each line of the decision.',
  },
  'decision.grantQuantityInvalid': {
    vi: 'Số lượng cho "{line}" không hợp lệ.',
    en: 'The quantity for "{line}" is not valid.',
  },
  'decision.grantAmountTooHigh': {
    vi: 'Kinh phí cho "{line}" vượt mức đề xuất.',
    en: 'The funding for "{line}" exceeds the amount proposed.',
  },
  'decision.nothingToAmend': {
    vi: 'Quyết định không có nội dung để sửa đổi.',
    en: 'The decision has no lines to amend.',
  },
  // Notifications to the requesting agency: a new decision amends or revokes one of its decisions.
  'decision.revokedNotice': {
    vi: 'Về việc bãi bỏ Quyết định số {target} ({number})',
    en: 'Revoking Decision No. {target} ({number})',
  },
  'decision.amendedNotice': {
    vi: 'Về việc sửa đổi Quyết định số {target} ({number})',
    en: 'Amending Decision No. {target} ({number})',
  },
} as const satisfies Record<string, Template>;
