import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import type { ProposalChangedSubscription as ProposalChangedResult } from '../../gql/graphql';
import { fresher, latestEventId } from '../requests/request-events';
import { useEventStream } from '../requests/useRequestEvents';
import { ProposalChangedSubscription, ProposalDetailQuery, type ProposalDetail } from './proposals.operations';

export type ProposalChange = ProposalChangedResult['proposalChanged'];

/**
 * One proposal, kept current from the query, the answer to the user's own action and live
 * events (`proposalChanged` after the newest timeline event on screen); the newest one wins.
 */
export function useLiveProposal(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProposalDetailQuery, variables: { id } });
  const [pushed, setPushed] = useState<ProposalDetail>();
  const [lastChange, setLastChange] = useState<ProposalChange>();
  const proposal = fresher(data?.proposal, pushed);

  const accept = useCallback((next: ProposalDetail) => setPushed((current) => fresher(current, next)), []);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  useEventStream({
    query: ProposalChangedSubscription,
    variables: (after) => ({ id, after }),
    startAfter: proposal ? latestEventId(proposal.timeline) : undefined,
    eventId: (result) => result.proposalChanged.event.id,
    onEvent: (result) => {
      setLastChange(result.proposalChanged);
      accept(result.proposalChanged.proposal);
    },
  });

  return { proposal, fetching, error, accept, reload, lastChange };
}
