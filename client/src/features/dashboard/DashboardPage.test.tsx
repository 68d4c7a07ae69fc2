import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  counts,
  financeSummary,
  homeAffairsSummary,
  provinceQuarter,
  quarters,
  taskPage,
  taskRow,
  tnmtQuarter,
  tnmtSummary,
  treeRow,
  trend,
} from '../../test-support/dashboard-fixtures';
import { committeeLead, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  operationNames,
  operationsNamed,
  variablesSent,
  type Responder,
} from '../../test-support/stub-api';
import type { DashboardStatistics } from './dashboard.operations';
import { REFRESH_COALESCE_MS } from './useTaskFeedRefresh';

beforeEach(() => localStorage.clear());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const feedEvent = (id: string) => ({ data: { taskFeed: { event: { id } } } });

function agencyApi(statistics: () => DashboardStatistics = () => tnmtQuarter(), extra: Record<string, Responder> = {}) {
  return createStubApi({
    Me: { data: { me: tnmtLead } },
    DashboardQuarters: { data: quarters([2023, 1, true], [2022, 4, true]) },
    DashboardTaskEventCursor: { data: { taskEventCursor: '70' } },
    DashboardStatistics: () => ({ data: { taskStatistics: statistics() } }),
    DashboardTrend: {
      data: {
        taskTrend: trend({ year: 2023, quarter: 1 }, [counts(0), counts(0), counts(5, 1, 0, 2), counts(12, 0, 0, 3)]),
      },
    },
    DashboardTasks: {
      data: taskPage([
        taskRow(),
        taskRow({ id: 't-land-2', code: 'NV-2023-0014', title: 'Giải quyết hồ sơ đất đai tồn đọng tại chi nhánh' }),
      ]),
    },
    ...extra,
  });
}

const groupLink = (label: string) => screen.getByRole('link', { name: new RegExp(`^\\d+ ${label}$`) });
const groupNumber = (label: string) => within(groupLink(label)).getByText(/^\d+$/).textContent;

test('an agency sees its four groups, "x/y hoàn thành" and the sentence for the newest quarter with tasks', async () => {
  const api = agencyApi();
  renderApp(api, '/dashboard');

  expect(await screen.findByRole('link', { name: '12 Hoàn thành đúng hạn' })).toBeTruthy();
  expect(groupNumber('Hoàn thành quá hạn')).toBe('0');
  expect(groupNumber('Chưa hoàn thành, trong hạn')).toBe('0');
  expect(groupNumber('Chưa hoàn thành, quá hạn')).toBe('3');
  expect(screen.getByText('12/15 hoàn thành')).toBeTruthy();
  expect(
    screen.getByText(
      'Sở TN&MT: 1 nhiệm vụ đột phá, 11/14 nhiệm vụ chuyên môn hoàn thành; 3 nhiệm vụ lĩnh vực đất đai chưa hoàn thành',
    ),
  ).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Sở Tài nguyên và Môi trường — Quý I/2023' })).toBeTruthy();
  expect(document.title).toBe('Tổng quan · Liên thông');

  // the newest quarter with tasks, the agency's own figures, as of today (the server's default)
  expect(operationsNamed(api, 'DashboardStatistics')[0].variables).toEqual({
    period: { year: 2023, quarter: 1 },
    asOf: null,
    agencyId: 'a-tnmt',
  });
  expect((screen.getByLabelText('Quý') as HTMLSelectElement).value).toBe('2023-1');
  expect(screen.getByRole('option', { name: 'Quý I/2023 (đã chốt)' })).toBeTruthy();
  // the figures are read after the feed's starting point
  const names = operationNames(api);
  expect(names.indexOf('DashboardTaskEventCursor')).toBeLessThan(names.indexOf('DashboardStatistics'));
  expect(operationsNamed(api, 'DashboardTaskFeed')[0].variables).toEqual({ after: '70' });

  // each number opens the tasks behind it
  expect(groupLink('Chưa hoàn thành, quá hạn').getAttribute('href')).toBe(
    '/tasks?year=2023&quarter=1&agencyId=a-tnmt&group=NOT_DONE_OVERDUE',
  );
  expect(groupLink('Hoàn thành đúng hạn').getAttribute('href')).toBe(
    '/tasks?year=2023&quarter=1&agencyId=a-tnmt&group=COMPLETED_ON_TIME',
  );
});

