import { useState } from 'react';
import { Link, type To } from 'react-router';
import { useT } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import {
  ariaSort,
  DEFAULT_AGENCY_SORT,
  nextSort,
  percentCompleted,
  sortAgencyRows,
  type AgencyRow,
  type AgencySort,
  type AgencySortKey,
} from './agency-table';
import { DataTable } from '../../kit/ui/DataTable';
import type { GroupCounts } from './dashboard.operations';
import { Sparkline } from './TrendChart';

interface AgencyTableProps {
  rows: readonly AgencyRow[];
  /** Per agency id: its counts in each quarter of the trend (null: no tasks that quarter). */
  trendOf: (agencyId: string) => (GroupCounts | null)[];
  /** The address that opens one agency's view. */
  agencyLink: (agencyId: string) => To;
  onOpen: (agencyId: string) => void;
}

const COLUMNS: readonly { key: AgencySortKey; label: MessageKey; numeric: boolean }[] = [
  { key: 'agency', label: 'dashboard.col.agency', numeric: false },
  { key: 'total', label: 'dashboard.total', numeric: true },
  { key: 'completedOnTime', label: 'taskGroup.COMPLETED_ON_TIME', numeric: true },
  { key: 'completedLate', label: 'taskGroup.COMPLETED_LATE', numeric: true },
  { key: 'notDoneWithinDeadline', label: 'taskGroup.NOT_DONE_WITHIN_DEADLINE', numeric: true },
  { key: 'notDoneOverdue', label: 'taskGroup.NOT_DONE_OVERDUE', numeric: true },
  { key: 'percentCompleted', label: 'dashboard.percentCompleted', numeric: true },
];

/** Every agency of the province side by side; a header sorts, a row opens the agency. */
export function AgencyTable({ rows, trendOf, agencyLink, onOpen }: AgencyTableProps) {
  const t = useT();
  const [sort, setSort] = useState<AgencySort>(DEFAULT_AGENCY_SORT);
  const sorted = sortAgencyRows(rows, sort);

  return (
    <section className="dashboard-panel" aria-labelledby="agency-table-title">
      <h2 id="agency-table-title">{t('dashboard.agencies')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.agenciesEmpty')}</p>
      ) : (
        <DataTable
          className="agency-table"
          head={
            <>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort(sort, column.key)}
                  className={column.numeric ? 'num' : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={t('dashboard.sortBy', { column: t(column.label) })}
                    onClick={() => setSort(nextSort(sort, column.key))}
                  >
                    {t(column.label)}
                    <span className="sort-button__arrow" aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('dashboard.col.trend')}</th>
            </>
          }
        >
          {sorted.map(({ agency, counts }) => {
            const percent = percentCompleted(counts);
            return (
              <tr key={agency.id} className="agency-table__row" onClick={() => onOpen(agency.id)}>
                <th scope="row">
                  <Link
                    to={agencyLink(agency.id)}
                    title={t('dashboard.openAgency', { agency: agency.name })}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {agency.shortName}
                  </Link>
                </th>
                <td className="num">{counts.total}</td>
                <td className="num">{counts.completedOnTime}</td>
                <td className="num">{counts.completedLate}</td>
                <td className="num">{counts.notDoneWithinDeadline}</td>
                <td className={counts.notDoneOverdue > 0 ? 'num agency-table__overdue' : 'num'}>
                  {counts.notDoneOverdue}
                </td>
                <td className="num">{percent === null ? t('dashboard.noPercent') : `${percent}%`}</td>
                <td>
                  <Sparkline series={trendOf(agency.id)} />
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
