import { quarterName } from '../../kit/period';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { errorCode, fieldErrorsByPath, type FieldErrors } from '../../kit/errors';
import { formatLocalDate } from '../../kit/format';
import { useT, type Translate } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import { DataTable } from '../../kit/ui/DataTable';
import { FormAlert } from '../../kit/ui/FormAlert';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { CategoryLabel } from '../tasks';
import { meetingFieldMessage } from './meeting-form';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { MeetingDetailQuery, PublishConclusionMutation, type MeetingDetail } from './meetings.operations';

/** A fresh page per meeting id. */
export function MeetingPageRoute() {
  const { id = '' } = useParams();
  return <MeetingPage key={id} id={id} />;
}

function MeetingPage({ id }: { id: string }) {
  const t = useT();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeetingDetailQuery, variables: { id } });
  const [published, setPublished] = useState<MeetingDetail>();
  const meeting = published && (!data || data.meeting.version <= published.version) ? published : data?.meeting;
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useDocumentTitle(meeting ? (meeting.conclusionCode ?? meeting.title) : t('meetings.title'));

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/meetings">← {t('meeting.back')}</Link>
      </nav>
      {meeting ? (
        <article className="request meeting">
          <MeetingHeader meeting={meeting} />
          {meeting.status === 'PUBLISHED' && (
            <div className="decision-toolbar no-print">
              {/* only a published conclusion is a document; the session cookie authenticates the link */}
              <a
                className="button button--secondary"
                href={`/documents/conclusions/${encodeURIComponent(meeting.id)}.pdf`}
                download
                title={t('meeting.downloadPdfTitle')}
              >
                {t('meeting.downloadPdf')}
              </a>
            </div>
          )}
          <MeetingActions meeting={meeting} onPublished={setPublished} onReload={reload} />
          {(meeting.attendees || meeting.attendingAgencies.length > 0) && (
            <section aria-labelledby="meeting-attendees-heading">
              <h2 id="meeting-attendees-heading">{t('meeting.attendees')}</h2>
              {meeting.attendees && <p className="meeting__text">{meeting.attendees}</p>}
              {meeting.attendingAgencies.length > 0 && (
                <p className="meeting__text">
                  {t('meeting.attendingAgencies')}: {meeting.attendingAgencies.map((a) => a.shortName).join(', ')}
                </p>
              )}
            </section>
          )}
          <section aria-labelledby="meeting-summary-heading">
            <h2 id="meeting-summary-heading">{t('meeting.summary')}</h2>
            <div className="request__body meeting__text">{meeting.summary}</div>
          </section>
          <section aria-labelledby="meeting-conclusion-heading">
            <h2 id="meeting-conclusion-heading">{t('meeting.conclusion')}</h2>
            <div className="request__body meeting__text">{meeting.conclusion}</div>
          </section>
          <DirectivesTable directives={meeting.directives} />
        </article>
      ) : (
        <PendingState fetching={fetching} error={error} label={t('meeting.loading')} onRetry={reload} />
      )}
    </>
  );
}

