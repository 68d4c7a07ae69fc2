import type { Template } from './template';

/**
 * Why an item is in an official's work queue ("Việc cần xử lý"). `{from}` is the short name of
 * the agency that sent the record, `{unit}` the agency the viewer acts for that is expected to act
 * (their own, or a unit they lead), `{by}` the agency that answered; dates are dd/mm/yyyy.
 */
export const workQueueMessages = {
  'workQueue.request.acknowledge': {
    vi: 'Đề nghị của {from} chờ {unit} tiếp nhận.',
    en: 'A request from {from} awaits acknowledgement by {unit}.',
  },
  'workQueue.request.answer': {
    vi: '{unit} đã tiếp nhận đề nghị của {from}, chưa trả lời.',
    en: '{unit} acknowledged the request from {from} and has not answered yet.',
  },
  'workQueue.request.acceptAnswer': {
    vi: '{by} đã trả lời; chờ {unit} kết thúc hoặc mở lại đề nghị.',
    en: '{by} answered; {unit} is to close or reopen the request.',
  },
  'workQueue.request.giveDirective': {
    vi: 'Đề nghị của {from} đã chuyển UBND tỉnh, chờ ý kiến chỉ đạo.',
    en: 'A request from {from} was escalated to the Provincial People’s Committee and awaits a directive.',
  },
  'workQueue.proposal.appraise': {
    vi: 'Đề xuất của {from} chờ {unit} thẩm định.',
    en: 'A proposal from {from} awaits appraisal by {unit}.',
  },
  'workQueue.proposal.decide': {
    vi: 'Đề xuất của {from} đã đủ ý kiến thẩm định, chờ UBND tỉnh quyết định.',
    en: 'A proposal from {from} has all its appraisals and awaits the Provincial People’s Committee’s decision.',
  },
  'workQueue.proposal.revise': {
    vi: 'UBND tỉnh đã trả lại đề xuất của {unit}; cần chỉnh sửa và gửi lại.',
    en: 'The Provincial People’s Committee returned the proposal of {unit}; revise and resubmit it.',
  },
  'workQueue.task.overdue': {
    vi: 'Nhiệm vụ của {unit} đã quá hạn {days} ngày (hạn {due}).',
    en: 'The task of {unit} is {days} day(s) overdue (due {due}).',
  },
  'workQueue.task.dueToday': {
    vi: 'Nhiệm vụ của {unit} đến hạn hôm nay ({due}).',
    en: 'The task of {unit} is due today ({due}).',
  },
  'workQueue.task.dueSoon': {
    vi: 'Nhiệm vụ của {unit} còn {days} ngày đến hạn ({due}).',
    en: 'The task of {unit} is due in {days} day(s) ({due}).',
  },
  'workQueue.meeting.publish': {
    vi: 'Buổi làm việc ngày {heldOn} chờ lãnh đạo UBND tỉnh ban hành thông báo kết luận.',
    en: 'The meeting of {heldOn} awaits a Committee leader to publish its conclusion notice.',
  },
} as const satisfies Record<string, Template>;
