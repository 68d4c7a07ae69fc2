/**
 * The demo quarters: Sở TN&MT's Q1/2023 exactly as the article tells it (1 breakthrough task and
 * 14 key tasks; 11 of the 14 done — every minerals, environment, sea, water and climate task —
 * and 3 land tasks late, carried into Q2/2023), the 30/3/2023 working session and its conclusion,
 * and other agencies' quarters so the Committee's comparison means something.
 */

export type SeedTaskCategory = 'BREAKTHROUGH' | 'KEY' | 'ROUTINE';

export interface SeedTask {
  agency: string;
  title: string;
  category: SeedTaskCategory;
  domain: string;
  dueDate: string;
  /** The day its agency's leader declared it done; null: still unfinished when the quarter closed. */
  completedOn: string | null;
  /** Progress reports by the agency's staff before completion (date, percent, note). */
  progress?: [on: string, percent: number, note: string][];
  /** Titles of demo coordination requests that bear on it. */
  linkedRequests?: string[];
}

export interface SeedQuarter {
  year: number;
  quarter: number;
  /** Tasks are assigned by the Committee's vice-chair on this day. */
  assignedOn: string;
  /** The Committee closes the quarter (carrying unfinished tasks over); absent: still open. */
  closedOn?: string;
  tasks: SeedTask[];
}

export interface SeedDirective {
  content: string;
  agency: string;
  category: SeedTaskCategory;
  domain: string;
  dueDate: string;
  completedOn: string | null;
}

export interface SeedMeeting {
  title: string;
  heldOn: string;
  publishedOn: string;
  chair: string;
  reviewedAgency: string;
  attendees: string;
  /** Codes of the attending agencies: they read the published conclusion. */
  attendingAgencies: string[];
  summary: string;
  conclusion: string;
  directives: SeedDirective[];
}

const LAND_BACKLOG_REQUESTS = [
  'Đẩy nhanh giải quyết hồ sơ đất đai tồn đọng tại Chi nhánh huyện Đông Hưng',
  'Giải quyết khiếu nại của người dân về chậm cấp giấy chứng nhận tại thị xã Nam Phước',
];

const stnmt = (
  title: string,
  domain: string,
  dueDate: string,
  completedOn: string | null,
  extra: Partial<SeedTask> = {},
): SeedTask => ({
  agency: 'STNMT',
  title,
  category: 'KEY',
  domain,
  dueDate,
  completedOn,
  ...extra,
});

