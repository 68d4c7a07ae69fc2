import { useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

// The app's table frame — one header row, and on a narrow screen each row a card whose cells say
// their column (styles.css, "Small screens") — written once so every table reads and behaves the same.

interface DataTableProps {
  /** Classes besides `table`. */
  className?: string;
  caption?: ReactNode;
  /** The column headings, or `head`: a header row's cells of its own (sort buttons and the like). */
  columns?: readonly ReactNode[];
  head?: ReactNode;
  /** The body rows. */
  children: ReactNode;
  /** Footer rows. */
  foot?: ReactNode;
}

export function DataTable({ className, caption, columns = [], head, children, foot }: DataTableProps) {
  const table = useRef<HTMLTableElement>(null);
  useCellLabels(table);
  return (
    <div className="table-wrap">
      <table ref={table} className={className ? `table ${className}` : 'table'}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {head ??
              columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}

/**
 * Keeps every cell of `table` labelled by its column (labelCells), for the stacked layout of a
 * narrow screen. DataTable does it; a table of its own (an official document's) calls it too.
 * Rows are the features' own markup, and some re-render on their own (live rows, "load more"):
 * labelled after each render and whenever rows are added or replaced.
 */
export function useCellLabels(table: RefObject<HTMLTableElement | null>): void {
  useLayoutEffect(() => labelCells(table.current));
  useEffect(() => {
    const element = table.current;
    if (!element) return;
    const observer = new MutationObserver(() => labelCells(element));
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [table]);
}

/**
 * Gives each body and footer cell a `data-label`: the text of its column's header, which the
 * stacked layout shows before the cell. A cell spanning several columns gets none.
 */
export function labelCells(table: HTMLTableElement | null): void {
  const headers = Array.from(table?.tHead?.rows[0]?.cells ?? [], (cell) => (cell.textContent ?? '').trim());
  if (!table || headers.length === 0) return;
  const rows = [
    ...Array.from(table.tBodies).flatMap((body) => Array.from(body.rows)),
    ...Array.from(table.tFoot?.rows ?? []),
  ];
  for (const row of rows) {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      const label = cell.colSpan > 1 ? '' : (headers[column] ?? '');
      if (label && cell.dataset.label !== label) cell.dataset.label = label;
      if (!label && cell.dataset.label !== undefined) delete cell.dataset.label;
      column += cell.colSpan;
    }
  }
}
