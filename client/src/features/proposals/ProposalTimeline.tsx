import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { proposalEventLabel } from './proposal-labels';
import type { ProposalDetail } from './proposals.operations';

export function ProposalTimeline({ timeline }: { timeline: ProposalDetail['timeline'] }) {
  const t = useT();
  return (
    <section aria-labelledby="proposal-timeline-heading">
      <h2 id="proposal-timeline-heading">{t('request.timeline')}</h2>
      <ol className="timeline">
        {timeline.map((event) => (
          <li key={event.id} className="timeline__entry">
            <p className="timeline__head">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <strong>{t(proposalEventLabel(event.type))}</strong>
              <span className="muted">
                {event.actor
                  ? `${event.actor.fullName}${event.actorAgency ? ` (${event.actorAgency.shortName})` : ''}`
                  : t('request.system')}
              </span>
            </p>
            {event.note && event.type !== 'SUBMITTED' && <p className="timeline__note">{event.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