function MeetingHeader({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  return (
    <>
      <div className="request-header">
        <p className="request-header__code">{meeting.conclusionCode ?? t('meeting.notPublished')}</p>
        <h1>{meeting.title}</h1>
        <p className="request-header__badges">
          <MeetingStatusBadge status={meeting.status} />
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('meeting.heldOn')}</dt>
          <dd>{formatLocalDate(meeting.heldOn)}</dd>
        </div>
        <div>
          <dt>{t('meeting.chair')}</dt>
          <dd>
            {meeting.chair.fullName}
            <span className="facts__sub">{meeting.chair.title}</span>
          </dd>
        </div>
        <div>
          <dt>{t('meeting.reviewedAgency')}</dt>
          <dd>{meeting.reviewedAgency?.name ?? t('meeting.none')}</dd>
        </div>
        <div>
          <dt>{t('meeting.conclusionCode')}</dt>
          <dd>{meeting.conclusionCode ?? t('meeting.notPublished')}</dd>
        </div>
        {meeting.publishedOn && (
          <div>
            <dt>{t('meeting.publishedOn')}</dt>
            <dd>
              {formatLocalDate(meeting.publishedOn)}
              {meeting.publishedBy && <span className="facts__sub">{meeting.publishedBy.fullName}</span>}
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}

const FIELD_LABELS: Record<string, MessageKey> = {
  content: 'meetingForm.content',
  agencyId: 'meetingForm.agency',
  supportingAgencyIds: 'requestForm.supporting',
  domain: 'meetingForm.domain',
  category: 'meetingForm.category',
  dueDate: 'meetingForm.dueDate',
  period: 'meeting.col.period',
  title: 'meetingForm.content',
};

/** Publishing re-checks every directive (a due date may have passed since): "Nội dung chỉ đạo 3 — Hạn: …". */
export function publishProblems(t: Translate, fields: FieldErrors): string[] {
  return Object.entries(fields).map(([path, problem]) => {
    const match = /^directives\.(\d+)\.(\w+)/.exec(path);
    const text = t(meetingFieldMessage(path, problem));
    if (!match) return text;
    const label = FIELD_LABELS[match[2]];
    return t('meeting.problem', { row: Number(match[1]) + 1, field: label ? t(label) : match[2], message: text });
  });
}

type PublishOutcome = { tone: 'done'; code: string } | { tone: 'error'; message: MessageKey; problems: string[] };

interface MeetingActionsProps {
  meeting: MeetingDetail;
  onPublished: (meeting: MeetingDetail) => void;
  onReload: () => void;
}

/** Exactly the actions in `allowedActions`: edit the draft, and publish it after a confirm step. */
function MeetingActions({ meeting, onPublished, onReload }: MeetingActionsProps) {
  const t = useT();
  const client = useClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PublishOutcome>();
  const actions = meeting.allowedActions;

  async function publish() {
    setBusy(true);
    const input = { id: meeting.id, version: meeting.version };
    const result = await client.mutation(PublishConclusionMutation, { input }).toPromise();
    setBusy(false);
    setConfirming(false);
    const done = result.data?.publishConclusion.meeting;
    if (done) {
      onPublished(done);
      setOutcome({ tone: 'done', code: done.conclusionCode ?? '' });
      return;
    }
    const code = errorCode(result.error);
    const problems = code === 'BAD_USER_INPUT' ? publishProblems(t, fieldErrorsByPath(result.error)) : [];
    setOutcome({ tone: 'error', message: problems.length > 0 ? 'meeting.publishProblems' : `error.${code}`, problems });
  }

  if (actions.length === 0 && !outcome) return null;
  return (
    <section className="action-bar" aria-labelledby="meeting-actions-heading">
      <h2 id="meeting-actions-heading">{t('request.actions')}</h2>
      {outcome?.tone === 'error' && (
        <>
          <FormAlert
            message={outcome.message}
            onReload={() => {
              setOutcome(undefined);
              onReload();
            }}
          />
          {outcome.problems.length > 0 && (
            <ul className="publish-problems">
              {outcome.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <p className="live-note" role="status">
        {outcome?.tone === 'done' && t('meeting.publishDone', { code: outcome.code })}
      </p>
      <div className="action-bar__buttons">
        {actions.includes('UPDATE_DRAFT') && (
          <Link to={`/meetings/${meeting.id}/edit`} className="button button--secondary">
            {t('meetingAction.UPDATE_DRAFT')}
          </Link>
        )}
        {actions.includes('PUBLISH') && !confirming && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => {
              setOutcome(undefined);
              setConfirming(true);
            }}
          >
            {t('meetingAction.PUBLISH')}
          </button>
        )}
      </div>
      {actions.includes('PUBLISH') && confirming && (
        <div className="action-panel" role="group" aria-label={t('meetingAction.PUBLISH')}>
          <p className="action-panel__warning">{t('meeting.publishConfirm')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
              disabled={busy}
            >
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void publish()}
              disabled={busy}
              aria-busy={busy}
            >
              {busy ? t('action.working') : t('meeting.publishConfirmButton')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function DirectivesTable({ directives }: { directives: MeetingDetail['directives'] }) {
  const t = useT();
  const rows = [...directives].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="meeting-directives-heading">
      <h2 id="meeting-directives-heading">{t('meeting.directives')}</h2>
      <DataTable
        className="directive-table"
        columns={[
          '#',
          t('meeting.col.content'),
          t('meeting.col.kind'),
          t('meeting.col.agency'),
          t('meeting.col.category'),
          t('meeting.col.domain'),
          t('meeting.col.dueDate'),
          t('meeting.col.period'),
          t('meeting.col.result'),
        ]}
      >
        {rows.map((directive) => (
          <tr key={directive.id}>
            <td>{directive.position}</td>
            <td className="meeting__text">{directive.content}</td>
            <td>{t(`directiveKind.${directive.kind}`)}</td>
            <td>
              <span title={directive.agency.name}>{directive.agency.shortName}</span>
              {directive.supportingAgencies.length > 0 && (
                <span className="facts__sub muted">
                  {t('meeting.supporting', {
                    agencies: directive.supportingAgencies.map((agency) => agency.shortName).join(', '),
                  })}
                </span>
              )}
            </td>
            <td>
              {directive.kind === 'TASK' ? (
                <CategoryLabel category={directive.category} />
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td>{t(`domain.${directive.domain}`)}</td>
            <td className="meeting-table__date">{formatLocalDate(directive.dueDate)}</td>
            <td className="meeting-table__date">
              {directive.kind === 'TASK' ? quarterName(t, directive.period) : <span className="muted">—</span>}
            </td>
            <td>
              {directive.taskId ? (
                <Link to={`/tasks/${directive.taskId}`}>{t('meeting.openTask')}</Link>
              ) : directive.requestId ? (
                <Link to={`/requests/${directive.requestId}`}>{t('meeting.openRequest')}</Link>
              ) : (
                <span className="muted">{t('meeting.pending')}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