test('the agency view: domains stacked in the four groups, categories, late tasks linking to the task, exports', async () => {
  const api = agencyApi();
  renderApp(api, '/dashboard?year=2023&quarter=1&asOf=2023-03-30');

  const domains = within(await screen.findByRole('region', { name: 'Theo lĩnh vực' }));
  const land = domains.getByText('Đất đai').closest('li') as HTMLElement;
  expect(within(land).getByText('Hoàn thành đúng hạn:').parentElement?.textContent).toBe('Hoàn thành đúng hạn: 1');
  expect(within(land).getByText('Chưa hoàn thành, quá hạn:').parentElement?.textContent).toBe(
    'Chưa hoàn thành, quá hạn: 3',
  );
  expect(within(land).queryByText('Hoàn thành quá hạn:')).toBeNull(); // no empty segments

  const categories = within(screen.getByRole('region', { name: 'Theo loại nhiệm vụ' }));
  const key = categories.getByRole('row', { name: /^Trọng tâm/ });
  expect(
    within(key)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['14', '11', '0', '0', '3', '11']);

  const late = within(await screen.findByRole('region', { name: 'Nhiệm vụ chậm, quá hạn' }));
  expect(
    (await late.findByRole('link', { name: 'Hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu' })).getAttribute(
      'href',
    ),
  ).toBe('/tasks/t-land-1');
  expect(late.getByRole('link', { name: 'Giải quyết hồ sơ đất đai tồn đọng tại chi nhánh' }).getAttribute('href')).toBe(
    '/tasks/t-land-2',
  );
  expect(operationsNamed(api, 'DashboardTasks')[0].variables).toEqual({
    filter: {
      period: { year: 2023, quarter: 1 },
      ownerAgencyId: 'a-tnmt',
      groups: ['NOT_DONE_OVERDUE', 'COMPLETED_LATE'],
      asOf: '2023-03-30',
    },
    first: 50,
  });

  expect(screen.getByRole('link', { name: 'Tải CSV nhiệm vụ' }).getAttribute('href')).toBe(
    '/exports/quarter-tasks.csv?year=2023&quarter=1&agencyId=a-tnmt&asOf=2023-03-30',
  );
  expect(screen.queryByRole('link', { name: 'Tải CSV theo cơ quan' })).toBeNull(); // the Committee's file
  expect(screen.getByRole('link', { name: 'Báo cáo quý' }).getAttribute('href')).toBe(
    '/dashboard/report?year=2023&quarter=1&agencyId=a-tnmt&asOf=2023-03-30',
  );
  expect((screen.getByLabelText('Số liệu tính đến ngày') as HTMLInputElement).value).toBe('30/03/2023');
});

test('choosing a quarter and a date reads those figures', async () => {
  const api = agencyApi();
  renderApp(api, '/dashboard');
  await screen.findByRole('link', { name: '12 Hoàn thành đúng hạn' });

  fireEvent.change(screen.getByLabelText('Quý'), { target: { value: '2022-4' } });
  await waitFor(() =>
    expect(operationsNamed(api, 'DashboardStatistics').at(-1)?.variables).toMatchObject({
      period: { year: 2022, quarter: 4 },
    }),
  );

  fireEvent.change(screen.getByLabelText('Số liệu tính đến ngày'), { target: { value: '15/12/2022' } });
  await waitFor(() =>
    expect(operationsNamed(api, 'DashboardStatistics').at(-1)?.variables).toEqual({
      period: { year: 2022, quarter: 4 },
      asOf: '2022-12-15',
      agencyId: 'a-tnmt',
    }),
  );
  expect(operationsNamed(api, 'DashboardTrend').at(-1)?.variables).toEqual({
    until: { year: 2022, quarter: 4 },
    quarters: 4,
    asOf: '2022-12-15',
    agencyId: 'a-tnmt',
  });
});

