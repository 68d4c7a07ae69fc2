import { useState } from 'react';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { errorCode } from '../../app/errors';
import { formatLocalDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { EmptyState, ErrorState, LoadingState } from '../../app/ui/states';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCommitteeRole } from '../tasks/useCommitteeRole';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { MeetingListQuery, type MeetingListItem } from './meetings.operations';

const PAGE_SIZE = 50;

/** Working sessions, newest first (an agency sees the published ones about it or directing it). */
export function MeetingListPage() {
  const t = useT();
  useDocumentTitle(t('meetings.title'));
  const { inCommittee } = useCommitteeRole();
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingListQuery,
    variables: { first: PAGE_SIZE },
    requestPolicy: 'cache-and-network',
  });
  const [more, setMore] = useState<{ rows: MeetingListItem[]; endCursor: string | null; hasNextPage: boolean }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ReturnType<typeof errorCode>>();

  const first = data?.meetings;
  const rows = first ? [...first.edges.map((edge) => edge.node), ...(more?.rows ?? [])] : [];
  const pageInfo = more ?? first?.pageInfo;

  async function loadMore() {
    setLoadingMore(true);
    setMoreError(undefined);
    const result = await client.query(MeetingListQuery, { first: PAGE_SIZE, after: pageInfo?.endCursor }).toPromise();
    setLoadingMore(false);
    const page = result.data?.meetings;
    if (page) setMore({ rows: [...(more?.rows ?? []), ...page.edges.map((edge) => edge.node)], ...page.pageInfo });
    else setMoreError(errorCode(result.error));
  }

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('meetings.title')}</h1>
          <p className="muted">{t('meetings.intro')}</p>
        </div>
        {inCommittee && (
          <Link to="/meetings/new" className="button button--primary">
            {t('meetings.create')}
          </Link>
        )}
      </div>
      {!data ? (
        fetching ? (
          <LoadingState label={t('meetings.loading')} />
        ) : (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )
      ) : rows.length === 0 ? (
        <EmptyState title={t('meetings.empty')} />
      ) : (
        <>
          {moreError && (
            <p className="alert" role="alert">
              {t(`error.${moreError}`)}
            </p>
          )}
          <div className="table-wrap">
            <table className="table meeting-table">
              <thead>
                <tr>
                  <th scope="col">{t('meetings.col.heldOn')}</th>
                  <th scope="col">{t('meetings.col.title')}</th>
                  <th scope="col">{t('meetings.col.chair')}</th>
                  <th scope="col">{t('meetings.col.reviewedAgency')}</th>
                  <th scope="col">{t('meetings.col.status')}</th>
                  <th scope="col">{t('meetings.col.conclusionCode')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td className="meeting-table__date">{formatLocalDate(row.heldOn)}</td>
                    <td>
                      <Link to={`/meetings/${row.id}`} className="request-table__title">
                        {row.title}
                      </Link>
                    </td>
                    <td>{row.chair.fullName}</td>
                    <td title={row.reviewedAgency?.name}>{row.reviewedAgency?.shortName ?? <span className="muted">—</span>}</td>
                    <td>
                      <MeetingStatusBadge status={row.status} />
                    </td>
                    <td className="meeting-table__date">{row.conclusionCode ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pageInfo?.hasNextPage && (
            <div className="load-more">
              <button type="button" className="button button--secondary" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? t('requests.loadingMore') : t('requests.loadMore')}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
