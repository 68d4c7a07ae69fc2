import { quarterName } from '../../kit/period';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatLocalDate, formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { PendingState } from '../../kit/ui/states';
import { Timeline } from '../../kit/ui/Timeline';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { liveRecord, useLiveRecord } from '../../kit/useLiveRecord';
import { TaskRefLink, TaskStatusBadge } from '../links';
import { CategoryLabel, ProgressBar, TaskGroupBadge } from './TaskBadges';
import { TaskActionBar } from './TaskActionBar';
import { proposalStatusLabel, requestStatusLabel, taskEventLabel } from './task-options';
import { TaskChangedSubscription, TaskDetailQuery, type TaskDetail } from './tasks.operations';

const LIVE_TASK = liveRecord({
  query: TaskDetailQuery,
  record: (data) => data.task,
  changes: TaskChangedSubscription,
  change: (data) => data.taskChanged,
  changed: (change) => change.task,
});

/** A fresh page (and fresh live state) per task id. */
export function TaskPageRoute() {
  const { id = '' } = useParams();
  return <TaskPage key={id} id={id} />;
}

function TaskPage({ id }: { id: string }) {
  const t = useT();
  const { record: task, fetching, error, accept, reload, lastChange } = useLiveRecord(LIVE_TASK, id);
  useDocumentTitle(task ? task.code : t('tasks.title'));

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/tasks">← {t('task.back')}</Link>
      </nav>
      {task ? (
        <article className="request task">
          <TaskHeader task={task} />
          <p className="live-note" role="status">
            {lastChange && t('request.live', { event: t(taskEventLabel(lastChange.event.type)) })}
          </p>
          {task.status === 'CANCELLED' && task.cancelReason && (
            <p className="alert" role="note">
              {t('task.cancelReason', { reason: task.cancelReason })}
            </p>
          )}
          <TaskSource task={task} />
          <TaskActionBar task={task} onUpdated={accept} onReload={reload} />
          <section aria-labelledby="task-description-heading">
            <h2 id="task-description-heading">{t('task.description')}</h2>
            <div className="request__body">
              {task.description || <span className="muted">{t('task.noDescription')}</span>}
            </div>
          </section>
          <ProgressReports reports={task.progressReports} />
          <LinkedRecords task={task} />
          <TaskTimeline timeline={task.timeline} />
        </article>
      ) : (
        <PendingState fetching={fetching} error={error} label={t('task.loading')} onRetry={reload} />
      )}
    </>
  );
}

function TaskHeader({ task }: { task: TaskDetail }) {
  const t = useT();
  return (
    <>
      <div className="request-header">
        <p className="request-header__code">{task.code}</p>
        <h1>{task.title}</h1>
        <p className="request-header__badges">
          <TaskStatusBadge status={task.status} /> {task.group && <TaskGroupBadge group={task.group} />}
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('task.ownerAgency')}</dt>
          <dd>{task.ownerAgency.name}</dd>
        </div>
        <div>
          <dt>{t('task.period')}</dt>
          <dd>{quarterName(t, task.period)}</dd>
        </div>
        <div>
          <dt>{t('task.dueDate')}</dt>
          <dd>{formatLocalDate(task.dueDate)}</dd>
        </div>
        <div>
          <dt>{t('task.category')}</dt>
          <dd>
            <CategoryLabel category={task.category} />
          </dd>
        </div>
        <div>
          <dt>{t('request.domain')}</dt>
          <dd>{t(`domain.${task.domain}`)}</dd>
        </div>
        <div>
          <dt>{t('task.assignedOn')}</dt>
          <dd>
            {formatLocalDate(task.assignedOn)}
            <span className="facts__sub">{task.assignedBy.fullName}</span>
          </dd>
        </div>
        {task.completedOn && (
          <div>
            <dt>{t('task.completedOn')}</dt>
            <dd>{formatLocalDate(task.completedOn)}</dd>
          </div>
        )}
        {task.cancelledOn && (
          <div>
            <dt>{t('task.cancelledOn')}</dt>
            <dd>{formatLocalDate(task.cancelledOn)}</dd>
          </div>
        )}
        {task.carriedOverOn && (
          <div>
            <dt>{t('task.carriedOverOn')}</dt>
            <dd>{formatLocalDate(task.carriedOverOn)}</dd>
          </div>
        )}
        <div className="task__progress">
          <dt>{t('task.progress')}</dt>
          <dd>
            <ProgressBar percent={task.progressPercent} label={t('task.progress')} large />
          </dd>
        </div>
      </dl>
    </>
  );
}

