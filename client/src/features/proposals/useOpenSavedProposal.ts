import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { errorCode } from '../../kit/errors';
import type { SavedRequestState } from '../requests';
import { SubmitProposalMutation, type ProposalDetail } from './proposals.operations';

/** Router state for the proposal page: the draft was saved but sending it failed, or is the leader's to send. */
export interface SavedProposalState extends SavedRequestState {
  savedForLead?: boolean;
}

/** After a draft is saved: sends it when asked (and still sendable), then opens its page. */
export function useOpenSavedProposal() {
  const client = useClient();
  const navigate = useNavigate();
  return useCallback(
    async (proposal: ProposalDetail, submit: boolean): Promise<null> => {
      let state: SavedProposalState | undefined;
      if (proposal.status === 'DRAFT' && !proposal.allowedActions.includes('SUBMIT')) state = { savedForLead: true };
      else if (submit && proposal.allowedActions.includes('SUBMIT')) {
        const input = { id: proposal.id, version: proposal.version };
        const result = await client.mutation(SubmitProposalMutation, { input }).toPromise();
        if (result.error) state = { submitError: errorCode(result.error) };
      }
      navigate(`/proposals/${proposal.id}`, { state });
      return null;
    },
    [client, navigate],
  );
}
