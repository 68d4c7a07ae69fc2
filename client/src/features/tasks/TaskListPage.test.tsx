import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { agencyPage, committeeLead, provinceAgencies, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  operationNames,
  operationsNamed,
  type Responder,
  type StubApi,
} from '../../test-support/stub-api';
import { quartersAnswer, taskPage, taskQuarter, taskRow } from '../../test-support/task-fixtures';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

function listApi(responders: Record<string, Responder> = {}, me: CurrentUser = tnmtLead) {
  return createStubApi({
    Me: { data: { me } },
    TaskQuarters: quartersAnswer([taskQuarter(2023, 2), taskQuarter(2023, 1, { closed: true })]),
    TaskEventCursor: { data: { taskEventCursor: '70' } },
    TaskList: taskPage([taskRow()]),
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    ...responders,
  });
}

const lastFilter = (api: StubApi) => operationsNamed(api, 'TaskList').at(-1)!.variables!.filter;

test('a dashboard link sets the quarter and group; the list is read after the feed cursor, with those filters', async () => {
  const api = listApi();
  renderApp(api, '/tasks?year=2023&quarter=1&group=NOT_DONE_OVERDUE&asOf=2023-03-31');

  const row = (await screen.findByRole('link', { name: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng' })).closest('tr')!;
  expect(row.getAttribute('class')).toContain('overdue');
  expect(within(row).getByText('Chưa hoàn thành, quá hạn')).toBeTruthy();
  expect(within(row).getByText('Trọng tâm')).toBeTruthy();
  expect(within(row).getByText('Đất đai')).toBeTruthy();
  expect(within(row).getByText('Đang thực hiện')).toBeTruthy();
  expect(within(row).getByRole('progressbar', { name: 'Tiến độ NV-2023-0001' }).getAttribute('aria-valuenow')).toBe(
    '60',
  );

  const names = operationNames(api);
  expect(names.indexOf('TaskEventCursor')).toBeLessThan(names.indexOf('TaskList'));
  expect(operationsNamed(api, 'TaskFeed')[0].variables).toEqual({ after: '70' });
  expect(operationsNamed(api, 'TaskList')[0].variables).toEqual({
    filter: { period: { year: 2023, quarter: 1 }, groups: ['NOT_DONE_OVERDUE'], asOf: '2023-03-31' },
    first: 50,
    after: null,
  });
  expect(screen.getByText(/Kết quả thực hiện tính đến ngày 31\/03\/2023/)).toBeTruthy();
  expect(screen.getByLabelText<HTMLSelectElement>('Kết quả thực hiện').value).toBe('NOT_DONE_OVERDUE');
  expect(screen.getByText('Quý I/2023 đã được chốt.')).toBeTruthy();
  // An agency sees only its own tasks: no agency filter, no assigning, no closing quarters.
  expect(screen.queryByRole('combobox', { name: 'Cơ quan thực hiện' })).toBeNull();
  expect(screen.queryByRole('link', { name: 'Giao nhiệm vụ' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Chốt quý' })).toBeNull();
});

test('without a quarter in the address it shows the newest one with tasks; each filter change re-reads the list', async () => {
  const api = listApi({
    TaskList: ({ after }) =>
      after
        ? taskPage([taskRow({ id: 't-2', code: 'NV-2023-0002', title: 'Nhiệm vụ trang sau' })])
        : taskPage([taskRow()], 'c-50', true),
  });
  renderApp(api, '/tasks');

  await screen.findByText('NV-2023-0001');
  expect(lastFilter(api)).toEqual({ period: { year: 2023, quarter: 2 } });
  const quarter = screen.getByLabelText<HTMLSelectElement>('Quý');
  expect(Array.from(quarter.options).map((option) => option.textContent)).toEqual([
    'Quý II/2023 (15)',
    'Quý I/2023 (15) – đã chốt',
  ]);

  fireEvent.click(screen.getByRole('button', { name: 'Tải thêm' }));
  expect(await screen.findByText('NV-2023-0002')).toBeTruthy();
  expect(operationsNamed(api, 'TaskList').at(-1)!.variables).toMatchObject({ after: 'c-50' });

  fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'COMPLETED' } });
  await waitFor(() => expect(lastFilter(api)).toEqual({ period: { year: 2023, quarter: 2 }, status: 'COMPLETED' }));
  fireEvent.change(screen.getByLabelText('Loại nhiệm vụ'), { target: { value: 'BREAKTHROUGH' } });
  fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'MINERALS' } });
  fireEvent.change(quarter, { target: { value: '2023-1' } });
  await waitFor(() =>
    expect(lastFilter(api)).toEqual({
      period: { year: 2023, quarter: 1 },
      status: 'COMPLETED',
      category: 'BREAKTHROUGH',
      domain: 'MINERALS',
    }),
  );
  fireEvent.change(screen.getByLabelText('Tìm kiếm'), { target: { value: ' tồn đọng ' } });
  await waitFor(() => expect(lastFilter(api)).toMatchObject({ search: 'tồn đọng' }));
});