/** The article's quarter. */
const stnmtQ1: SeedTask[] = [
  stnmt(
    'Số hóa hồ sơ địa chính, đưa thủ tục đất đai lên Cổng dịch vụ công mức độ toàn trình',
    'DIGITAL_TRANSFORMATION',
    '2023-03-31',
    '2023-03-28',
    {
      category: 'BREAKTHROUGH',
      progress: [
        ['2023-02-15', 40, 'Đã số hóa 42% hồ sơ địa chính của 4 chi nhánh.'],
        ['2023-03-15', 80, 'Hoàn thành kết nối với Cổng dịch vụ công tỉnh, đang chạy thử.'],
      ],
    },
  ),
  stnmt(
    'Thẩm định hồ sơ cấp phép thăm dò khoáng sản làm vật liệu xây dựng thông thường',
    'MINERALS',
    '2023-02-28',
    '2023-02-24',
  ),
  stnmt('Kiểm tra công tác bảo vệ khoáng sản chưa khai thác tại các huyện', 'MINERALS', '2023-03-15', '2023-03-10'),
  stnmt('Xây dựng phương án đấu giá quyền khai thác khoáng sản năm 2023', 'MINERALS', '2023-03-31', '2023-03-29'),
  stnmt(
    'Quan trắc chất lượng môi trường không khí, nước mặt đợt 1 năm 2023',
    'ENVIRONMENT',
    '2023-03-15',
    '2023-03-14',
  ),
  stnmt(
    'Thẩm định báo cáo đánh giá tác động môi trường các dự án đầu tư quý I',
    'ENVIRONMENT',
    '2023-03-31',
    '2023-03-27',
  ),
  stnmt('Kiểm tra xử lý chất thải rắn sinh hoạt tại các khu đô thị', 'ENVIRONMENT', '2023-03-15', '2023-03-20', {
    progress: [['2023-03-10', 70, 'Đã kiểm tra 5/7 khu đô thị, chờ kết quả phân tích mẫu.']],
  }),
  stnmt('Rà soát quy hoạch không gian biển và hành lang bảo vệ bờ biển', 'SEA_ISLANDS', '2023-03-31', '2023-03-30'),
  stnmt('Cấp phép giao khu vực biển cho các dự án nuôi trồng thủy sản', 'SEA_ISLANDS', '2023-03-20', '2023-03-17'),
  stnmt('Kiểm kê tài nguyên nước mặt các lưu vực sông nội tỉnh', 'WATER_RESOURCES', '2023-03-31', '2023-03-24'),
  stnmt('Thẩm định hồ sơ cấp phép khai thác nước dưới đất', 'WATER_RESOURCES', '2023-02-28', '2023-02-27'),
  stnmt(
    'Cập nhật kế hoạch hành động ứng phó với biến đổi khí hậu giai đoạn 2023–2025',
    'CLIMATE_CHANGE',
    '2023-03-31',
    '2023-03-31',
  ),
  stnmt(
    'Giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại các chi nhánh',
    'LAND',
    '2023-03-15',
    null,
    {
      progress: [
        ['2023-03-01', 45, 'Còn 1.240 hồ sơ tồn đọng, chủ yếu tại Chi nhánh Đông Hưng và Nam Phước.'],
        ['2023-03-25', 60, 'Thiếu nhân lực đo đạc; đã đề nghị phối hợp với UBND các huyện.'],
      ],
      linkedRequests: LAND_BACKLOG_REQUESTS,
    },
  ),
  stnmt('Hoàn thiện bảng giá đất điều chỉnh năm 2023 trình UBND tỉnh', 'LAND', '2023-03-20', null, {
    progress: [['2023-03-18', 70, 'Đang lấy ý kiến các sở, ngành và Hội đồng thẩm định giá đất.']],
  }),
  stnmt('Thu hồi, giao đất thực hiện các dự án trọng điểm của tỉnh', 'LAND', '2023-03-31', null, {
    progress: [['2023-03-20', 50, 'Vướng mắc bồi thường, giải phóng mặt bằng tại 2 dự án.']],
    linkedRequests: ['Đề nghị hướng dẫn xử lý vướng mắc cấp giấy chứng nhận cho hộ gia đình tại xã Tây Bình'],
  }),
];

/** Short quarters for other agencies: a title, a domain, and how it went ('on time' / 'late' / unfinished). */
type Outcome = 'ON_TIME' | 'LATE' | 'OPEN';
const shift = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const quick = (agency: string, year: number, quarter: number, rows: [string, string, Outcome][]): SeedTask[] =>
  rows.map(([title, domain, outcome], i) => {
    const month = String(quarter * 3 - (i % 3 === 0 ? 1 : 0)).padStart(2, '0');
    const dueDate = `${year}-${month}-${i % 2 === 0 ? 15 : 25}`;
    const completedOn = outcome === 'OPEN' ? null : shift(dueDate, outcome === 'LATE' ? 5 : -3);
    return { agency, title, category: i === 0 ? 'KEY' : 'ROUTINE', domain, dueDate, completedOn };
  });

