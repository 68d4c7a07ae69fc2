export { Meeting, MeetingDirective } from './meeting.entity';
export { MeetingResolver, RequestDirectiveResolver } from './meeting.resolver';
export { MeetingService } from './meeting.service';
export { DirectiveKind } from './meeting-status';
export { canPublishConclusions, canRecordMeetings } from './meeting.policy';
export { findMeeting, findVisibleMeeting, meetingVisible } from './meeting.queries';
export type { MeetingView } from './meeting.views';
export { MEETING_RULES, MeetingAction, MeetingStatus } from './meeting-status';
