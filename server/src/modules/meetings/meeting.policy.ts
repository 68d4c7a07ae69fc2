import { isLead, type Viewer } from '../../shared/viewer';
import type { MeetingActor } from './meeting-status';

/** Who the viewer is to meetings: only Committee members act on them (reading is decided in SQL, meeting.queries.ts). */
export const meetingActor = (viewer: Viewer): MeetingActor => ({ inCommittee: viewer.inCommittee, isLead: isLead(viewer) });
