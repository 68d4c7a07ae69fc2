export { CoordinationRequest } from './request.entity';
export { RequestComment } from './request-comment.entity';
export { RequestParticipant } from './request-participant.entity';
export { RequestResolver } from './request.resolver';
export { RequestService } from './request.service';
export { RequestReminder } from './request-reminder.entity';
export { scheduleRequestDeadlines, sweepRequestDeadlines } from './request-deadlines';
export type { DeadlineSettings } from './request-deadlines';
