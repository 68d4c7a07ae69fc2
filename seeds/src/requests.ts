import type { SeedMoment } from './types';

/** Coordination requests of the demo world, replayed through the real workflow by the seeder. */
export type SeedRequestStep = (
  | { as: string; do: 'submit' | 'acknowledge' }
  | { as: string; do: 'respond' | 'decline' | 'escalate' | 'comment' | 'close'; text: string }
  | { as: string; do: 'assign'; to: string }
) & {
  /** When it happens; default: the moment of the step before. */
  at?: SeedMoment;
};

export interface SeedRequest {
  author: string;
  title: string;
  body: string;
  domain: 'LAND' | 'ADMIN_REFORM' | 'DIGITAL_TRANSFORMATION' | 'FINANCE' | 'ENVIRONMENT';
  priority: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
  /** Days from the day the data is loaded (negative: already past). */
  dueInDays: number;
  /** When it was written; current work, so relative to the day the data is loaded. */
  at: SeedMoment;
  lead: string;
  supporting: string[];
  steps: SeedRequestStep[];
}

export const demoRequests: SeedRequest[] = [
  {
    author: 'stnmt.lead',
    title: 'Đẩy nhanh giải quyết hồ sơ đất đai tồn đọng tại Chi nhánh huyện Đông Hưng',
    body:
      'Thực hiện kết luận của UBND tỉnh tại buổi làm việc ngày 30/3/2023, Sở TN&MT đề nghị Chi nhánh Văn phòng Đăng ký đất đai huyện Đông Hưng ' +
      'rà soát toàn bộ hồ sơ cấp giấy chứng nhận quyền sử dụng đất đang quá hạn, phân loại nguyên nhân và lập kế hoạch giải quyết dứt điểm; ' +
      'UBND huyện phối hợp xác minh nguồn gốc đất đối với các hồ sơ còn vướng mắc.',
    domain: 'LAND',
    priority: 'URGENT',
    dueInDays: 12,
    lead: 'VPDKDD-DH',
    supporting: ['UBND-DH'],
    at: { daysAgo: 4 },
    steps: [
      { as: 'stnmt.lead', do: 'submit' },
      { as: 'vpdkdd-dh.lead', do: 'assign', to: 'vpdkdd-dh.staff', at: { daysAgo: 3 } },
      {
        as: 'ubnd-dh.staff',
        do: 'comment',
        text: 'UBND huyện đã giao Phòng TN&MT huyện phối hợp xác minh 37 hồ sơ.',
        at: { daysAgo: 1 },
      },
    ],
  },
  {
    author: 'stnmt.staff',
    title: 'Rà soát, công khai quy trình giải quyết thủ tục hành chính về đất đai tại Chi nhánh thành phố',
    body:
      'Đề nghị Chi nhánh Văn phòng Đăng ký đất đai thành phố Hòa Bình rà soát, chuẩn hóa quy trình nội bộ và niêm yết công khai thời hạn giải quyết ' +
      'từng loại thủ tục; báo cáo các trường hợp trễ hạn và biện pháp khắc phục.',
    domain: 'ADMIN_REFORM',
    priority: 'HIGH',
    dueInDays: 20,
    lead: 'VPDKDD-TP',
    supporting: ['UBND-TP'],
    at: { daysAgo: 1 },
    steps: [{ as: 'stnmt.staff', do: 'submit' }],
  },
  {
    author: 'ubnd-ts.staff',
    title: 'Đề nghị hướng dẫn xử lý vướng mắc cấp giấy chứng nhận cho hộ gia đình tại xã Tây Bình',
    body:
      'UBND huyện Tây Sơn đề nghị Sở TN&MT hướng dẫn việc cấp giấy chứng nhận quyền sử dụng đất cho 58 hộ gia đình có đất ở ' +
      'xen kẽ đất nông nghiệp, chưa thống nhất cách xác định hạn mức.',
    domain: 'LAND',
    priority: 'NORMAL',
    dueInDays: 9,
    lead: 'STNMT',
    supporting: ['VPDKDD-TS'],
    at: { daysAgo: 8 },
    steps: [
      { as: 'ubnd-ts.staff', do: 'submit' },
      { as: 'stnmt.staff', do: 'acknowledge', at: { daysAgo: 7 } },
      {
        as: 'vpdkdd-ts.staff',
        do: 'respond',
        text: 'Chi nhánh đã tổng hợp danh sách 58 hộ và hiện trạng sử dụng đất, gửi kèm.',
        at: { daysAgo: 5 },
      },
      {
        as: 'stnmt.staff',
        do: 'respond',
        at: { daysAgo: 2 },
        text: 'Sở hướng dẫn xác định hạn mức theo quy định hiện hành của UBND tỉnh; Chi nhánh huyện tiếp nhận và giải quyết trong 15 ngày.',
      },
    ],
  },
  {
    author: 'stnmt.lead',
    title: 'Phối hợp bổ sung biên chế cho Văn phòng Đăng ký đất đai',
    body:
      'Khối lượng hồ sơ tại các chi nhánh tăng mạnh trong khi biên chế không đổi. Đề nghị Sở Nội vụ chủ trì, Sở Tài chính phối hợp ' +
      'thẩm định nhu cầu bổ sung 12 vị trí việc làm cho Văn phòng Đăng ký đất đai.',
    domain: 'ADMIN_REFORM',
    priority: 'HIGH',
    dueInDays: 25,
    lead: 'SNV',
    supporting: ['STC'],
    at: { daysAgo: 3 },
    steps: [
      { as: 'stnmt.lead', do: 'submit' },
      { as: 'snv.lead', do: 'acknowledge', at: { daysAgo: 2 } },
    ],
  },
  {
    author: 'ubnd-np.staff',
    title: 'Giải quyết khiếu nại của người dân về chậm cấp giấy chứng nhận tại thị xã Nam Phước',
    body:
      'Nhiều công dân phản ánh hồ sơ đăng ký biến động đất đai nộp tại Chi nhánh thị xã quá hạn trên 30 ngày chưa có kết quả. ' +
      'UBND thị xã đề nghị Chi nhánh khẩn trương giải quyết và trả lời công dân.',
    domain: 'LAND',
    priority: 'URGENT',
    dueInDays: -6,
    lead: 'VPDKDD-NP',
    supporting: [],
    at: { daysAgo: 16 },
    steps: [
      { as: 'ubnd-np.staff', do: 'submit' },
      {
        as: 'ubnd-np.staff',
        do: 'escalate',
        text: 'Quá hạn 3 ngày, Chi nhánh chưa tiếp nhận; đề nghị UBND tỉnh chỉ đạo.',
        at: { daysAgo: 3 },
      },
    ],
  },
  {
    author: 'stnmt.lead',
    title: 'Hỗ trợ kết nối phần mềm một cửa với cơ sở dữ liệu đất đai',
    body: 'Đề nghị Sở TT&TT hỗ trợ kết nối hệ thống một cửa điện tử với cơ sở dữ liệu đất đai để tra cứu tình trạng hồ sơ trực tuyến.',
    domain: 'DIGITAL_TRANSFORMATION',
    priority: 'NORMAL',
    dueInDays: 15,
    lead: 'STTTT',
    supporting: [],
    at: { daysAgo: 20 },
    steps: [
      { as: 'stnmt.lead', do: 'submit' },
      { as: 'stttt.staff', do: 'acknowledge', at: { daysAgo: 19 } },
      {
        as: 'stttt.staff',
        do: 'respond',
        text: 'Đã hoàn thành kết nối, người dân tra cứu được tình trạng hồ sơ trên Cổng dịch vụ công.',
        at: { daysAgo: 6 },
      },
      { as: 'stnmt.lead', do: 'close', text: 'Kết nối hoạt động ổn định.', at: { daysAgo: 4 } },
    ],
  },
  {
    author: 'stnmt.staff',
    title: 'Đề nghị Sở Tài chính bố trí kinh phí đo đạc, chỉnh lý bản đồ địa chính',
    body: 'Dự thảo: đề nghị bố trí kinh phí năm 2023 cho đo đạc, chỉnh lý bản đồ địa chính tại 3 huyện.',
    domain: 'FINANCE',
    priority: 'NORMAL',
    dueInDays: 30,
    lead: 'STC',
    supporting: [],
    at: { daysAgo: 1 },
    steps: [],
  },
];
