import type { Template } from './template';

export const agencyMessages = {
  'agency.codeTaken': { vi: 'Mã cơ quan đã tồn tại.', en: 'This agency code already exists.' },
  'agency.parentCycle': {
    vi: 'Không thể đặt một đơn vị dưới chính nó hoặc đơn vị con của nó.',
    en: 'A unit cannot be placed under itself or one of its own sub-units.',
  },
  'agency.parentNotFound': { vi: 'Không tìm thấy đơn vị cấp trên.', en: 'The parent unit was not found.' },
} as const satisfies Record<string, Template>;