test('an empty quarter says so; with filters on, it offers to clear them (keeping the quarter)', async () => {
  const api = listApi({ TaskQuarters: quartersAnswer([], { year: 2026, quarter: 4 }), TaskList: taskPage([]) });
  const { unmount } = renderApp(api, '/tasks');
  expect(await screen.findByText('Chưa có nhiệm vụ nào trong Quý IV/2026')).toBeTruthy();
  expect(lastFilter(api)).toEqual({ period: { year: 2026, quarter: 4 } });
  unmount();

  const filtered = listApi({ TaskList: taskPage([]) });
  renderApp(filtered, '/tasks?year=2023&quarter=1&group=COMPLETED_LATE');
  expect(await screen.findByText('Không có nhiệm vụ nào phù hợp với bộ lọc.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
  await waitFor(() => expect(lastFilter(filtered)).toEqual({ period: { year: 2023, quarter: 1 } }));
});

test('a live task event re-reads the list from the network and says what happened', async () => {
  let rows = [taskRow()];
  const api = listApi({ TaskList: () => taskPage(rows) });
  renderApp(api, '/tasks?year=2023&quarter=1');
  await within(await screen.findByRole('table')).findByText('Đang thực hiện');
  const reads = operationsNamed(api, 'TaskList').length;

  rows = [taskRow({ status: 'COMPLETED', group: 'COMPLETED_LATE', progressPercent: 100 })];
  act(() =>
    api.emit('TaskFeed', {
      data: {
        taskFeed: {
          event: { id: '71', type: 'COMPLETED' },
          task: { id: 't-1', code: 'NV-2023-0001', title: 'Giải quyết' },
        },
      },
    }),
  );

  expect(await within(screen.getByRole('table')).findByText('Hoàn thành quá hạn')).toBeTruthy();
  expect(screen.getByText('Vừa cập nhật: NV-2023-0001 — Báo cáo hoàn thành')).toBeTruthy();
  const after = operationsNamed(api, 'TaskList');
  expect(after.length).toBeGreaterThan(reads);
  expect(after[reads].context.requestPolicy).toBe('network-only');
});

test('a Committee leader filters by agency, may assign tasks, and closes an open quarter after confirming', async () => {
  const api = listApi(
    {
      CloseQuarter: {
        data: {
          closeQuarter: {
            period: { year: 2023, quarter: 2 },
            carriedOver: [
              { id: 't-8', code: 'NV-2023-0040' },
              { id: 't-9', code: 'NV-2023-0041' },
            ],
          },
        },
      },
    },
    committeeLead,
  );
  renderApp(api, '/tasks');
  await screen.findByText('NV-2023-0001');
  expect(screen.getByRole('link', { name: 'Giao nhiệm vụ' }).getAttribute('href')).toBe('/tasks/new');

  const agency = await screen.findByRole('combobox', { name: 'Cơ quan thực hiện' });
  await within(agency).findByRole('option', { name: 'Sở Tài nguyên và Môi trường' });
  fireEvent.change(agency, { target: { value: 'a-tnmt' } });
  await waitFor(() => expect(lastFilter(api)).toEqual({ period: { year: 2023, quarter: 2 }, ownerAgencyId: 'a-tnmt' }));

  fireEvent.click(screen.getByRole('button', { name: 'Chốt quý' }));
  const panel = screen.getByRole('form', { name: 'Chốt Quý II/2023' });
  fireEvent.click(within(panel).getByRole('button', { name: 'Tiếp tục' }));
  expect(within(panel).getByText('Chốt Quý II/2023? Việc chốt quý không thể hoàn tác.')).toBeTruthy();
  expect(operationNames(api)).not.toContain('CloseQuarter');
  fireEvent.click(within(panel).getByRole('button', { name: 'Xác nhận chốt quý' }));

  expect(await screen.findByText('Đã chốt Quý II/2023: 2 nhiệm vụ được chuyển sang Quý III/2023.')).toBeTruthy();
  expect(operationsNamed(api, 'CloseQuarter')[0].variables).toEqual({
    input: { period: { year: 2023, quarter: 2 }, carryOverDueDate: null },
  });
});

test('a closed quarter cannot be closed again', async () => {
  renderApp(listApi({}, committeeLead), '/tasks?year=2023&quarter=1');
  await screen.findByText('NV-2023-0001');
  expect(screen.getByText('Quý I/2023 đã được chốt.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Chốt quý' })).toBeNull();
});