test('a live task event refetches the figures, the trend and the late list, and the numbers change without a reload', async () => {
  let current = tnmtQuarter();
  const api = agencyApi(() => current);
  renderApp(api, '/dashboard?year=2023&quarter=1');
  await screen.findByRole('link', { name: '3 Chưa hoàn thành, quá hạn' });
  await screen.findByRole('link', { name: 'Hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu' });
  expect(screen.getByText(/^Cập nhật lúc \d{2}:\d{2}:\d{2}$/)).toBeTruthy();
  const before = ['DashboardStatistics', 'DashboardTrend', 'DashboardTasks'].map(
    (name) => operationsNamed(api, name).length,
  );

  // one land task is completed late: the stub now answers with the moved numbers
  current = tnmtQuarter({ counts: counts(12, 1, 0, 2) });
  // a burst (events 100 ms apart) costs one refetch
  for (const id of ['71', '72', '73']) {
    act(() => api.emit('DashboardTaskFeed', feedEvent(id)));
    await act(() => pause(100));
  }

  expect(await screen.findByRole('link', { name: '2 Chưa hoàn thành, quá hạn' })).toBeTruthy();
  await act(() => pause(REFRESH_COALESCE_MS + 100)); // nothing else is on its way
  expect(groupNumber('Hoàn thành quá hạn')).toBe('1');
  expect(screen.getByText('13/15 hoàn thành')).toBeTruthy();
  ['DashboardStatistics', 'DashboardTrend', 'DashboardTasks'].forEach((name, index) => {
    const reads = operationsNamed(api, name);
    expect([name, reads.length]).toEqual([name, before[index] + 1]);
    expect(reads.at(-1)?.context.requestPolicy).toBe('network-only');
  });
});

test('after a dropped connection the feed resumes after the last event seen', async () => {
  const api = agencyApi();
  renderApp(api, '/dashboard?year=2023&quarter=1');
  await screen.findByRole('link', { name: '12 Hoàn thành đúng hạn' });
  act(() => api.emit('DashboardTaskFeed', feedEvent('75')));

  act(() => api.reconnect());

  await waitFor(() => expect(operationsNamed(api, 'DashboardTaskFeed').at(-1)?.variables).toEqual({ after: '75' }));
});

function committeeApi(statistics: (variables: Record<string, unknown>) => DashboardStatistics) {
  const q1 = (a: number, b: number, c: number, d: number) => counts(a, b, c, d);
  return createStubApi({
    Me: { data: { me: committeeLead } },
    DashboardQuarters: { data: quarters([2023, 2], [2023, 1, true]) },
    DashboardTaskEventCursor: { data: { taskEventCursor: '0' } },
    DashboardStatistics: (variables) => ({ data: { taskStatistics: statistics(variables) } }),
    DashboardTrend: {
      data: {
        taskTrend: trend(
          { year: 2023, quarter: 2 },
          [q1(0, 0, 0, 0), q1(4, 0, 0, 1), q1(12, 0, 0, 3), q1(14, 2, 5, 4)],
          [
            [],
            [
              {
                __typename: 'AgencyCounts',
                agency: { __typename: 'AgencySummary', id: financeSummary.id },
                counts: q1(4, 0, 0, 1),
              },
            ],
            [
              {
                __typename: 'AgencyCounts',
                agency: { __typename: 'AgencySummary', id: tnmtSummary.id },
                counts: q1(12, 0, 0, 3),
              },
            ],
            [],
          ],
        ),
      },
    },
    DashboardTasks: { data: taskPage([]) },
  });
}

