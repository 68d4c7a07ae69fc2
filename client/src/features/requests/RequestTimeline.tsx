import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { Timeline } from '../../kit/ui/Timeline';
import { eventLabel } from './request-labels';
import type { RequestDetail } from './requests.operations';

type TimelineEvent = RequestDetail['timeline'][number];

export function RequestTimeline({ timeline }: { timeline: RequestDetail['timeline'] }) {
  const t = useT();
  return (
    <Timeline
      headingId="request-timeline-heading"
      events={timeline}
      label={(event) => t(eventLabel(event.type))}
      details={(event) => <EventDetails event={event} />}
      showNote={(event) => event.type !== 'SUBMITTED'}
    />
  );
}

function EventDetails({ event }: { event: TimelineEvent }) {
  const t = useT();
  return (
    <>
      {event.assignee && (
        <p className="timeline__detail">{t('request.eventAssignee', { name: event.assignee.fullName })}</p>
      )}
      {event.type === 'ESCALATION_RESOLVED' && event.agency && (
        <p className="timeline__detail">{t('request.eventNewLead', { agency: event.agency.shortName })}</p>
      )}
      {event.dueDate && (
        <p className="timeline__detail">{t('request.eventNewDueDate', { date: formatLocalDate(event.dueDate) })}</p>
      )}
    </>
  );
}
