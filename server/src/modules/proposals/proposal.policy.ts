import { powersOf } from '../../shared/powers';
import { agenciesActedFor, isLead, type Viewer } from '../../shared/viewer';
import { judgeProposal, ProposalAction, ProposalRelation, ProposalStatus, type ProposalActor } from './proposal-status';

export interface ProposalShape {
  status: string;
  requestingAgencyId: string;
  /** Agencies with an appraisal still to give on the current revision. */
  pendingAppraiserIds: string[];
}

/**
 * The appraising agency the viewer acts as, among `agencyIds`: its own first, then its units in
 * the acted-for order (nearest first). Giving an opinion fills this one agency's appraisal.
 */
export function appraisalActedFor(viewer: Viewer, agencyIds: readonly string[]): string | null {
  return agenciesActedFor(viewer).find((id) => agencyIds.includes(id)) ?? null;
}

/** Who the viewer is to a proposal; reading is decided in SQL (proposal.queries.ts). */
export function proposalActor(viewer: Viewer, proposal: ProposalShape): ProposalActor {
  const relations = new Set<ProposalRelation>();
  const actedFor = agenciesActedFor(viewer);
  if (actedFor.includes(proposal.requestingAgencyId)) relations.add(ProposalRelation.REQUESTER);
  if (appraisalActedFor(viewer, proposal.pendingAppraiserIds) !== null)
    relations.add(ProposalRelation.PENDING_APPRAISER);
  if (viewer.inCommittee) relations.add(ProposalRelation.COMMITTEE);
  return { relations, isLead: isLead(viewer), powers: powersOf(viewer) };
}

/** Whether the viewer may send their own agency's proposals: the SUBMIT rule, asked of a draft of theirs. */
export function canSubmitProposals(viewer: Viewer): boolean {
  const ownDraft = proposalActor(viewer, {
    status: ProposalStatus.DRAFT,
    requestingAgencyId: viewer.agencyId,
    pendingAppraiserIds: [],
  });
  return judgeProposal(ProposalAction.SUBMIT, ProposalStatus.DRAFT, ownDraft).ok;
}

/** Whether the viewer may decide proposals: the DECIDE rule, asked of another agency's proposal in review. */
export function canDecideProposals(viewer: Viewer): boolean {
  const inReview = proposalActor(viewer, {
    status: ProposalStatus.IN_REVIEW,
    requestingAgencyId: '',
    pendingAppraiserIds: [],
  });
  return judgeProposal(ProposalAction.DECIDE, ProposalStatus.IN_REVIEW, inReview).ok;
}