export const demoTaskQuarters: SeedQuarter[] = [
  {
    year: 2022,
    quarter: 4,
    assignedOn: '2022-10-03',
    closedOn: '2022-12-31',
    tasks: [
      ...quick('STNMT', 2022, 4, [
        ['Tổng kết công tác quản lý đất đai năm 2022', 'LAND', 'ON_TIME'],
        ['Kiểm tra hoạt động khai thác cát, sỏi lòng sông', 'MINERALS', 'ON_TIME'],
        ['Báo cáo hiện trạng môi trường tỉnh năm 2022', 'ENVIRONMENT', 'LATE'],
        ['Lập danh mục nguồn nước phải lập hành lang bảo vệ', 'WATER_RESOURCES', 'ON_TIME'],
        ['Cấp giấy chứng nhận lần đầu cho hộ gia đình, cá nhân', 'LAND', 'ON_TIME'],
      ]),
      ...quick('STC', 2022, 4, [
        ['Thẩm định dự toán ngân sách tỉnh năm 2023', 'FINANCE', 'ON_TIME'],
        ['Quyết toán kinh phí sự nghiệp tài nguyên môi trường', 'FINANCE', 'LATE'],
        ['Rà soát tài sản công dôi dư sau sắp xếp', 'FINANCE', 'ON_TIME'],
      ]),
      ...quick('STTTT', 2022, 4, [
        ['Triển khai nền tảng chia sẻ dữ liệu cấp tỉnh', 'DIGITAL_TRANSFORMATION', 'ON_TIME'],
        ['Đánh giá an toàn thông tin các hệ thống dùng chung', 'DIGITAL_TRANSFORMATION', 'ON_TIME'],
      ]),
    ],
  },
  {
    year: 2023,
    quarter: 1,
    assignedOn: '2023-01-03',
    closedOn: '2023-03-31',
    tasks: [
      ...stnmtQ1,
      ...quick('STC', 2023, 1, [
        ['Giao dự toán chi thường xuyên năm 2023 cho các đơn vị', 'FINANCE', 'ON_TIME'],
        ['Hướng dẫn cơ chế tự chủ tài chính đơn vị sự nghiệp', 'FINANCE', 'ON_TIME'],
        ['Thẩm định giá đất cụ thể các dự án thu hồi đất', 'LAND', 'LATE'],
        ['Báo cáo tình hình giải ngân vốn đầu tư công quý I', 'FINANCE', 'ON_TIME'],
      ]),
      ...quick('SKHDT', 2023, 1, [
        ['Tổng hợp kế hoạch đầu tư công trung hạn điều chỉnh', 'FINANCE', 'ON_TIME'],
        ['Thẩm định chủ trương đầu tư các dự án ngoài ngân sách', 'OTHER', 'LATE'],
        ['Xây dựng bộ chỉ số cải thiện môi trường kinh doanh', 'ADMIN_REFORM', 'OPEN'],
      ]),
      ...quick('SNV', 2023, 1, [
        ['Thẩm định đề án vị trí việc làm các sở, ngành', 'ADMIN_REFORM', 'ON_TIME'],
        ['Tổ chức thi tuyển công chức năm 2023', 'ADMIN_REFORM', 'ON_TIME'],
        ['Kiểm tra công tác cải cách hành chính tại các huyện', 'ADMIN_REFORM', 'ON_TIME'],
      ]),
      ...quick('STTTT', 2023, 1, [
        ['Nâng cấp hệ thống một cửa điện tử liên thông', 'DIGITAL_TRANSFORMATION', 'ON_TIME'],
        ['Kết nối cơ sở dữ liệu đất đai với Cổng dịch vụ công', 'DIGITAL_TRANSFORMATION', 'LATE'],
        ['Triển khai chữ ký số cho cán bộ cấp xã', 'DIGITAL_TRANSFORMATION', 'ON_TIME'],
      ]),
      ...quick('UBND-DH', 2023, 1, [
        ['Giải phóng mặt bằng dự án đường liên xã Đông Hưng – Tây Bình', 'LAND', 'OPEN'],
        ['Xử lý vi phạm đất đai tại các xã ven sông', 'LAND', 'LATE'],
        ['Thu gom, xử lý rác thải sinh hoạt nông thôn', 'ENVIRONMENT', 'ON_TIME'],
      ]),
      ...quick('VPDKDD', 2023, 1, [
        ['Chuẩn hóa quy trình tiếp nhận hồ sơ tại 4 chi nhánh', 'ADMIN_REFORM', 'LATE'],
        ['Cập nhật biến động đất đai vào cơ sở dữ liệu', 'LAND', 'ON_TIME'],
      ]),
    ],
  },
  {
    year: 2023,
    quarter: 2,
    assignedOn: '2023-04-03',
    tasks: [
      ...quick('STC', 2023, 2, [
        ['Bố trí nguồn dự phòng ngân sách cho các nhiệm vụ cấp bách', 'FINANCE', 'ON_TIME'],
        ['Thẩm định phương án tài chính các đề xuất kinh phí quý II', 'FINANCE', 'ON_TIME'],
        ['Rà soát nguồn thu tiền sử dụng đất năm 2023', 'LAND', 'OPEN'],
      ]),
      ...quick('SNV', 2023, 2, [
        ['Thẩm định bổ sung biên chế cho Văn phòng Đăng ký đất đai', 'ADMIN_REFORM', 'LATE'],
        ['Đánh giá chỉ số cải cách hành chính cấp sở', 'ADMIN_REFORM', 'ON_TIME'],
      ]),
      ...quick('STTTT', 2023, 2, [
        ['Triển khai kho dữ liệu dùng chung của tỉnh', 'DIGITAL_TRANSFORMATION', 'ON_TIME'],
        ['Hỗ trợ số hóa hồ sơ địa chính tại chi nhánh Đông Hưng', 'DIGITAL_TRANSFORMATION', 'OPEN'],
      ]),
      ...quick('VPDKDD', 2023, 2, [
        ['Giải quyết hồ sơ tồn đọng tại Chi nhánh Đông Hưng', 'LAND', 'LATE'],
        ['Công khai quy trình, thời hạn giải quyết thủ tục đất đai', 'ADMIN_REFORM', 'ON_TIME'],
      ]),
    ],
  },
];

