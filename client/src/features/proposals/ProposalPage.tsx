import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime, formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { liveRecord, useLiveRecord } from '../../kit/useLiveRecord';
import { LinkedRequests, LinkedTasks } from '../links';
import { ProposalActionBar } from './ProposalActionBar';
import { OutcomeBadge, ProposalStatusBadge } from './ProposalBadges';
import { ProposalItemsTable } from './ProposalItemsTable';
import { ProposalRevisions } from './ProposalRevisions';
import { ProposalTimeline } from './ProposalTimeline';
import { proposalEventLabel } from './proposal-labels';
import { ProposalChangedSubscription, ProposalDetailQuery, type ProposalDetail } from './proposals.operations';
import type { SavedProposalState } from './useOpenSavedProposal';

const LIVE_PROPOSAL = liveRecord({
  query: ProposalDetailQuery,
  record: (data) => data.proposal,
  changes: ProposalChangedSubscription,
  change: (data) => data.proposalChanged,
  changed: (change) => change.proposal,
});

/** A fresh page (and fresh live state) per proposal id. */
export function ProposalPageRoute() {
  const { id = '' } = useParams();
  return <ProposalPage key={id} id={id} />;
}

function ProposalPage({ id }: { id: string }) {
  const t = useT();
  const location = useLocation();
  const { record: proposal, fetching, error, accept, reload, lastChange } = useLiveRecord(LIVE_PROPOSAL, id);
  useDocumentTitle(proposal ? (proposal.code ?? proposal.title) : t('proposals.title'));
  const saved = location.state as SavedProposalState | null;
  const submitError = saved?.submitError;

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/proposals">← {t('proposal.back')}</Link>
      </nav>
      {proposal ? (
        <article className="request proposal">
          {submitError && proposal.status === 'DRAFT' && (
            <p className="alert" role="alert">
              {t('proposalForm.savedNotSubmitted', { reason: t(`error.${submitError}`) })}
            </p>
          )}
          {saved?.savedForLead && proposal.status === 'DRAFT' && (
            <p className="alert" role="status">
              {t('proposalForm.savedForLead')}
            </p>
          )}
          <ProposalHeader proposal={proposal} />
          <p className="live-note" role="status">
            {lastChange && t('request.live', { event: t(proposalEventLabel(lastChange.event.type)) })}
          </p>
          {proposal.returnReason && proposal.status === 'RETURNED' && (
            <p className="alert" role="note">
              {t('proposal.returnReason', { reason: proposal.returnReason })}
            </p>
          )}
          <ProposalDecisions decisions={proposal.decisions} />
          <ProposalActionBar proposal={proposal} onUpdated={accept} onStale={reload} />
          <section aria-labelledby="proposal-rationale-heading">
            <h2 id="proposal-rationale-heading">{t('proposal.rationale')}</h2>
            <div className="request__body">{proposal.rationale}</div>
          </section>
          <LinkedRequests ids={proposal.linkedRequestIds} />
          <LinkedTasks tasks={proposal.linkedTasks} headingId="proposal-tasks-heading" />
          <ProposalItemsTable proposal={proposal} />
          <Appraisals appraisals={proposal.appraisals} />
          <ProposalRevisions revisions={proposal.revisions} />
          <ProposalTimeline timeline={proposal.timeline} />
        </article>
      ) : (
        <PendingState fetching={fetching} error={error} label={t('proposal.loading')} onRetry={reload} />
      )}
    </>
  );
}

function ProposalHeader({ proposal }: { proposal: ProposalDetail }) {
  const t = useT();
  return (
    <>
      <div className="request-header">
        <p className="request-header__code">{proposal.code ?? t('request.draftCode')}</p>
        <h1>{proposal.title}</h1>
        <p className="request-header__badges">
          <ProposalStatusBadge status={proposal.status} />
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('proposal.fiscalYear')}</dt>
          <dd>{proposal.fiscalYear}</dd>
        </div>
        <div>
          <dt>{t('proposal.total')}</dt>
          <dd className="money">{formatVnd(proposal.totalAmount)}</dd>
        </div>
        <div>
          <dt>{t('proposal.requestingAgency')}</dt>
          <dd>{proposal.requestingAgency.name}</dd>
        </div>
        <div>
          <dt>{t('request.author')}</dt>
          <dd>
            {proposal.author.fullName}
            <span className="facts__sub">{proposal.author.title}</span>
          </dd>
        </div>
        <div>
          <dt>{t('proposal.revision')}</dt>
          <dd>{proposal.revision}</dd>
        </div>
        <div>
          <dt>{t('request.submittedAt')}</dt>
          <dd>{proposal.submittedAt ? formatDateTime(proposal.submittedAt) : t('request.notSubmitted')}</dd>
        </div>
      </dl>
    </>
  );
}

function Appraisals({ appraisals }: { appraisals: ProposalDetail['appraisals'] }) {
  const t = useT();
  if (appraisals.length === 0) return null;
  return (
    <section aria-labelledby="proposal-appraisals-heading">
      <h2 id="proposal-appraisals-heading">{t('proposal.appraisals')}</h2>
      <ul className="comments">
        {appraisals.map((appraisal) => (
          <li key={appraisal.agency.id} className="comment">
            <p className="comment__meta">
              <strong>{appraisal.agency.name}</strong>{' '}
              <span className="muted">({appraisal.kinds.map((kind) => t(`resourceKind.${kind}`)).join(', ')})</span>{' '}
              {appraisal.opinion ? t(`opinion.${appraisal.opinion}`) : t('appraisal.pending')}
            </p>
            {appraisal.comment && <p className="comment__body">{appraisal.comment}</p>}
            {appraisal.appraisedBy && appraisal.appraisedAt && (
              <p className="muted">
                {appraisal.appraisedBy.fullName} · {formatDateTime(appraisal.appraisedAt)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProposalDecisions({ decisions }: { decisions: ProposalDetail['decisions'] }) {
  const t = useT();
  if (decisions.length === 0) return null;
  return (
    <section className="proposal__decisions" aria-labelledby="proposal-decisions-heading">
      <h2 id="proposal-decisions-heading">{t('proposal.decisions')}</h2>
      <ul>
        {decisions.map((decision) => (
          <li key={decision.id}>
            <Link to={`/decisions/${decision.id}`}>{t('proposal.decisionLink', { number: decision.numberText })}</Link>{' '}
            <OutcomeBadge outcome={decision.outcome} />{' '}
            <span className="muted">
              {t('proposal.granted', { amount: formatVnd(decision.totalGranted) })} ·{' '}
              {formatDateTime(decision.signedAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
