import { isLead, type Viewer } from '../../shared/viewer';
import { ProposalRelation, type ProposalActor } from './proposal-status';

export interface ProposalShape {
  status: string;
  requestingAgencyId: string;
  /** Agencies with an appraisal still to give on the current revision. */
  pendingAppraiserIds: string[];
}

/** Who the viewer is to a proposal; reading is decided in SQL (proposal.queries.ts). */
export function proposalActor(viewer: Viewer, proposal: ProposalShape): ProposalActor {
  const relations = new Set<ProposalRelation>();
  if (proposal.requestingAgencyId === viewer.agencyId) relations.add(ProposalRelation.REQUESTER);
  if (proposal.pendingAppraiserIds.includes(viewer.agencyId)) relations.add(ProposalRelation.PENDING_APPRAISER);
  if (viewer.inCommittee) relations.add(ProposalRelation.COMMITTEE);
  return { relations, isLead: isLead(viewer) };
}
