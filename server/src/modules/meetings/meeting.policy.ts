import { isLead, type Viewer } from '../../shared/viewer';
import { judgeMeeting, MeetingAction, MeetingStatus, type MeetingActor } from './meeting-status';

/** Who the viewer is to meetings: only Committee members act on them (reading is decided in SQL, meeting.queries.ts). */
export const meetingActor = (viewer: Viewer): MeetingActor => ({
  inCommittee: viewer.inCommittee,
  isLead: isLead(viewer),
});

/** Whether the viewer may record a working session: the rule for editing a draft. */
export const canRecordMeetings = (viewer: Viewer): boolean =>
  judgeMeeting(MeetingAction.UPDATE_DRAFT, MeetingStatus.DRAFT, meetingActor(viewer)).ok;

/** Whether the viewer may publish a conclusion: the PUBLISH rule, asked of a draft. */
export const canPublishConclusions = (viewer: Viewer): boolean =>
  judgeMeeting(MeetingAction.PUBLISH, MeetingStatus.DRAFT, meetingActor(viewer)).ok;