const agencyColumn = () =>
  within(screen.getByRole('region', { name: 'Các cơ quan, đơn vị' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0].textContent);

test('the Committee sees the province: totals, every agency side by side, sortable, and the trend', async () => {
  const api = committeeApi(() => provinceQuarter());
  renderApp(api, '/dashboard');

  expect(await screen.findByRole('link', { name: '14 Hoàn thành đúng hạn' })).toBeTruthy();
  expect(groupNumber('Chưa hoàn thành, quá hạn')).toBe('4');
  expect(screen.getByRole('heading', { name: 'Toàn tỉnh — Quý II/2023' })).toBeTruthy();
  expect(operationsNamed(api, 'DashboardStatistics')[0].variables).toEqual({
    period: { year: 2023, quarter: 2 },
    asOf: null,
    agencyId: null,
  });
  expect(groupLink('Chưa hoàn thành, quá hạn').getAttribute('href')).toBe(
    '/tasks?year=2023&quarter=2&group=NOT_DONE_OVERDUE',
  );
  expect(screen.getByRole('link', { name: 'Tải CSV theo cơ quan' }).getAttribute('href')).toBe(
    '/exports/quarter-agencies.csv?year=2023&quarter=2',
  );

  const table = within(screen.getByRole('region', { name: 'Các cơ quan, đơn vị' }));
  expect(agencyColumn()).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Sở TN&MT']);
  const tnmt = table.getByRole('row', { name: /Sở TN&MT/ });
  expect(
    within(tnmt)
      .getAllByRole('cell')
      .slice(0, 6)
      .map((cell) => cell.textContent),
  ).toEqual(['10', '4', '1', '2', '3', '50%']);
  expect(within(tnmt).getByRole('img').getAttribute('aria-label')).toBe(
    'Tỷ lệ hoàn thành 4 quý gần nhất: —, —, 80%, —',
  );

  const overdueHeader = table.getByRole('columnheader', { name: /Chưa hoàn thành, quá hạn/ });
  fireEvent.click(within(overdueHeader).getByRole('button'));
  expect(overdueHeader.getAttribute('aria-sort')).toBe('descending');
  expect(table.getByRole('columnheader', { name: /Cơ quan/ }).getAttribute('aria-sort')).toBeNull();
  expect(agencyColumn()).toEqual(['Sở TN&MT', 'Sở Nội vụ', 'Sở Tài chính']);
  fireEvent.click(within(overdueHeader).getByRole('button'));
  expect(overdueHeader.getAttribute('aria-sort')).toBe('ascending');
  expect(agencyColumn()).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Sở TN&MT']);

  const percentHeader = table.getByRole('columnheader', { name: /% hoàn thành/ });
  fireEvent.click(within(percentHeader).getByRole('button'));
  expect(agencyColumn()).toEqual(['Sở Tài chính', 'Sở TN&MT', 'Sở Nội vụ']);

  const chart = within(screen.getByRole('region', { name: 'Xu hướng 4 quý gần nhất' })).getByRole('img');
  expect(chart.getAttribute('aria-label')).toBe(
    'Tỷ lệ hoàn thành theo quý: Quý III/2022: 0% đúng hạn, 0% quá hạn; Quý IV/2022: 80% đúng hạn, 0% quá hạn; ' +
      'Quý I/2023: 80% đúng hạn, 0% quá hạn; Quý II/2023: 56% đúng hạn, 8% quá hạn',
  );
});

test('a parent row rolls its units in and expands to them and to its own tasks, which add up', async () => {
  const office = {
    ...tnmtSummary,
    id: 'a-vpdkdd',
    code: 'VPDKDD',
    name: 'Văn phòng Đăng ký đất đai',
    shortName: 'VP ĐKĐĐ',
  };
  const api = committeeApi(() =>
    provinceQuarter({
      byAgencyTree: [
        treeRow(tnmtSummary, counts(6, 1, 2, 4), null, counts(4, 1, 2, 3)),
        treeRow(office, counts(2, 0, 0, 1), tnmtSummary.id),
        treeRow(financeSummary, counts(8, 1, 1, 0)),
      ],
    }),
  );
  renderApp(api, '/dashboard');
  const table = within(await screen.findByRole('region', { name: 'Các cơ quan, đơn vị' }));
  await table.findByRole('link', { name: 'Sở TN&MT' });
  expect(agencyColumn()).toEqual(['Sở Tài chính', '▸Sở TN&MT']);
  // the total of the row whose heading reads `heading`
  const total = (heading: string) =>
    table
      .getAllByRole('rowheader')
      .find((cell) => cell.textContent === heading)!
      .closest('tr')!
      .querySelector('td')!.textContent;
  expect(total('▸Sở TN&MT')).toBe('13');

  fireEvent.click(table.getByRole('button', { name: 'Xem các đơn vị trực thuộc Sở TN&MT' }));
  expect(agencyColumn()).toEqual(['Sở Tài chính', '▾Sở TN&MT', 'Sở TN&MT (trực tiếp thực hiện)', 'VP ĐKĐĐ']);
  expect(total('Sở TN&MT (trực tiếp thực hiện)')).toBe('10');
  expect(total('VP ĐKĐĐ')).toBe('3'); // 10 + 3 = 13

  fireEvent.click(table.getByRole('button', { name: 'Thu gọn các đơn vị trực thuộc Sở TN&MT' }));
  expect(table.queryByRole('link', { name: 'VP ĐKĐĐ' })).toBeNull();
});

test('clicking an agency row opens that agency’s view, and "Toàn tỉnh" goes back', async () => {
  const api = committeeApi((variables) =>
    variables.agencyId === homeAffairsSummary.id
      ? tnmtQuarter({
          period: { __typename: 'Quarter', year: 2023, quarter: 2 },
          agency: homeAffairsSummary,
          counts: counts(2, 0, 2, 1),
          byDomain: [{ __typename: 'DomainCounts', domain: 'ADMIN_REFORM', counts: counts(2, 0, 2, 1) }],
        })
      : provinceQuarter(),
  );
  renderApp(api, '/dashboard?year=2023&quarter=2');
  await screen.findByRole('link', { name: '14 Hoàn thành đúng hạn' });

  fireEvent.click(screen.getByRole('row', { name: /Sở Nội vụ/ }).querySelector('td') as HTMLElement);

  expect(await screen.findByRole('heading', { name: 'Sở Nội vụ — Quý II/2023' })).toBeTruthy();
  expect(operationsNamed(api, 'DashboardStatistics').at(-1)?.variables).toEqual({
    period: { year: 2023, quarter: 2 },
    asOf: null,
    agencyId: 'a-snv',
  });
  expect(groupLink('Chưa hoàn thành, quá hạn').getAttribute('href')).toBe(
    '/tasks?year=2023&quarter=2&agencyId=a-snv&group=NOT_DONE_OVERDUE',
  );
  expect(screen.getByRole('region', { name: 'Nhiệm vụ chậm, quá hạn' })).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Các cơ quan, đơn vị' })).toBeNull();

  fireEvent.click(screen.getByRole('link', { name: '← Toàn tỉnh' }));
  expect(await screen.findByRole('heading', { name: 'Toàn tỉnh — Quý II/2023' })).toBeTruthy();
});

test('an agency cannot widen its view through the address', async () => {
  const api = agencyApi();
  renderApp(api, '/dashboard?year=2023&quarter=1&agencyId=a-stc');
  await screen.findByRole('link', { name: '12 Hoàn thành đúng hạn' });

  expect(operationsNamed(api, 'DashboardStatistics')[0].variables).toMatchObject({ agencyId: 'a-tnmt' });
  expect(screen.queryByRole('link', { name: '← Toàn tỉnh' })).toBeNull();
});

test('/dashboard without a quarter opens without an error for the Committee too, the default quarter sent as a plain QuarterInput', async () => {
  const api = createStubApi({
    Me: { data: { me: committeeLead } },
    DashboardQuarters: { data: quarters([2023, 2], [2023, 1, true]) },
    DashboardTaskEventCursor: { data: { taskEventCursor: '70' } },
    DashboardStatistics: { data: { taskStatistics: provinceQuarter() } },
    DashboardTrend: { data: { taskTrend: trend({ year: 2023, quarter: 2 }, [counts(14, 2, 5, 4)]) } },
  });
  renderApp(api, '/dashboard');

  expect(await screen.findByRole('link', { name: '14 Hoàn thành đúng hạn' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(variablesSent(api, 'DashboardStatistics')[0].period).toStrictEqual({ year: 2023, quarter: 2 });
  expect(variablesSent(api, 'DashboardTrend')[0].until).toStrictEqual({ year: 2023, quarter: 2 });
});
