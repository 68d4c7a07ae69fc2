import { Link } from 'react-router';
import { formatDateTime, formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { OverdueBadge, PriorityLabel, StatusBadge } from './RequestBadges';
import type { RequestListItem } from './requests.operations';

export function RequestTable({ rows }: { rows: readonly RequestListItem[] }) {
  const t = useT();
  return (
    <DataTable
      className="request-table"
      columns={[
        t('requests.col.code'),
        t('requests.col.title'),
        t('requests.col.agencies'),
        t('requests.col.status'),
        t('requests.col.priority'),
        t('requests.col.dueDate'),
        t('requests.col.lastActivity'),
      ]}
    >
      {rows.map((row) => (
        <RequestRow key={row.id} row={row} />
      ))}
    </DataTable>
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
        {' → '}
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
