import type { ProposalFeedSubscription as ProposalFeedResult } from '../../gql/graphql';
import { useEventStream, useFeedStart } from '../requests/useRequestEvents';
import { ProposalEventCursorQuery, ProposalFeedSubscription } from './proposals.operations';

export type ProposalFeedEvent = ProposalFeedResult['proposalFeed'];

/**
 * Every change to any proposal the viewer may read, from `proposalEventCursor` on (see
 * useFeedStart). Returns true once the starting point is known; load the list only after that.
 */
export function useProposalFeed(onEvent: (event: ProposalFeedEvent) => void): boolean {
  const startAfter = useFeedStart(ProposalEventCursorQuery, (data) => data.proposalEventCursor);
  useEventStream({
    query: ProposalFeedSubscription,
    variables: (after) => ({ after }),
    startAfter,
    eventId: (data) => data.proposalFeed.event.id,
    onEvent: (data) => onEvent(data.proposalFeed),
  });
  return startAfter !== undefined;
}
