import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { errorCode } from '../../app/errors';
import { formatDateTime, formatVnd, sumMoney } from '../../app/format';
import { useT } from '../../app/i18n';
import { EmptyState, ErrorState, LoadingState } from '../../app/ui/states';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCurrentUser } from '../auth/current-user';
import { ProposalStatusBadge } from './ProposalBadges';
import { proposalEventLabel } from './proposal-labels';
import { ProposalListQuery, type ProposalListItem } from './proposals.operations';
import { useProposalFeed, type ProposalFeedEvent } from './useProposalFeed';

type Tab = 'agency' | 'queue';
const PAGE_SIZE = 50;

export function ProposalListPage() {
  const t = useT();
  useDocumentTitle(t('proposals.title'));
  const user = useCurrentUser();
  const isCommittee = user.agency.kind === 'PEOPLES_COMMITTEE';
  const [searchParams] = useSearchParams();
  const tab: Tab = isCommittee && searchParams.get('tab') === 'queue' ? 'queue' : 'agency';
  const tabs: Tab[] = isCommittee ? ['agency', 'queue'] : ['agency'];
  const [lastEvent, setLastEvent] = useState<ProposalFeedEvent>();
  // The list is read only once the feed knows where it starts (see useFeedStart).
  const feedReady = useProposalFeed(setLastEvent);

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
              <Link to={{ search: name === 'queue' ? '?tab=queue' : '' }} aria-current={name === tab ? 'page' : undefined}>
                {t(`proposals.tab.${name}`)}
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
      {feedReady ? <ProposalList key={tab} tab={tab} lastEventId={lastEvent?.event.id} /> : <LoadingState label={t('proposals.loading')} />}
    </>
  );
}

/** The first page, read again whenever the feed reports a change (`lastEventId`). */
function ProposalList({ tab, lastEventId }: { tab: Tab; lastEventId: string | undefined }) {
  const t = useT();
  const client = useClient();
  const filter = tab === 'queue' ? { awaitingDecision: true } : null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProposalListQuery,
    variables: { filter, first: PAGE_SIZE },
    requestPolicy: 'cache-and-network',
  });
  const [more, setMore] = useState<{ rows: ProposalListItem[]; endCursor: string | null; hasNextPage: boolean }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const refreshedFor = useRef(lastEventId);

  useEffect(() => {
    if (lastEventId === refreshedFor.current) return;
    refreshedFor.current = lastEventId;
    // Rows may have moved between pages: start again from a fresh first page.
    setMore(undefined);
    reexecute({ requestPolicy: 'network-only' });
  }, [lastEventId, reexecute]);

  if (!data) {
    return fetching ? <LoadingState label={t('proposals.loading')} /> : <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  const first = data.proposals;
  const rows = [...first.edges.map((edge) => edge.node), ...(more?.rows ?? [])];
  const pageInfo = more ?? first.pageInfo;

  async function loadMore() {
    setLoadingMore(true);
    const result = await client.query(ProposalListQuery, { filter, first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise();
    setLoadingMore(false);
    const page = result.data?.proposals;
    if (page) setMore({ rows: [...(more?.rows ?? []), ...page.edges.map((e) => e.node)], ...page.pageInfo });
  }

  if (rows.length === 0) return <EmptyState title={t(`proposals.empty.${tab}`)} />;
  return (
    <>
      {error && (
        <p className="alert" role="alert">
          {t(`error.${errorCode(error)}`)}
        </p>
      )}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('requests.col.code')}</th>
              <th scope="col">{t('requests.col.title')}</th>
              <th scope="col">{t('proposal.requestingAgency')}</th>
              <th scope="col">{t('proposal.fiscalYear')}</th>
              <th scope="col">{t('requests.col.status')}</th>
              <th scope="col">{t('proposal.total')}</th>
              <th scope="col">{tab === 'queue' ? t('request.submittedAt') : t('requests.col.lastActivity')}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
          {tab === 'queue' && (
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  {t('proposals.queueTotal', { count: rows.length })}
                </th>
                <td className="money">{formatVnd(sumMoney(rows.map((row) => row.totalAmount)))}</td>
                <td />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {pageInfo.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button--secondary" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? t('requests.loadingMore') : t('requests.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
