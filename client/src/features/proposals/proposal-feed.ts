import { feed } from '../../kit/useEventStream';
import { ProposalEventCursorQuery, ProposalFeedSubscription } from './proposals.operations';

/** Every proposal change the viewer may see, from a cursor on (the list, and the register of the decisions they lead to). */
export const PROPOSAL_FEED = feed({
  cursorQuery: ProposalEventCursorQuery,
  cursor: (data) => data.proposalEventCursor,
  subscription: ProposalFeedSubscription,
  event: (data) => data.proposalFeed,
});
