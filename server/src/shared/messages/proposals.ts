import type { Template } from './template';

export const proposalMessages = {
  'proposal.lineAmountTooLarge': { vi: 'Mỗi nội dung tối đa {max} đồng.', en: 'Each line can be at most {max} đồng.' },
  'proposal.totalAmountTooLarge': { vi: 'Tổng kinh phí của đề xuất tối đa {max} đồng.', en: 'A proposal’s total funding can be at most {max} đồng.' },
} as const satisfies Record<string, Template>;
