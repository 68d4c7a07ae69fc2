import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime, formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { liveRecord, useLiveRecord } from '../../kit/useLiveRecord';
import { LinkedTasks } from '../links';
import { AttachmentList } from './AttachmentList';
import { CommentThread } from './CommentThread';
import { ParticipantsTable } from './ParticipantsTable';
import { OverdueBadge, PriorityLabel, StatusBadge } from './RequestBadges';
import { RequestActionBar } from './RequestActionBar';
import { eventLabel } from './request-labels';
import { RequestChangedSubscription, RequestDetailQuery, type RequestDetail } from './requests.operations';
import { RequestTimeline } from './RequestTimeline';
import type { SavedRequestState } from './useOpenSavedRequest';

const LIVE_REQUEST = liveRecord({
  query: RequestDetailQuery,
  record: (data) => data.request,
  changes: RequestChangedSubscription,
  change: (data) => data.requestChanged,
  changed: (change) => change.request,
});

/** A fresh page (and fresh live state) per request id. */
export function RequestPageRoute() {
  const { id = '' } = useParams();
  return <RequestPage key={id} id={id} />;
}

function RequestPage({ id }: { id: string }) {
  const t = useT();
  const location = useLocation();
  const { record: request, fetching, error, accept, reload, lastChange } = useLiveRecord(LIVE_REQUEST, id);
  useDocumentTitle(request ? (request.code ?? request.title) : t('requests.title'));
  const submitError = (location.state as SavedRequestState | null)?.submitError;

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/requests">← {t('request.back')}</Link>
      </nav>
      {request ? (
        <article className="request">
          {submitError && request.status === 'DRAFT' && (
            <p className="alert" role="alert">
              {t('requestForm.savedNotSubmitted', { reason: t(`error.${submitError}`) })}
            </p>
          )}
          <RequestHeader request={request} />
          <p className="live-note" role="status">
            {lastChange && t('request.live', { event: t(eventLabel(lastChange.event.type)) })}
          </p>
          <RequestActionBar request={request} onUpdated={accept} onStale={reload} />
          <section aria-labelledby="request-body-heading">
            <h2 id="request-body-heading">{t('request.body')}</h2>
            <div className="request__body">{request.body}</div>
          </section>
          <LinkedTasks tasks={request.linkedTasks} headingId="request-tasks-heading" />
          {request.escalationReason && (
            <section className="request__escalation" aria-labelledby="request-escalation-heading">
              <h2 id="request-escalation-heading">{t('request.escalationReason')}</h2>
              <p>{request.escalationReason}</p>
            </section>
          )}
          <ParticipantsTable participants={request.participants} />
          <AttachmentList request={request} onUploaded={reload} />
          <CommentThread request={request} onUpdated={accept} onStale={reload} />
          <RequestTimeline timeline={request.timeline} />
        </article>
      ) : (
        <PendingState fetching={fetching} error={error} label={t('request.loading')} onRetry={reload} />
      )}
    </>
  );
}

function RequestHeader({ request }: { request: RequestDetail }) {
  const t = useT();
  return (
    <>
      <div className="request-header">
        <p className="request-header__code">{request.code ?? t('request.draftCode')}</p>
        <h1>{request.title}</h1>
        <p className="request-header__badges">
          <StatusBadge status={request.status} />
          {request.overdue && <OverdueBadge />}
        </p>
        {request.directive && (
          <p className="request-header__directive">
            <Link to={`/meetings/${request.directive.meetingId}`}>
              {request.directive.conclusionCode
                ? t('request.directive', { code: request.directive.conclusionCode })
                : t('request.directiveDraft')}
            </Link>
          </p>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('request.dueDate')}</dt>
          <dd>{formatLocalDate(request.dueDate)}</dd>
        </div>
        <div>
          <dt>{t('request.priority')}</dt>
          <dd>
            <PriorityLabel priority={request.priority} />
          </dd>
        </div>
        <div>
          <dt>{t('request.domain')}</dt>
          <dd>{t(`domain.${request.domain}`)}</dd>
        </div>
        <div>
          <dt>{t('request.requestingAgency')}</dt>
          <dd>{request.requestingAgency.name}</dd>
        </div>
        <div>
          <dt>{t('request.author')}</dt>
          <dd>
            {request.author.fullName}
            <span className="facts__sub">{request.author.title}</span>
          </dd>
        </div>
        <div>
          <dt>{t('request.submittedAt')}</dt>
          <dd>{request.submittedAt ? formatDateTime(request.submittedAt) : t('request.notSubmitted')}</dd>
        </div>
      </dl>
    </>
  );
}