/** The working session of 30/3/2023, chaired by vice-chair Lê Huyền, and its conclusion. */
export const demoMeeting: SeedMeeting = {
  title: 'Làm việc với Sở Tài nguyên và Môi trường về kết quả quý I và kế hoạch quý II/2023',
  heldOn: '2023-03-30',
  publishedOn: '2023-03-31',
  chair: 'ubnd.lead',
  reviewedAgency: 'STNMT',
  attendees:
    'Lãnh đạo UBND tỉnh; Văn phòng UBND tỉnh; lãnh đạo Sở TN&MT và các phòng, đơn vị trực thuộc; Sở Tài chính; Sở Nội vụ; Văn phòng Đăng ký đất đai.',
  attendingAgencies: ['STC', 'SNV'],
  summary:
    'Nghe báo cáo tình hình, kết quả thực hiện nhiệm vụ trọng tâm, đột phá quý I và kế hoạch quý II/2023 của ngành TN&MT. ' +
    'Quý I, Sở được giao 1 nhiệm vụ đột phá và 14 nhiệm vụ chuyên môn; đã hoàn thành 11/14 nhiệm vụ trọng tâm, các nhiệm vụ về khoáng sản, môi trường, biển, ' +
    'tài nguyên nước, biến đổi khí hậu đều hoàn thành; lĩnh vực đất đai còn 3 nhiệm vụ chưa hoàn thành, còn tồn tại trong giải quyết thủ tục hành chính ' +
    'về đất đai tại các chi nhánh. Sở kiến nghị bố trí đủ kinh phí, nguồn lực thực hiện các nhiệm vụ quan trọng.',
  conclusion:
    'Đồng chí Phó Chủ tịch UBND tỉnh chia sẻ những khó khăn của đơn vị; đề nghị Sở TN&MT tập trung rà soát những nhiệm vụ, công việc trọng tâm, ' +
    'kịp thời tháo gỡ khó khăn, giải quyết các tồn tại của ngành; đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin, chuyển đổi số; ' +
    'sắp xếp các bộ phận chuyên môn, chuẩn hóa quy trình; chủ động phối hợp với các ngành, địa phương; kịp thời đề xuất các giải pháp hỗ trợ để UBND tỉnh xem xét.',
  directives: [
    {
      content:
        'Rà soát toàn bộ nhiệm vụ trọng tâm, chọn nội dung công việc quan trọng ưu tiên làm dứt điểm trước; báo cáo UBND tỉnh.',
      agency: 'STNMT',
      category: 'KEY',
      domain: 'OTHER',
      dueDate: '2023-04-30',
      completedOn: '2023-04-25',
    },
    {
      content:
        'Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết thủ tục đất đai tại các chi nhánh Văn phòng Đăng ký đất đai.',
      agency: 'STNMT',
      category: 'KEY',
      domain: 'ADMIN_REFORM',
      dueDate: '2023-06-30',
      completedOn: '2023-07-10',
    },
    {
      content:
        'Sắp xếp các bộ phận chuyên môn, chuẩn hóa quy trình hợp lý, khoa học, gắn với kỷ luật, kỷ cương công vụ.',
      agency: 'STNMT',
      category: 'ROUTINE',
      domain: 'ADMIN_REFORM',
      dueDate: '2023-06-30',
      completedOn: '2023-06-26',
    },
    {
      content: 'Đề xuất các giải pháp hỗ trợ về kinh phí, nguồn lực để UBND tỉnh xem xét giải quyết.',
      agency: 'STNMT',
      category: 'KEY',
      domain: 'FINANCE',
      dueDate: '2023-04-15',
      completedOn: '2023-04-10',
    },
    {
      content:
        'Bám sát, nghiên cứu sâu kỹ các quy định, văn bản hướng dẫn của bộ, ngành trung ương về đất đai; nâng cao năng lực giải quyết các vấn đề chuyên môn.',
      agency: 'STNMT',
      category: 'ROUTINE',
      domain: 'LAND',
      dueDate: '2023-06-30',
      completedOn: null,
    },
  ],
};
