import { formatDateTime, formatLocalDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { eventLabel } from './request-labels';
import type { RequestDetail } from './requests.operations';

type TimelineEvent = RequestDetail['timeline'][number];

export function RequestTimeline({ timeline }: { timeline: RequestDetail['timeline'] }) {
  const t = useT();
  return (
    <section aria-labelledby="request-timeline-heading">
      <h2 id="request-timeline-heading">{t('request.timeline')}</h2>
      <ol className="timeline">
        {timeline.map((event) => (
          <TimelineEntry key={event.id} event={event} />
        ))}
      </ol>
    </section>
  );
}

function TimelineEntry({ event }: { event: TimelineEvent }) {
  const t = useT();
  const who = event.actor
    ? `${event.actor.fullName}${event.actorAgency ? ` (${event.actorAgency.shortName})` : ''}`
    : t('request.system');
  return (
    <li className="timeline__entry">
      <p className="timeline__head">
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
        <strong>{t(eventLabel(event.type))}</strong>
        <span className="muted">{who}</span>
      </p>
      {event.assignee && <p className="timeline__detail">{t('request.eventAssignee', { name: event.assignee.fullName })}</p>}
      {event.type === 'ESCALATION_RESOLVED' && event.agency && (
        <p className="timeline__detail">{t('request.eventNewLead', { agency: event.agency.shortName })}</p>
      )}
      {event.dueDate && <p className="timeline__detail">{t('request.eventNewDueDate', { date: formatLocalDate(event.dueDate) })}</p>}
      {event.note && event.type !== 'SUBMITTED' && <p className="timeline__note">{event.note}</p>}
    </li>
  );
}
