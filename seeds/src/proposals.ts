import type { SeedMoment } from './types';

/** Funding and resource proposals of the demo world, played through the real workflow. */
export interface SeedProposalItem {
  kind: 'FUNDING' | 'PERSONNEL' | 'EQUIPMENT' | 'LAND' | 'OTHER';
  description: string;
  quantity: number;
  unit: string;
  /** VND, exact, as a string of digits. */
  amount: string | null;
  justification: string;
}

export type SeedProposalStep = (
  | { as: string; do: 'submit' }
  /** `recommend`: per item position, the recommended amount and/or quantity (for PARTIAL). */
  | {
      as: string;
      do: 'appraise';
      opinion: 'SUPPORT' | 'PARTIAL' | 'OPPOSE';
      comment: string;
      recommend?: Record<number, { amount?: string; quantity?: number }>;
    }
  /** Grants per item position: quantity and, for money items, the amount. */
  | { as: string; do: 'decide'; grants: { quantity: number; amount?: string }[]; conditions: string }
) & {
  /** When it happens; default: the moment of the step before. */
  at?: SeedMoment;
};

export interface SeedProposal {
  author: string;
  title: string;
  rationale: string;
  items: SeedProposalItem[];
  steps: SeedProposalStep[];
  /** When it was written; its budget year is that moment's year. */
  at: SeedMoment;
  /** The author agency's tasks it would unblock: those of a quarter in these domains. */
  linkedTasks?: { year: number; quarter: number; domains: string[] };
}

export const demoProposals: SeedProposal[] = [
  {
    author: 'stnmt.lead',
    title: 'Bố trí kinh phí, nguồn lực giải quyết hồ sơ đất đai tồn đọng quý II/2023',
    linkedTasks: { year: 2023, quarter: 2, domains: ['LAND', 'FINANCE'] },
    at: { on: '2023-04-05' },
    rationale:
      'Thực hiện kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi làm việc ngày 30/3/2023, Sở TN&MT kiến nghị UBND tỉnh bố trí đủ kinh phí, ' +
      'nguồn lực để hoàn thành 3 nhiệm vụ trọng tâm về đất đai còn chậm và giải quyết dứt điểm hồ sơ tồn đọng tại các chi nhánh Văn phòng Đăng ký đất đai.',
    items: [
      {
        kind: 'FUNDING',
        description: 'Kinh phí số hóa, chỉnh lý hồ sơ địa chính tại 4 chi nhánh',
        quantity: 1,
        unit: 'gói',
        amount: '2500000000',
        justification: 'Khoảng 120.000 hồ sơ chưa được số hóa, là nguyên nhân chính gây chậm trễ.',
      },
      {
        kind: 'PERSONNEL',
        description: 'Bổ sung biên chế cho Văn phòng Đăng ký đất đai',
        quantity: 12,
        unit: 'biên chế',
        amount: null,
        justification: 'Số hồ sơ tiếp nhận tăng 40% so với năm 2022, biên chế không đổi.',
      },
      {
        kind: 'EQUIPMENT',
        description: 'Máy quét tài liệu khổ A3',
        quantity: 4,
        unit: 'bộ',
        amount: '600000000',
        justification: 'Trang bị cho mỗi chi nhánh một bộ phục vụ số hóa.',
      },
    ],
    steps: [
      { as: 'stnmt.lead', do: 'submit' },
      {
        as: 'stc.lead',
        do: 'appraise',
        at: { on: '2023-04-12' },
        opinion: 'PARTIAL',
        comment:
          'Đề nghị bố trí 1,8 tỷ đồng số hóa từ nguồn dự phòng ngân sách tỉnh năm 2023; thống nhất 600 triệu đồng mua 4 bộ máy quét theo giá thị trường.',
        recommend: { 0: { amount: '1800000000' }, 2: { amount: '600000000' } },
      },
      {
        as: 'snv.lead',
        do: 'appraise',
        at: { on: '2023-04-13' },
        opinion: 'PARTIAL',
        comment: 'Thống nhất bổ sung 8 biên chế trong tổng biên chế được giao.',
        recommend: { 1: { quantity: 8 } },
      },
      {
        as: 'ubnd.lead',
        do: 'decide',
        at: { on: '2023-04-20' },
        grants: [{ quantity: 1, amount: '1800000000' }, { quantity: 8 }, { quantity: 4, amount: '600000000' }],
        conditions:
          'Sở TN&MT chịu trách nhiệm sử dụng kinh phí đúng mục đích; hoàn thành số hóa và giải quyết dứt điểm hồ sơ tồn đọng trước 30/9/2023; báo cáo kết quả hằng tháng.',
      },
    ],
  },
  {
    author: 'stnmt.lead',
    title: 'Kinh phí vận hành mạng lưới quan trắc môi trường nước mặt các lưu vực sông',
    at: { daysAgo: 6 },
    rationale: 'Duy trì mạng lưới quan trắc tự động và bổ sung 3 điểm quan trắc tại các khu công nghiệp mới.',
    items: [
      {
        kind: 'FUNDING',
        description: 'Vận hành mạng lưới quan trắc tự động',
        quantity: 1,
        unit: 'năm',
        amount: '1350000000',
        justification: 'Chi phí vận hành, hiệu chuẩn thiết bị và truyền dữ liệu.',
      },
    ],
    steps: [
      { as: 'stnmt.lead', do: 'submit' },
      {
        as: 'stc.lead',
        do: 'appraise',
        opinion: 'SUPPORT',
        comment: 'Thống nhất mức kinh phí đề xuất.',
        at: { daysAgo: 2 },
      },
    ],
  },
];
