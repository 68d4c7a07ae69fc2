/** Word lists for Vietnamese-looking administrative titles and texts. */
export const requestVerbs = [
  'Đề nghị hướng dẫn',
  'Phối hợp xử lý',
  'Đẩy nhanh giải quyết',
  'Rà soát',
  'Đề nghị cho ý kiến về',
  'Tham mưu giải quyết',
  'Kiểm tra, xác minh',
  'Báo cáo tình hình',
  'Phối hợp thẩm định',
  'Đề nghị bổ sung',
  'Thống nhất phương án',
  'Hỗ trợ triển khai',
] as const;

export const requestSubjects: Record<string, readonly string[]> = {
  LAND: [
    'hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
    'bồi thường, giải phóng mặt bằng',
    'chuyển mục đích sử dụng đất',
    'giá đất cụ thể',
    'hồ sơ đăng ký biến động đất đai',
    'thu hồi đất dự án',
  ],
  MINERALS: [
    'cấp phép khai thác cát lòng sông',
    'đóng cửa mỏ đá',
    'tiền cấp quyền khai thác khoáng sản',
    'khai thác khoáng sản trái phép',
  ],
  ENVIRONMENT: [
    'đánh giá tác động môi trường',
    'quan trắc nước thải khu công nghiệp',
    'xử lý chất thải rắn sinh hoạt',
    'ô nhiễm không khí làng nghề',
  ],
  SEA_ISLANDS: ['giao khu vực biển', 'hành lang bảo vệ bờ biển', 'sạt lở bờ biển'],
  WATER_RESOURCES: ['cấp phép khai thác nước dưới đất', 'hành lang bảo vệ nguồn nước', 'xả thải vào nguồn nước'],
  CLIMATE_CHANGE: ['kế hoạch ứng phó biến đổi khí hậu', 'kiểm kê khí nhà kính', 'phòng chống hạn hán, xâm nhập mặn'],
  ADMIN_REFORM: [
    'thủ tục hành chính liên thông',
    'quy trình nội bộ giải quyết hồ sơ',
    'hồ sơ trễ hạn',
    'bổ sung biên chế',
  ],
  DIGITAL_TRANSFORMATION: [
    'kết nối cơ sở dữ liệu đất đai',
    'cổng dịch vụ công trực tuyến',
    'số hóa hồ sơ địa chính',
    'chia sẻ dữ liệu dùng chung',
  ],
  FINANCE: ['dự toán kinh phí', 'quyết toán vốn đầu tư', 'nguồn kinh phí sự nghiệp', 'thu tiền sử dụng đất'],
  OTHER: ['công tác phối hợp liên ngành', 'kiến nghị của cử tri', 'đơn thư phản ánh của công dân'],
};

export const places = [
  'thành phố Hòa Bình',
  'huyện Đông Hưng',
  'huyện Tây Sơn',
  'thị xã Nam Phước',
  'xã Tây Bình',
  'phường Tân Thịnh',
  'xã Đông Phong',
  'khu công nghiệp Nam Hòa',
  'cụm công nghiệp Bắc Sơn',
  'xã Phước Lộc',
  'phường Hữu Nghị',
  'thị trấn Đông Hưng',
] as const;

export const bodyOpeners = [
  'Thực hiện chỉ đạo của UBND tỉnh,',
  'Căn cứ kết luận tại buổi làm việc,',
  'Theo phản ánh của người dân,',
  'Qua rà soát thực tế,',
  'Để kịp thời tháo gỡ vướng mắc,',
  'Nhằm bảo đảm tiến độ,',
] as const;

export const bodyAsks = [
  'đề nghị quý cơ quan chủ trì, phối hợp xử lý và báo cáo kết quả.',
  'đề nghị có văn bản hướng dẫn cụ thể.',
  'đề nghị kiểm tra hiện trạng và đề xuất phương án giải quyết.',
  'đề nghị tổng hợp số liệu, gửi trước thời hạn.',
  'đề nghị phối hợp xác minh nguồn gốc và hồ sơ liên quan.',
] as const;

export const replies = [
  'Đã rà soát, gửi kèm báo cáo kết quả.',
  'Cơ quan đã có văn bản hướng dẫn, đề nghị triển khai.',
  'Đã phối hợp xác minh, kết quả như báo cáo kèm theo.',
  'Đã hoàn thành, số liệu tổng hợp gửi kèm.',
  'Thống nhất phương án, giao phòng chuyên môn thực hiện.',
] as const;

export const declineReasons = [
  'Nội dung không thuộc thẩm quyền của cơ quan.',
  'Đề nghị chuyển cơ quan có thẩm quyền chủ trì.',
  'Hồ sơ chưa đủ căn cứ để xử lý.',
] as const;

export const comments = [
  'Đã giao chuyên viên theo dõi.',
  'Đang tổng hợp ý kiến các phòng.',
  'Đề nghị bổ sung tài liệu liên quan.',
  'Dự kiến hoàn thành trong tuần.',
  'Đã làm việc với địa phương.',
  'Cần thêm thời gian xác minh.',
] as const;

export const escalationReasons = [
  'Quá hạn chưa được tiếp nhận; đề nghị UBND tỉnh chỉ đạo.',
  'Các cơ quan chưa thống nhất; đề nghị UBND tỉnh cho ý kiến.',
] as const;

export const closeNotes = [
  'Đã tiếp thu, kết thúc xử lý.',
  'Kết quả đáp ứng yêu cầu.',
  'Đóng yêu cầu theo kết quả trả lời.',
] as const;

export const taskVerbs = [
  'Tổ chức triển khai',
  'Hoàn thành',
  'Tổng kết',
  'Xây dựng kế hoạch',
  'Kiểm tra việc thực hiện',
  'Báo cáo đánh giá',
  'Tham mưu ban hành',
] as const;

export const proposalSubjects = [
  'Bố trí kinh phí',
  'Bổ sung nguồn lực',
  'Trang bị thiết bị',
  'Bổ sung biên chế',
  'Hỗ trợ kinh phí',
] as const;

export const itemUnits: Record<string, readonly string[]> = {
  FUNDING: ['gói', 'năm'],
  PERSONNEL: ['biên chế', 'người'],
  EQUIPMENT: ['bộ', 'máy', 'chiếc'],
  LAND: ['m²', 'ha'],
  OTHER: ['lần', 'gói'],
};
