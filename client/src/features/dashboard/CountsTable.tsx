import { useRef, type ReactNode } from 'react';
import { useCellLabels } from '../../kit/ui/DataTable';
import { useT } from '../../kit/i18n';
import type { GroupCounts } from './dashboard.operations';
import { groupCount, GROUPS } from './groups';

export interface CountsRow {
  key: string;
  label: ReactNode;
  counts: GroupCounts;
}

interface CountsTableProps {
  /** The first column's heading ("Loại nhiệm vụ", "Lĩnh vực", …) */
  rowHeading: string;
  rows: readonly CountsRow[];
  /** A footer row with these counts */
  totals?: GroupCounts;
  /** Numbers the rows (STT), as official reports do */
  numbered?: boolean;
  className?: string;
}

/** Rows of the four groups side by side: total, each group, completed. */
export function CountsTable({ rowHeading, rows, totals, numbered = false, className = 'table' }: CountsTableProps) {
  const t = useT();
  const table = useRef<HTMLTableElement>(null);
  useCellLabels(table); // the rows read as cards on a phone
  return (
    <table ref={table} className={className}>
      <thead>
        <tr>
          {numbered && <th scope="col">{t('report.col.index')}</th>}
          <th scope="col">{rowHeading}</th>
          <th scope="col" className="num">
            {t('dashboard.total')}
          </th>
          {GROUPS.map((group) => (
            <th key={group} scope="col" className="num">
              {t(`taskGroup.${group}`)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('dashboard.completed')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.key}>
            {numbered && <td>{index + 1}</td>}
            <th scope="row">{row.label}</th>
            <CountCells counts={row.counts} />
          </tr>
        ))}
      </tbody>
      {totals && (
        <tfoot>
          <tr>
            <th scope="row" colSpan={numbered ? 2 : 1}>
              {t('report.totalRow')}
            </th>
            <CountCells counts={totals} />
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function CountCells({ counts }: { counts: GroupCounts }) {
  return (
    <>
      <td className="num">{counts.total}</td>
      {GROUPS.map((group) => (
        <td key={group} className="num">
          {groupCount(counts, group)}
        </td>
      ))}
      <td className="num">{counts.completed}</td>
    </>
  );
}
