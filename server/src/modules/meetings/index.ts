export { Meeting, MeetingDirective } from './meeting.entity';
export { MeetingResolver, RequestDirectiveResolver } from './meeting.resolver';
export { MeetingService } from './meeting.service';
export { DirectiveKind } from './meeting-status';
export { canPublishConclusions, canRecordMeetings } from './meeting.policy';
export { meetingVisible } from './meeting.queries';
export { MEETING_RULES, MeetingAction } from './meeting-status';
