import type { ReactNode } from 'react';
import { formatDateTime } from '../format';
import { useT } from '../i18n';

// The history of a record (request, proposal, task), newest last: when, what, who, and a note.
// Each feature only says how to name its events and what else an entry shows.

export interface TimelineEvent {
  id: string;
  type: string;
  at: string;
  note?: string | null;
  actor?: { fullName: string } | null;
  actorAgency?: { shortName: string } | null;
  /** Taken under a delegation: the signature line (KT./TL.) and the leader acted for. */
  delegation?: { formText: string; grantor: { fullName: string } } | null;
}

interface TimelineProps<E extends TimelineEvent> {
  /** The heading's id, unique on the page. */
  headingId: string;
  events: readonly E[];
  label: (event: E) => string;
  /** More lines under an entry's head (new assignee, new due date…). */
  details?: (event: E) => ReactNode;
  /** Whether an entry shows its note (default: whenever it has one). */
  showNote?: (event: E) => boolean;
}

export function Timeline<E extends TimelineEvent>({
  headingId,
  events,
  label,
  details,
  showNote = () => true,
}: TimelineProps<E>) {
  const t = useT();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('request.timeline')}</h2>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id} className="timeline__entry">
            <p className="timeline__head">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <strong>{label(event)}</strong>
              <span className="muted">
                {event.actor
                  ? `${event.actor.fullName}${event.actorAgency ? ` (${event.actorAgency.shortName})` : ''}`
                  : t('request.system')}
              </span>
              {event.delegation && (
                <span className="timeline__delegation">
                  {t('timeline.underDelegation', {
                    form: event.delegation.formText,
                    grantor: event.delegation.grantor.fullName,
                  })}
                </span>
              )}
            </p>
            {details?.(event)}
            {event.note && showNote(event) && <p className="timeline__note">{event.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
