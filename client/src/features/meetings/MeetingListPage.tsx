import { Link } from 'react-router';
import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { LoadMoreButton } from '../../kit/ui/LoadMoreButton';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { keysetList } from '../../kit/useKeysetList';
import { usePagedQuery } from '../../kit/usePagedQuery';
import { useCapabilities } from '../auth';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { MeetingListQuery } from './meetings.operations';

const MEETING_LIST = keysetList(MeetingListQuery, (data) => data.meetings, 50);

/** Working sessions, newest first (an agency sees the published ones about it or directing it). */
export function MeetingListPage() {
  const t = useT();
  useDocumentTitle(t('meetings.title'));
  const { recordMeetings } = useCapabilities();
  const { loaded, fetching, error, retry, rows, hasNextPage, loadMore, loadingMore, moreError } = usePagedQuery(
    MEETING_LIST,
    {},
  );

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('meetings.title')}</h1>
          <p className="muted">{t('meetings.intro')}</p>
        </div>
        {recordMeetings && (
          <Link to="/meetings/new" className="button button--primary">
            {t('meetings.create')}
          </Link>
        )}
      </div>
      {!loaded ? (
        <PendingState fetching={fetching} error={error} label={t('meetings.loading')} onRetry={retry} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('meetings.empty')} />
      ) : (
        <>
          {moreError && (
            <p className="alert" role="alert">
              {t(`error.${moreError}`)}
            </p>
          )}
          <DataTable
            className="meeting-table"
            columns={[
              t('meetings.col.heldOn'),
              t('meetings.col.title'),
              t('meetings.col.chair'),
              t('meetings.col.reviewedAgency'),
              t('meetings.col.status'),
              t('meetings.col.conclusionCode'),
            ]}
          >
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="meeting-table__date">{formatLocalDate(row.heldOn)}</td>
                <td>
                  <Link to={`/meetings/${row.id}`} className="request-table__title">
                    {row.title}
                  </Link>
                </td>
                <td>{row.chair.fullName}</td>
                <td title={row.reviewedAgency?.name}>
                  {row.reviewedAgency?.shortName ?? <span className="muted">—</span>}
                </td>
                <td>
                  <MeetingStatusBadge status={row.status} />
                </td>
                <td className="meeting-table__date">{row.conclusionCode ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </DataTable>
          {hasNextPage && <LoadMoreButton loading={loadingMore} onMore={loadMore} />}
        </>
      )}
    </>
  );
}
