import { Fragment, useState } from 'react';
import { Link, type To } from 'react-router';
import { useT } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import {
  ariaSort,
  DEFAULT_AGENCY_SORT,
  nextSort,
  percentCompleted,
  unitsOf,
  type AgencySort,
  type AgencySortKey,
  type AgencyTreeRow,
} from './agency-table';
import { DataTable } from '../../kit/ui/DataTable';
import type { GroupCounts } from './dashboard.operations';
import { Sparkline } from './TrendChart';

interface AgencyTableProps {
  /** The roll-up (`byAgencyTree`): top rows first shown, each unit under its parent when expanded. */
  rows: readonly AgencyTreeRow[];
  /** Per agency id: its own counts in each quarter of the trend (null: no tasks that quarter). */
  trendOf?: (agencyId: string) => (GroupCounts | null)[];
  /** The address that opens one agency's view. */
  agencyLink: (agencyId: string) => To;
  onOpen: (agencyId: string) => void;
  /** The panel's heading (default: every agency of the province). */
  title?: MessageKey;
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

/**
 * Agencies side by side, their units rolled in (the server adds them up); a parent row expands to
 * its units and to its own tasks, so the figures shown add up. A header sorts, a row opens the agency.
 */
export function AgencyTable({ rows, trendOf, agencyLink, onOpen, title = 'dashboard.agencies' }: AgencyTableProps) {
  const t = useT();
  const [sort, setSort] = useState<AgencySort>(DEFAULT_AGENCY_SORT);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const cells = (counts: GroupCounts) => {
    const percent = percentCompleted(counts);
    return (
      <>
        <td className="num">{counts.total}</td>
        <td className="num">{counts.completedOnTime}</td>
        <td className="num">{counts.completedLate}</td>
        <td className="num">{counts.notDoneWithinDeadline}</td>
        <td className={counts.notDoneOverdue > 0 ? 'num agency-table__overdue' : 'num'}>{counts.notDoneOverdue}</td>
        <td className="num">{percent === null ? t('dashboard.noPercent') : `${percent}%`}</td>
      </>
    );
  };

  const renderRows = (parentId: string | null, depth: number) =>
    unitsOf(rows, parentId, sort).map((row) => {
      const { agency, counts, ownCounts } = row;
      const hasUnits = rows.some((unit) => unit.parentId === agency.id);
      const open = expanded.has(agency.id);
      return (
        <Fragment key={agency.id}>
          <tr className="agency-table__row" onClick={() => onOpen(agency.id)}>
            <th scope="row" style={depth > 0 ? { paddingInlineStart: `${depth * 1.25 + 0.5}rem` } : undefined}>
              {hasUnits && (
                <button
                  type="button"
                  className="agency-table__expand"
                  aria-expanded={open}
                  title={t(open ? 'dashboard.collapseUnits' : 'dashboard.expandUnits', { agency: agency.shortName })}
                  aria-label={t(open ? 'dashboard.collapseUnits' : 'dashboard.expandUnits', {
                    agency: agency.shortName,
                  })}
                  onClick={(event) => {
                    event.stopPropagation();
                    toggle(agency.id);
                  }}
                >
                  {open ? '▾' : '▸'}
                </button>
              )}
              <Link
                to={agencyLink(agency.id)}
                title={t('dashboard.openAgency', { agency: agency.name })}
                onClick={(event) => event.stopPropagation()}
              >
                {agency.shortName}
              </Link>
            </th>
            {cells(counts)}
            <td>{trendOf && !hasUnits && <Sparkline series={trendOf(agency.id)} />}</td>
          </tr>
          {open && ownCounts.total > 0 && (
            <tr className="agency-table__own">
              <th scope="row" style={{ paddingInlineStart: `${(depth + 1) * 1.25 + 0.5}rem` }}>
                {t('dashboard.ownTasks', { agency: agency.shortName })}
              </th>
              {cells(ownCounts)}
              <td />
            </tr>
          )}
          {open && renderRows(agency.id, depth + 1)}
        </Fragment>
      );
    });

  return (
    <section className="dashboard-panel" aria-labelledby="agency-table-title">
      <h2 id="agency-table-title">{t(title)}</h2>
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
          {renderRows(null, 0)}
        </DataTable>
      )}
    </section>
  );
}
