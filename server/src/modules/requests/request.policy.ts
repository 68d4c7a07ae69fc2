import { powersOf } from '../../shared/powers';
import { isLead, type Viewer } from '../../shared/viewer';
import { ParticipantRole } from './request-enums';
import { Relation, type ActorFacts } from './request-status';

/** What the policy needs to know about a request (an entity or a read model both fit). */
export interface RequestShape {
  status: string;
  requestingAgencyId: string;
  participants: { agencyId: string; role: ParticipantRole; state: ActorFacts['participantState'] }[];
}

/**
 * Who the viewer is to this request. Reading is decided in SQL (request.queries.ts `visibleTo`);
 * acting is decided here plus the workflow table: only members act in their agency's name.
 */
export function actorFacts(viewer: Viewer, request: RequestShape): ActorFacts {
  const relations = new Set<Relation>();
  if (request.requestingAgencyId === viewer.agencyId) relations.add(Relation.REQUESTER);
  if (viewer.inCommittee) relations.add(Relation.COMMITTEE);
  const own = request.participants.find((p) => p.agencyId === viewer.agencyId) ?? null;
  if (own) relations.add(own.role === ParticipantRole.LEAD ? Relation.LEAD_AGENCY : Relation.SUPPORTING_AGENCY);
  return { relations, isLead: isLead(viewer), powers: powersOf(viewer), participantState: own?.state ?? null };
}

/** Agencies whose members may see the request's events (the Committee sees all anyway). */
export function audienceOf(request: RequestShape): string[] {
  if (request.status === 'DRAFT') return [request.requestingAgencyId];
  return [...new Set([request.requestingAgencyId, ...request.participants.map((p) => p.agencyId)])];
}
