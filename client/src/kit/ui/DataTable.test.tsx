import { render, screen } from '@testing-library/react';
import { DataTable } from './DataTable';

const labels = (row: HTMLElement) => Array.from(row.children, (cell) => cell.getAttribute('data-label'));

function Table({ rows, total = true }: { rows: string[]; total?: boolean }) {
  return (
    <DataTable
      columns={['Số hiệu', 'Tiêu đề', 'Hạn xử lý']}
      foot={
        total && (
          <tr>
            <th scope="row" colSpan={2}>
              Tổng
            </th>
            <td>3</td>
          </tr>
        )
      }
    >
      {rows.map((code) => (
        <tr key={code}>
          <th scope="row">{code}</th>
          <td>Rà soát hồ sơ</td>
          <td>30/06/2026</td>
        </tr>
      ))}
    </DataTable>
  );
}

test('each cell names its column (for the cards of a narrow screen); a cell across columns names none', () => {
  render(<Table rows={['PH-1']} />);
  const [, body, foot] = screen.getAllByRole('row');
  expect(labels(body)).toEqual(['Số hiệu', 'Tiêu đề', 'Hạn xử lý']);
  expect(labels(foot)).toEqual([null, 'Hạn xử lý']);
});

test('rows added later (load more, a live row) are labelled too', async () => {
  const { rerender } = render(<Table rows={['PH-1']} />);
  rerender(<Table rows={['PH-1', 'PH-2']} />);
  const rows = screen.getAllByRole('row');
  expect(labels(rows[2])).toEqual(['Số hiệu', 'Tiêu đề', 'Hạn xử lý']);

  // a row a feature adds without the table rendering again: the observer labels it
  const extra = rows[2].cloneNode(true) as HTMLElement;
  for (const cell of Array.from(extra.children)) cell.removeAttribute('data-label');
  rows[2].parentElement?.append(extra);
  await new Promise((resolve) => setTimeout(resolve, 0)); // mutation observers run as a microtask
  expect(labels(extra)).toEqual(['Số hiệu', 'Tiêu đề', 'Hạn xử lý']);
});
