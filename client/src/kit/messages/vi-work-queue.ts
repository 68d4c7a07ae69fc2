// The work queue ("Việc cần xử lý", the home page) and the navigation's counts; spread into `vi`.
export const viWorkQueue = {
  'nav.workQueue': 'Việc cần xử lý',
  'nav.pendingCount': '{count} việc',

  'workQueue.title': 'Việc cần xử lý',
  'workQueue.intro': 'Những việc cơ quan của bạn cần làm tiếp, việc quá hạn và sắp đến hạn trước.',
  'workQueue.loading': 'Đang tải việc cần xử lý…',
  'workQueue.empty': 'Không có việc nào cần xử lý',
  'workQueue.emptyHint': 'Khi có đề nghị, đề xuất hay nhiệm vụ cần cơ quan bạn xử lý, chúng sẽ hiện ở đây.',
  'workQueue.refreshFailed': 'Chưa cập nhật được danh sách việc mới nhất.',
  'workQueue.group.NOTIFICATION': 'Thông báo chưa đọc',
  'workQueue.group.REQUEST': 'Đề nghị phối hợp',
  'workQueue.group.PROPOSAL': 'Đề xuất',
  'workQueue.group.TASK': 'Nhiệm vụ',
  'workQueue.group.MEETING': 'Kết luận chờ ban hành',
  'workQueue.groupCount': '{count} việc',
  'workQueue.more': 'Còn {count} việc khác — xem tất cả',
  'workQueue.moreNotifications': 'Còn {count} thông báo chưa đọc khác trong mục Thông báo.',
  'workQueue.overdue': 'Quá hạn',
  'workQueue.dueSoon': 'Sắp đến hạn',
  'workQueue.due': 'Hạn {date}',
  'workQueue.untitled': '(chưa có mã)',
};
