import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { CommandRunner } from '../../shared/command-runner';
import type { EventBus } from '../../shared/event-bus';
import { withDelegation } from '../../shared/powers';
import type { Viewer } from '../../shared/viewer';
import { appendEvent, type EventNotice } from '../events';
import { transitionOnce } from '../idempotency';
import { announceNotifications, nobodyNotified, notify, type Notified } from '../notifications';
import { scheduleDueReminder } from './request-deadline-rules';
import { ParticipantRole } from './request-enums';
import { notificationFor } from './request-notifications';
import type { RequestParticipant } from './request-participant.entity';
import { refusal } from './request.errors';
import { actorFacts, audienceOf, participationActedFor, type RequestShape } from './request.policy';
import {
  judge,
  nextStatus,
  Relation,
  REQUEST_RULES,
  RequestAction,
  RequestStatus,
  type ActorFacts,
} from './request-status';
import { CoordinationRequest } from './request.entity';
import { isRequestReadable } from './request.visibility';
import type { RequestView } from './request.views';

export const REQUEST_AGGREGATE = 'REQUEST';

/** What an action records: its event type and the event's data. */
export interface EventDetails {
  type: string;
  data?: Record<string, unknown>;
}

export interface Recorded {
  notice: EventNotice;
  notified: Notified;
}

/** Requests are acted on by a viewer, or by the scheduler (`null`). */
export type RequestCommandRunner = CommandRunner<
  Viewer | null,
  CoordinationRequest,
  RequestAction,
  EventDetails,
  Recorded,
  RequestView
>;

const SYSTEM_FACTS: ActorFacts = { relations: new Set([Relation.SYSTEM]), isLead: false, participantState: null };

export const shapeOf = (request: CoordinationRequest): RequestShape => ({
  status: request.status,
  requestingAgencyId: request.requestingAgency.id,
  participants: request.participants.getItems().map((p) => ({ agencyId: p.agency.id, role: p.role, state: p.state })),
});

/** The addressed agency the viewer acts as (`participationActedFor`: own agency first), if any. */
export const participantOf = (request: CoordinationRequest, viewer: Viewer): RequestParticipant | null =>
  participationActedFor(
    viewer,
    request.participants.getItems().map((p) => ({ agencyId: p.agency.id, role: p.role, entity: p })),
  )?.entity ?? null;

/** The request workflow for the command runner: request-status.ts judges and moves, the policy says who the actor is. */
export function requestCommandRunner(
  em: EntityManager,
  bus: EventBus,
  clock: Clock,
  read: (viewer: Viewer, id: string) => Promise<RequestView>,
): RequestCommandRunner {
  return new CommandRunner(em, clock, {
    aggregate: REQUEST_AGGREGATE,
    subject: 'request',
    transitionOnce,
    load: (tx, id) => tx.findOne(CoordinationRequest, id, { populate: ['participants'] }),
    isReadable: isRequestReadable,
    versionOf: (request) => request.version,
    judge(request, action, actor) {
      const verdict = judge(action, request.status, actor ? actorFacts(actor, shapeOf(request)) : SYSTEM_FACTS);
      if (!verdict.ok) throw refusal(action, request.status, verdict);
    },
    moveStatus(request, action, actor, now) {
      const actingAsLeadAgency = actor !== null && participantOf(request, actor)?.role === ParticipantRole.LEAD;
      request.moveTo(nextStatus(action, request.status, actingAsLeadAgency), now);
      request.touch(now);
    },
    // an act of a delegable power taken under a delegation names it in its event (and audit entry)
    record: (tx, actor, request, details, action) =>
      recordRequestChange(tx, actor, request, {
        ...details,
        data: withDelegation(details.data, actor, REQUEST_RULES[action].power),
      }),
    publish: (recorded) => publishRequestChange(bus, recorded),
    read,
  });
}

/** Writes the event row and the notifications of a change, in its transaction. */
export async function recordRequestChange(
  tx: EntityManager,
  actor: Viewer | null,
  request: CoordinationRequest,
  details: EventDetails,
): Promise<Recorded> {
  const actorIds = { userId: actor?.userId ?? null, agencyId: actor?.agencyId ?? null };
  const planned = notificationFor(details.type, request, actorIds, details.data);
  const notified = planned ? await notify(tx, planned.target, planned.notification) : nobodyNotified();
  await scheduleDueReminder(tx, request, details.type);
  const notice = await appendEvent(tx, {
    aggregateType: REQUEST_AGGREGATE,
    aggregateId: request.id,
    type: details.type,
    actorUserId: actorIds.userId,
    actorAgencyId: actorIds.agencyId,
    audience: audienceOf(shapeOf(request)),
    restricted: request.status === RequestStatus.DRAFT,
    data: details.data,
  });
  return { notice, notified };
}

/** After commit: the bells (live subscribers heard of the event at commit, see appendEvent). */
export async function publishRequestChange(bus: EventBus, { notified }: Recorded): Promise<void> {
  await announceNotifications(bus, notified);
}
