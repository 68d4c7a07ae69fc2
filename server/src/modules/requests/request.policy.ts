import { powersOf } from '../../shared/powers';
import { agenciesActedFor, isLead, type Viewer } from '../../shared/viewer';
import { ParticipantRole } from './request-enums';
import { Relation, type ActorFacts } from './request-status';

/** What the policy needs to know about a request (an entity or a read model both fit). */
export interface RequestShape {
  status: string;
  requestingAgencyId: string;
  participants: { agencyId: string; role: ParticipantRole; state: ActorFacts['participantState'] }[];
}

/**
 * The addressed agency the viewer acts as, among those it acts for (`agenciesActedFor`): its own
 * agency's participation first; else, for a leader acting for its units, the unit that leads the
 * request; else the nearest supporting unit (the acted-for order: nearest first, then by id).
 * Acknowledging, assigning, answering and declining act on this one participation.
 */
export function participationActedFor<P extends { agencyId: string; role: ParticipantRole }>(
  viewer: Viewer,
  participants: readonly P[],
): P | null {
  const [own, ...units] = agenciesActedFor(viewer);
  const mine = participants.filter((p) => p.agencyId === own || units.includes(p.agencyId));
  const rank = (p: P) => (p.agencyId === own ? -2 : p.role === ParticipantRole.LEAD ? -1 : units.indexOf(p.agencyId));
  return mine.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * Who the viewer is to this request. Reading is decided in SQL (request.queries.ts `requestVisible`);
 * acting is decided here plus the workflow table: only members act in their agency's name, and a
 * department's leaders in the name of its units (`agenciesActedFor`).
 */
export function actorFacts(viewer: Viewer, request: RequestShape): ActorFacts {
  const relations = new Set<Relation>();
  if (agenciesActedFor(viewer).includes(request.requestingAgencyId)) relations.add(Relation.REQUESTER);
  if (viewer.inCommittee) relations.add(Relation.COMMITTEE);
  const own = participationActedFor(viewer, request.participants);
  if (own) relations.add(own.role === ParticipantRole.LEAD ? Relation.LEAD_AGENCY : Relation.SUPPORTING_AGENCY);
  return { relations, isLead: isLead(viewer), powers: powersOf(viewer), participantState: own?.state ?? null };
}

/** Agencies whose members may see the request's events (the Committee sees all anyway). */
export function audienceOf(request: RequestShape): string[] {
  if (request.status === 'DRAFT') return [request.requestingAgencyId];
  return [...new Set([request.requestingAgencyId, ...request.participants.map((p) => p.agencyId)])];
}
