import { Link } from 'react-router';
import { formatDateTime, formatLocalDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { OverdueBadge, PriorityLabel, StatusBadge } from './RequestBadges';
import type { RequestListItem } from './requests.operations';

export function RequestTable({ rows }: { rows: readonly RequestListItem[] }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table request-table">
        <thead>
          <tr>
            <th scope="col">{t('requests.col.code')}</th>
            <th scope="col">{t('requests.col.title')}</th>
            <th scope="col">{t('requests.col.agencies')}</th>
            <th scope="col">{t('requests.col.status')}</th>
            <th scope="col">{t('requests.col.priority')}</th>
            <th scope="col">{t('requests.col.dueDate')}</th>
            <th scope="col">{t('requests.col.lastActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RequestRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RequestRow({ row }: { row: RequestListItem }) {
  const t = useT();
  return (
    <tr className={row.overdue ? 'request-row--overdue' : undefined}>
      <td className="request-table__code">{row.code ?? <span className="muted">{t('requests.draft')}</span>}</td>
      <td>
        <Link to={`/requests/${row.id}`} className="request-table__title">
          {row.title}
        </Link>
        <span className="request-table__domain">{t(`domain.${row.domain}`)}</span>
      </td>
      <td>
        <span title={row.requestingAgency.name}>{row.requestingAgency.shortName}</span>
        {" → "}
        <span title={row.leadAgency.name}>{row.leadAgency.shortName}</span>
      </td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td>
        <PriorityLabel priority={row.priority} />
      </td>
      <td className="request-table__due">
        {formatLocalDate(row.dueDate)}
        {row.overdue && (
          <>
            {' '}
            <OverdueBadge />
          </>
        )}
      </td>
      <td className="request-table__activity">{formatDateTime(row.lastActivityAt)}</td>
    </tr>
  );
}
