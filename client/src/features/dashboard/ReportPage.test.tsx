import { fireEvent, screen, within } from '@testing-library/react';
import { provinceQuarter, quarters, taskPage, taskRow, tnmtQuarter } from '../../test-support/dashboard-fixtures';
import { committeeLead, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, operationsNamed, variablesSent } from '../../test-support/stub-api';
import type { DashboardStatistics, TaskRow } from './dashboard.operations';

beforeEach(() => localStorage.clear());

const unfinishedLand = [
  taskRow({ id: 't-1', code: 'NV-2023-0013', title: 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu' }),
  taskRow({ id: 't-2', code: 'NV-2023-0014', title: 'Giải quyết hồ sơ đất đai tồn đọng tại chi nhánh' }),
  taskRow({ id: 't-3', code: 'NV-2023-0015', title: 'Xây dựng bảng giá đất điều chỉnh', category: 'KEY' }),
];

function api(me = tnmtLead, statistics: DashboardStatistics = tnmtQuarter(), pages: TaskRow[][] = [unfinishedLand]) {
  return createStubApi({
    Me: { data: { me } },
    DashboardQuarters: { data: quarters([2023, 1, true]) },
    DashboardStatistics: { data: { taskStatistics: statistics } },
    DashboardTasks: (variables) => {
      const index = variables.after ? Number(variables.after) : 0;
      return { data: taskPage(pages[index], index + 1 < pages.length, String(index + 1)) };
    },
  });
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

test('an agency’s quarterly report: official heading, Roman quarter, sentence, tables by category and domain, unfinished tasks', async () => {
  const stub = api();
  renderApp(stub, '/dashboard/report?year=2023&quarter=1&asOf=2023-03-30');

  const doc = within(await screen.findByRole('article', { name: 'Báo cáo kết quả thực hiện nhiệm vụ Quý I/2023' }));
  expect(doc.getByText('ỦY BAN NHÂN DÂN TỈNH')).toBeTruthy();
  expect(doc.getByText('SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG')).toBeTruthy();
  expect(doc.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeTruthy();
  expect(doc.getByText('Độc lập - Tự do - Hạnh phúc')).toBeTruthy();
  expect(doc.getByText('ngày 30 tháng 03 năm 2023')).toBeTruthy();
  expect(doc.getByRole('heading', { level: 1, name: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I/2023' })).toBeTruthy();
  expect(doc.getByText('của Sở Tài nguyên và Môi trường')).toBeTruthy();
  expect(doc.getByText('(Số liệu tính đến ngày 30/03/2023)')).toBeTruthy();
  expect(
    doc.getByText(
      'Sở TN&MT: 1 nhiệm vụ đột phá, 11/14 nhiệm vụ chuyên môn hoàn thành; 3 nhiệm vụ lĩnh vực đất đai chưa hoàn thành.',
    ),
  ).toBeTruthy();
  expect(document.title).toBe('Báo cáo Quý I/2023 · Liên thông');

  const [byCategory, byDomain, unfinished] = doc.getAllByRole('table');
  expect(rowsOf(byCategory)).toEqual([
    [
      'STT',
      'Loại nhiệm vụ',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chưa hoàn thành, trong hạn',
      'Chưa hoàn thành, quá hạn',
      'Đã hoàn thành',
    ],
    ['1', 'Đột phá', '1', '1', '0', '0', '0', '1'],
    ['2', 'Trọng tâm', '14', '11', '0', '0', '3', '11'],
    ['3', 'Thường xuyên', '0', '0', '0', '0', '0', '0'],
    ['Tổng cộng', '15', '12', '0', '0', '3', '12'],
  ]);
  expect(rowsOf(byDomain)[1]).toEqual(['1', 'Đất đai', '4', '1', '0', '0', '3', '1']);
  expect(rowsOf(byDomain)).toHaveLength(8); // heading, six domains, total
  expect(
    rowsOf(unfinished)
      .slice(1)
      .map((row) => row.slice(1, 3)),
  ).toEqual([
    ['NV-2023-0013', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu'],
    ['NV-2023-0014', 'Giải quyết hồ sơ đất đai tồn đọng tại chi nhánh'],
    ['NV-2023-0015', 'Xây dựng bảng giá đất điều chỉnh'],
  ]);
  expect(doc.getByRole('heading', { name: 'IV. DANH SÁCH NHIỆM VỤ CHƯA HOÀN THÀNH' })).toBeTruthy();
  expect(doc.queryByRole('heading', { name: 'IV. KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ' })).toBeNull();

  expect(operationsNamed(stub, 'DashboardStatistics')[0].variables).toEqual({
    period: { year: 2023, quarter: 1 },
    asOf: '2023-03-30',
    agencyId: 'a-tnmt',
  });
  expect(operationsNamed(stub, 'DashboardTasks')[0].variables).toEqual({
    filter: {
      period: { year: 2023, quarter: 1 },
      ownerAgencyId: 'a-tnmt',
      groups: ['NOT_DONE_WITHIN_DEADLINE', 'NOT_DONE_OVERDUE'],
      asOf: '2023-03-30',
    },
    first: 100,
    after: null,
  });
  expect(screen.getByRole('link', { name: '← Tổng quan' }).getAttribute('href')).toBe(
    '/dashboard?year=2023&quarter=1&asOf=2023-03-30',
  );
});

test('"In báo cáo" prints the page', async () => {
  const print = jest.fn();
  window.print = print;
  renderApp(api(), '/dashboard/report?year=2023&quarter=1');

  fireEvent.click(await screen.findByRole('button', { name: 'In báo cáo' }));
  expect(print).toHaveBeenCalledTimes(1);
});

test("the report offers the server's PDF and Word files for the same quarter, agency and date", async () => {
  const { unmount } = renderApp(api(), '/dashboard/report?year=2023&quarter=1&asOf=2023-03-30');
  const pdf = await screen.findByRole('link', { name: 'Tải PDF' });
  // an agency's own report: the page scopes it to the viewer's agency, and so does the file
  expect(pdf.getAttribute('href')).toBe(`/documents/reports/2023/1.pdf?agency=${tnmtLead.agency.id}&asOf=2023-03-30`);
  expect(pdf.hasAttribute('download')).toBe(true);
  const docx = screen.getByRole('link', { name: 'Tải Word (.docx)' });
  expect(docx.getAttribute('href')).toBe(`/documents/reports/2023/1.docx?agency=${tnmtLead.agency.id}&asOf=2023-03-30`);
  unmount();

  renderApp(api(committeeLead, provinceQuarter()), '/dashboard/report?year=2023&quarter=2');
  expect((await screen.findByRole('link', { name: 'Tải PDF' })).getAttribute('href')).toBe(
    '/documents/reports/2023/2.pdf',
  );
});

test('the province report adds the agencies and lists every unfinished task, page after page', async () => {
  const second = [
    taskRow({
      id: 't-9',
      code: 'NV-2023-0090',
      title: 'Sắp xếp biên chế Văn phòng Đăng ký đất đai',
      domain: 'ADMIN_REFORM',
      ownerAgency: { __typename: 'AgencySummary', id: 'a-snv', name: 'Sở Nội vụ', shortName: 'Sở Nội vụ' },
    }),
  ];
  const stub = api(committeeLead, provinceQuarter(), [unfinishedLand, second]);
  renderApp(stub, '/dashboard/report?year=2023&quarter=2');

  const doc = within(await screen.findByRole('article', { name: 'Báo cáo kết quả thực hiện nhiệm vụ Quý II/2023' }));
  expect(doc.getByText('ỦY BAN NHÂN DÂN TỈNH')).toBeTruthy();
  expect(doc.getByRole('heading', { level: 1, name: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ II/2023' })).toBeTruthy();
  expect(doc.getByText('của các cơ quan, đơn vị trên địa bàn tỉnh')).toBeTruthy();
  expect(doc.getByText(/^Toàn tỉnh: 1\/2 nhiệm vụ đột phá, 15\/23 nhiệm vụ chuyên môn hoàn thành;/)).toBeTruthy();

  const tables = doc.getAllByRole('table');
  expect(tables).toHaveLength(4);
  expect(
    rowsOf(tables[2])
      .slice(1)
      .map((row) => row.slice(1, 3)),
  ).toEqual([
    ['Sở Tài nguyên và Môi trường', '10'],
    ['Sở Tài chính', '10'],
    ['Sở Nội vụ', '5'],
    ['25', '14'],
  ]);
  const unfinished = rowsOf(tables[3]);
  expect(unfinished[0]).toContain('Cơ quan');
  expect(unfinished.slice(1).map((row) => row[1])).toEqual([
    'NV-2023-0013',
    'NV-2023-0014',
    'NV-2023-0015',
    'NV-2023-0090',
  ]);
  expect(unfinished[4][3]).toBe('Sở Nội vụ');
  expect(doc.getByRole('heading', { name: 'V. DANH SÁCH NHIỆM VỤ CHƯA HOÀN THÀNH' })).toBeTruthy();

  expect(operationsNamed(stub, 'DashboardStatistics')[0].variables).toMatchObject({ agencyId: null });
  expect(operationsNamed(stub, 'DashboardTasks').map((operation) => operation.variables?.after)).toEqual([null, '1']);
});

test('without a quarter in the address the report reads the newest quarter, sent as a plain QuarterInput', async () => {
  const stub = api();
  renderApp(stub, '/dashboard/report');

  expect(await screen.findByRole('heading', { name: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I/2023' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  // query data carries __typename; what goes back to the server must not
  expect(variablesSent(stub, 'DashboardStatistics')[0].period).toStrictEqual({ year: 2023, quarter: 1 });
  expect((variablesSent(stub, 'DashboardTasks')[0].filter as { period: unknown }).period).toStrictEqual({
    year: 2023,
    quarter: 1,
  });
});