/** Where the task came from (a conclusion notice, or directly), and the quarters it spans. */
function TaskSource({ task }: { task: TaskDetail }) {
  const t = useT();
  const { directive } = task;
  return (
    <section aria-labelledby="task-source-heading">
      <h2 id="task-source-heading">{t('task.source')}</h2>
      {directive ? (
        <>
          <p className="task-source">
            <Link to={`/meetings/${directive.meetingId}`}>
              {directive.conclusionCode
                ? t('task.sourceDirective', { code: directive.conclusionCode })
                : t('task.sourceMeeting', { date: formatLocalDate(directive.heldOn) })}
            </Link>
            {directive.conclusionCode && (
              <span className="muted"> · {t('task.sourceHeldOn', { date: formatLocalDate(directive.heldOn) })}</span>
            )}
          </p>
          <blockquote className="request__body">{directive.content}</blockquote>
        </>
      ) : (
        <p className="task-source">{t('task.sourceDirect')}</p>
      )}
      {task.carriedFrom && (
        <p className="task-carry">
          {t('task.carriedFrom')}: <TaskRefLink task={task.carriedFrom} />{' '}
          <span className="muted">({quarterName(t, task.carriedFrom.period)})</span>
        </p>
      )}
      {task.carriedTo && (
        <p className="task-carry">
          {t('task.carriedTo')}: <TaskRefLink task={task.carriedTo} />{' '}
          <span className="muted">({quarterName(t, task.carriedTo.period)})</span>
        </p>
      )}
    </section>
  );
}

function ProgressReports({ reports }: { reports: TaskDetail['progressReports'] }) {
  const t = useT();
  return (
    <section aria-labelledby="task-progress-heading">
      <h2 id="task-progress-heading">{t('task.progressReports')}</h2>
      {reports.length === 0 ? (
        <p className="muted">{t('task.noProgressReports')}</p>
      ) : (
        <ul className="comments">
          {reports.map((report) => (
            <li key={`${report.reportedAt}-${report.percent}`} className="comment">
              <p className="comment__meta">
                <strong>{report.percent}%</strong> · {report.reportedBy.fullName} ·{' '}
                <time dateTime={report.reportedAt}>{formatDateTime(report.reportedAt)}</time>
              </p>
              <p className="comment__body">{report.note}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkedRecords({ task }: { task: TaskDetail }) {
  const t = useT();
  return (
    <>
      {task.linkedRequests.length > 0 && (
        <section aria-labelledby="task-requests-heading">
          <h2 id="task-requests-heading">{t('task.linkedRequests')}</h2>
          <ul className="linked-records">
            {task.linkedRequests.map((request) => {
              const status = requestStatusLabel(request.status);
              return (
                <li key={request.id}>
                  <Link
                    to={`/requests/${request.id}`}
                  >{`${request.code ?? t('requests.draft')} — ${request.title}`}</Link>{' '}
                  <span className="muted">
                    {status && `${t(status)} · `}
                    {t('request.dueDate')}: {formatLocalDate(request.dueDate)}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {task.linkedProposals.length > 0 && (
        <section aria-labelledby="task-proposals-heading">
          <h2 id="task-proposals-heading">{t('task.linkedProposals')}</h2>
          <ul className="linked-records">
            {task.linkedProposals.map((proposal) => {
              const status = proposalStatusLabel(proposal.status);
              return (
                <li key={proposal.id}>
                  <Link
                    to={`/proposals/${proposal.id}`}
                  >{`${proposal.code ?? t('requests.draft')} — ${proposal.title}`}</Link>{' '}
                  <span className="muted">
                    {status && `${t(status)} · `}
                    {/* once decided, what counts for the task is what was granted, not what was asked */}
                    {proposal.grantedAmount == null ? (
                      <span className="money">{formatVnd(proposal.totalAmount)}</span>
                    ) : (
                      <>
                        {t('task.proposalGranted')} <span className="money">{formatVnd(proposal.grantedAmount)}</span>
                        {` (${t('task.proposalRequested')} ${formatVnd(proposal.totalAmount)})`}
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}

function TaskTimeline({ timeline }: { timeline: TaskDetail['timeline'] }) {
  const t = useT();
  return (
    <Timeline headingId="task-timeline-heading" events={timeline} label={(event) => t(taskEventLabel(event.type))} />
  );
}
