import { useT } from '../../kit/i18n';
import { Timeline } from '../../kit/ui/Timeline';
import { proposalEventLabel } from './proposal-labels';
import type { ProposalDetail } from './proposals.operations';

export function ProposalTimeline({ timeline }: { timeline: ProposalDetail['timeline'] }) {
  const t = useT();
  return (
    <Timeline
      headingId="proposal-timeline-heading"
      events={timeline}
      label={(event) => t(proposalEventLabel(event.type))}
      showNote={(event) => event.type !== 'SUBMITTED'}
    />
  );
}
