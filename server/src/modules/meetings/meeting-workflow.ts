import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { CommandRunner } from '../../shared/command-runner';
import { DomainError, ErrorCode, forbidden } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { message } from '../../shared/messages';
import type { Viewer } from '../../shared/viewer';
import { appendEvent } from '../events';
import { transitionOnce } from '../idempotency';
import { announceNotifications, nobodyNotified, notify, type Notified } from '../notifications';
import { RequestService, type RequestRecorded } from '../requests';
import { signIssuedRecord, SignedDocumentKind } from '../signing';
import {
  publishTaskChanges,
  recordTaskChanges,
  type PlannedTaskNotification,
  type TaskChange,
  type TaskRecorded,
} from '../tasks';
import { Meeting } from './meeting.entity';
import { judgeMeeting, MeetingAction, nextMeetingStatus, type MeetingVerdict } from './meeting-status';
import { meetingActor } from './meeting.policy';
import type { MeetingView } from './meeting.views';

export const MEETING_AGGREGATE = 'MEETING';

/** The action's verb is `meetingAction.<action>` in the message catalog. */
export function meetingRefusal(action: MeetingAction, verdict: Exclude<MeetingVerdict, { ok: true }>): DomainError {
  if (verdict.reason === 'STATUS')
    return new DomainError(ErrorCode.INVALID_TRANSITION, message('meeting.refused.status', { action }));
  if (verdict.reason === 'ROLE') return forbidden(message('meeting.refused.role', { action }));
  return forbidden(message('meeting.refused.relation'));
}

/** What an action records: a draft's edit, or a publication with the work its directives became. */
export type MeetingOutcome =
  | { type: 'DRAFT_UPDATED' }
  | {
      type: 'PUBLISHED';
      taskChanges: TaskChange[];
      taskNotifications: PlannedTaskNotification[];
      requestRecords: RequestRecorded[];
    };

export interface MeetingRecorded {
  taskRecord: TaskRecorded | null;
  requestRecords: RequestRecorded[];
  notified: Notified;
}

/**
 * The meeting workflow for the command runner. Only the Committee acts on meetings: to anyone
 * else a meeting's commands answer NOT_FOUND, even a published meeting they may read.
 */
export function meetingCommandRunner(
  em: EntityManager,
  bus: EventBus,
  clock: Clock,
  read: (viewer: Viewer, id: string) => Promise<MeetingView>,
): CommandRunner<Viewer, Meeting, MeetingAction, MeetingOutcome, MeetingRecorded, MeetingView> {
  return new CommandRunner(em, clock, {
    aggregate: MEETING_AGGREGATE,
    subject: 'meeting',
    transitionOnce,
    // publishing was idempotent under this name before the runner: keys already stored keep working
    operationOf: (action) => (action === MeetingAction.PUBLISH ? 'publishConclusion' : undefined),
    load: (tx, id) => tx.findOne(Meeting, id, { populate: ['directives'] }),
    isReadable: async (_tx, viewer) => viewer.inCommittee,
    versionOf: (meeting) => meeting.version,
    judge(meeting, action, viewer) {
      const verdict = judgeMeeting(action, meeting.status, meetingActor(viewer));
      if (!verdict.ok) throw meetingRefusal(action, verdict);
    },
    moveStatus: (meeting, action, _viewer, now) => meeting.moveTo(nextMeetingStatus(action, meeting.status), now),
    record: (tx, viewer, meeting, outcome) =>
      outcome.type === 'DRAFT_UPDATED'
        ? recordDraft(tx, viewer, meeting, outcome.type)
        : recordPublication(tx, viewer, meeting, outcome),
    async publish(recorded) {
      if (recorded.taskRecord) await publishTaskChanges(bus, recorded.taskRecord);
      const requests = new RequestService(em, bus, clock);
      for (const request of recorded.requestRecords) await requests.publishRecorded(request);
      await announceNotifications(bus, recorded.notified);
    },
    read,
  });
}

/** Drafts are the Committee's own: the event (and its audit row) reaches no other agency. */
export async function recordDraft(
  tx: EntityManager,
  viewer: Viewer,
  meeting: Meeting,
  type: 'CREATED' | 'DRAFT_UPDATED',
): Promise<MeetingRecorded> {
  await appendEvent(tx, {
    aggregateType: MEETING_AGGREGATE,
    aggregateId: meeting.id,
    type,
    actorUserId: viewer.userId,
    actorAgencyId: viewer.agencyId,
    audience: [],
    data: { directives: meeting.directives.length },
  });
  return { taskRecord: null, requestRecords: [], notified: nobodyNotified() };
}

/** The reviewed agency's bell, the tasks' events and bells, then the notice's event (last: the commit-order lock). */
async function recordPublication(
  tx: EntityManager,
  viewer: Viewer,
  meeting: Meeting,
  outcome: Extract<MeetingOutcome, { type: 'PUBLISHED' }>,
): Promise<MeetingRecorded> {
  const concerned = [
    ...new Set(
      [
        meeting.reviewedAgency?.id,
        ...meeting.attendingAgencyIds,
        ...meeting.directives.getItems().flatMap((d) => [d.agency.id, ...d.supportingAgencyIds]),
      ].filter((id): id is string => Boolean(id)),
    ),
  ];
  const notified: Notified = meeting.reviewedAgency
    ? await notify(
        tx,
        { agencyIds: [meeting.reviewedAgency.id], exceptUserId: viewer.userId },
        {
          kind: 'CONCLUSION_PUBLISHED',
          groupKey: `meeting:${meeting.id}`,
          subjectType: 'MEETING',
          subjectId: meeting.id,
          message: message('meeting.publishedNotice', { code: meeting.conclusionCode!, title: meeting.title }),
        },
      )
    : nobodyNotified();
  const taskRecord = await recordTaskChanges(tx, viewer, outcome.taskChanges, outcome.taskNotifications);
  // the notice, signed by its publisher and dated at publication, stored in the publishing transaction
  await signIssuedRecord(tx, {
    kind: SignedDocumentKind.CONCLUSION,
    recordId: meeting.id,
    signerUserId: viewer.userId,
    signedAt: meeting.lastActivityAt,
  });
  await appendEvent(tx, {
    aggregateType: MEETING_AGGREGATE,
    aggregateId: meeting.id,
    type: 'PUBLISHED',
    actorUserId: viewer.userId,
    actorAgencyId: viewer.agencyId,
    audience: concerned,
    data: { note: meeting.conclusionCode },
  });
  return { taskRecord, requestRecords: outcome.requestRecords, notified };
}
