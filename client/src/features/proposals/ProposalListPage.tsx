import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../../kit/errors';
import { formatDateTime, formatVnd, sumMoney } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { LoadMoreButton } from '../../kit/ui/LoadMoreButton';
import { EmptyState, LoadingState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { useFeed, type FeedEvent } from '../../kit/useEventStream';
import { keysetList } from '../../kit/useKeysetList';
import { usePagedQuery } from '../../kit/usePagedQuery';
import { useCapabilities } from '../auth';
import { ProposalStatusBadge } from './ProposalBadges';
import { proposalEventLabel } from './proposal-labels';
import { PROPOSAL_FEED } from './proposal-feed';
import { ProposalListQuery } from './proposals.operations';

type Tab = 'agency' | 'queue';
const PROPOSAL_LIST = keysetList(ProposalListQuery, (data) => data.proposals, 50);

export function ProposalListPage() {
  const t = useT();
  useDocumentTitle(t('proposals.title'));
  // The Committee reads every agency's proposals and reviews them (a queue); it does not send its own.
  const { readWholeProvince: isCommittee } = useCapabilities();
  const [searchParams] = useSearchParams();
  const tab: Tab = isCommittee && searchParams.get('tab') === 'queue' ? 'queue' : 'agency';
  const tabs: Tab[] = isCommittee ? ['agency', 'queue'] : ['agency'];
  const [lastEvent, setLastEvent] = useState<FeedEvent<typeof PROPOSAL_FEED>>();
  // The list is read only once the feed knows where it starts (see useFeed).
  const feedReady = useFeed(PROPOSAL_FEED, setLastEvent);

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('proposals.title')}</h1>
          <p className="muted">{t('proposals.intro')}</p>
        </div>
        {!isCommittee && (
          <Link to="/proposals/new" className="button button--primary">
            {t('proposals.create')}
          </Link>
        )}
      </div>
      <nav className="box-tabs" aria-label={t('proposals.tabs')}>
        <ul>
          {tabs.map((name) => (
            <li key={name}>
              <Link
                to={{ search: name === 'queue' ? '?tab=queue' : '' }}
                aria-current={name === tab ? 'page' : undefined}
              >
                {/* The Committee's first tab lists every agency's proposals, not its own. */}
                {t(isCommittee && name === 'agency' ? 'proposals.tab.all' : `proposals.tab.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="live-note" role="status">
        {lastEvent &&
          t('requests.live', {
            request: lastEvent.proposal.code ?? lastEvent.proposal.title,
            event: t(proposalEventLabel(lastEvent.event.type)),
          })}
      </p>
      {feedReady ? (
        <ProposalList key={tab} tab={tab} lastEventId={lastEvent?.event.id} />
      ) : (
        <LoadingState label={t('proposals.loading')} />
      )}
    </>
  );
}

/** The first page, read again whenever the feed reports a change (`lastEventId`). */
function ProposalList({ tab, lastEventId }: { tab: Tab; lastEventId: string | undefined }) {
  const t = useT();
  const filter = tab === 'queue' ? { awaitingDecision: true } : null;
  const { loaded, fetching, error, retry, restart, rows, hasNextPage, loadMore, loadingMore } = usePagedQuery(
    PROPOSAL_LIST,
    { filter },
  );
  const refreshedFor = useRef(lastEventId);

  useEffect(() => {
    if (lastEventId === refreshedFor.current) return;
    refreshedFor.current = lastEventId;
    restart(); // rows may have moved between pages: start again from a fresh first page
  }, [lastEventId, restart]);

  if (!loaded) return <PendingState fetching={fetching} error={error} label={t('proposals.loading')} onRetry={retry} />;
  if (rows.length === 0) return <EmptyState title={t(`proposals.empty.${tab}`)} />;
  return (
    <>
      {error && (
        <p className="alert" role="alert">
          {t(`error.${errorCode(error)}`)}
        </p>
      )}
      <DataTable
        columns={[
          t('requests.col.code'),
          t('requests.col.title'),
          t('proposal.requestingAgency'),
          t('proposal.fiscalYear'),
          t('requests.col.status'),
          t('proposal.total'),
          tab === 'queue' ? t('request.submittedAt') : t('requests.col.lastActivity'),
        ]}
        foot={
          tab === 'queue' && (
            <tr>
              <th scope="row" colSpan={5}>
                {t('proposals.queueTotal', { count: rows.length })}
              </th>
              <td className="money">{formatVnd(sumMoney(rows.map((row) => row.totalAmount)))}</td>
              <td />
            </tr>
          )
        }
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="request-table__code">{row.code ?? <span className="muted">{t('requests.draft')}</span>}</td>
            <td>
              <Link to={`/proposals/${row.id}`} className="request-table__title">
                {row.title}
              </Link>
            </td>
            <td title={row.requestingAgency.name}>{row.requestingAgency.shortName}</td>
            <td>{row.fiscalYear}</td>
            <td>
              <ProposalStatusBadge status={row.status} />
            </td>
            <td className="money">{formatVnd(row.totalAmount)}</td>
            <td className="request-table__activity">
              {formatDateTime(tab === 'queue' && row.submittedAt ? row.submittedAt : row.lastActivityAt)}
            </td>
          </tr>
        ))}
      </DataTable>
      {hasNextPage && <LoadMoreButton loading={loadingMore} onMore={loadMore} />}
    </>
  );
}
