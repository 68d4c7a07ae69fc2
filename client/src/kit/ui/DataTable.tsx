import type { ReactNode } from 'react';

// The app's table frame — scrolls sideways on narrow screens, one header row — written once so
// every table reads and behaves the same.

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
  return (
    <div className="table-wrap">
      <table className={className ? `table ${className}` : 'table'}>
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
