import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { committeeLead, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationNames,
  operationsNamed,
  type Responder,
} from '../../test-support/stub-api';
import { taskDetail, taskEvent, taskRef } from '../../test-support/task-fixtures';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

function pageApi(responders: Record<string, Responder> = {}, me: CurrentUser = tnmtLead) {
  return createStubApi({
    Me: { data: { me } },
    TaskDetail: { data: { task: taskDetail() } },
    LinkedRequest: ({ id }) => ({
      data: { request: { id, code: 'PH-2023-0007', title: 'Đẩy nhanh giải quyết hồ sơ đất đai tồn đọng' } },
    }),
    ...responders,
  });
}

const actionBar = () => screen.getByRole('region', { name: 'Thao tác' });
const actionButtons = () =>
  within(actionBar())
    .getAllByRole('button')
    .map((button) => button.textContent);

test('shows the task: facts, progress, where it came from, the quarters it spans, reports, linked records and timeline', async () => {
  const task = taskDetail({
    directive: {
      __typename: 'TaskDirectiveSource',
      directiveId: 'd-1',
      meetingId: 'm-1',
      conclusionCode: '12/TB-UBND',
      heldOn: '2023-03-30',
      content: 'Giải quyết dứt điểm hồ sơ tồn đọng.',
    },
    carriedFrom: taskRef({
      id: 't-0',
      code: 'NV-2022-0031',
      period: { __typename: 'Quarter', year: 2022, quarter: 4 },
      status: 'CARRIED_OVER',
    }),
  });
  renderApp(pageApi({ TaskDetail: { data: { task } } }), '/tasks/t-1');

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng' }),
  ).toBeTruthy();
  expect(document.title).toBe('NV-2023-0001 · Liên thông');
  expect(screen.getByText('Chưa hoàn thành, trong hạn')).toBeTruthy();
  expect(screen.getByText('Quý I/2023')).toBeTruthy();
  expect(screen.getByText('31/03/2023')).toBeTruthy();
  expect(screen.getByRole('progressbar', { name: 'Tiến độ' }).getAttribute('aria-valuenow')).toBe('60');

  const source = within(screen.getByRole('region', { name: 'Nguồn giao' }));
  expect(source.getByRole('link', { name: 'Theo Thông báo kết luận số 12/TB-UBND' }).getAttribute('href')).toBe(
    '/meetings/m-1',
  );
  expect(
    source
      .getByRole('link', { name: 'NV-2022-0031 — Giải quyết dứt điểm hồ sơ đất đai tồn đọng' })
      .getAttribute('href'),
  ).toBe('/tasks/t-0');

  expect(
    within(screen.getByRole('region', { name: 'Báo cáo tiến độ' })).getByText('Đã giải quyết 72/120 hồ sơ.'),
  ).toBeTruthy();
  const requests = within(screen.getByRole('region', { name: 'Đề nghị phối hợp liên quan' }));
  expect(
    requests
      .getByRole('link', { name: 'PH-2023-0007 — Đẩy nhanh giải quyết hồ sơ đất đai tồn đọng' })
      .getAttribute('href'),
  ).toBe('/requests/r-1');
  expect(requests.getByText(/Đang xử lý/)).toBeTruthy();
  const proposals = within(screen.getByRole('region', { name: 'Đề xuất liên quan' }));
  expect(
    proposals.getByRole('link', { name: 'ĐX-2023-0002 — Kinh phí số hóa hồ sơ địa chính' }).getAttribute('href'),
  ).toBe('/proposals/p-1');
  expect(proposals.getByText('1.250.000.000 ₫')).toBeTruthy();
  expect(within(screen.getByRole('region', { name: 'Diễn biến xử lý' })).getByText('Giao nhiệm vụ')).toBeTruthy();
});

test('a decided linked proposal shows what was granted, not what was asked', async () => {
  const asked = taskDetail().linkedProposals[0];
  const task = taskDetail({
    linkedProposals: [{ ...asked, status: 'DECIDED', totalAmount: '3100000000', grantedAmount: '2400000000' }],
  });
  renderApp(pageApi({ TaskDetail: { data: { task } } }), '/tasks/t-1');

  const proposals = within(await screen.findByRole('region', { name: 'Đề xuất liên quan' }));
  expect(proposals.getByText('2.400.000.000 ₫')).toBeTruthy();
  expect(proposals.getByText(/được cấp/).textContent).toContain('(đề xuất 3.100.000.000 ₫)');
});

test('a directly assigned task says so', async () => {
  renderApp(pageApi(), '/tasks/t-1');
  expect(
    await within(await screen.findByRole('region', { name: 'Nguồn giao' })).findByText('Giao trực tiếp'),
  ).toBeTruthy();
});

test('the action bar shows exactly the allowed actions (never carrying over, which closing the quarter does)', async () => {
  const { unmount } = renderApp(pageApi(), '/tasks/t-1');
  await screen.findByRole('region', { name: 'Thao tác' });
  expect(actionButtons()).toEqual(['Báo cáo tiến độ', 'Báo cáo hoàn thành', 'Liên kết đề nghị phối hợp']);
  unmount();

  const committeeView = taskDetail({ allowedActions: ['CANCEL', 'CARRY_OVER', 'LINK'] });
  const second = renderApp(pageApi({ TaskDetail: { data: { task: committeeView } } }, committeeLead), '/tasks/t-1');
  await screen.findByRole('region', { name: 'Thao tác' });
  expect(actionButtons()).toEqual(['Hủy nhiệm vụ', 'Liên kết đề nghị phối hợp']);
  second.unmount();

  renderApp(pageApi({ TaskDetail: { data: { task: taskDetail({ allowedActions: [] }) } } }), '/tasks/t-1');
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('region', { name: 'Thao tác' })).toBeNull();
});

test('a progress report is checked before sending (0–100 and a note), then sent at the version on screen', async () => {
  const reported = taskDetail({
    progressPercent: 80,
    version: 5,
    timeline: [...taskDetail().timeline, taskEvent('53', 'PROGRESS_REPORTED', { note: '80% — Còn 24 hồ sơ.' })],
  });
  const api = pageApi({ ReportTaskProgress: { data: { reportTaskProgress: { task: reported } } } });
  renderApp(api, '/tasks/t-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Báo cáo tiến độ' }));
  const panel = screen.getByRole('form', { name: 'Báo cáo tiến độ' });
  const percent = within(panel).getByLabelText<HTMLInputElement>('Tiến độ (%)');
  expect(percent.value).toBe('60');
  fireEvent.change(percent, { target: { value: '101' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Gửi báo cáo' }));
  expect(within(panel).getByText('Nhập số nguyên từ 0 đến 100.')).toBeTruthy();
  expect(within(panel).getByText('Vui lòng nhập nội dung.')).toBeTruthy();
  expect(percent.getAttribute('aria-invalid')).toBe('true');
  expect(operationNames(api)).not.toContain('ReportTaskProgress');

  fireEvent.change(percent, { target: { value: '80' } });
  fireEvent.change(within(panel).getByLabelText('Nội dung báo cáo'), { target: { value: ' Còn 24 hồ sơ. ' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Gửi báo cáo' }));

  expect(await screen.findByText('Đã thực hiện: Báo cáo tiến độ.')).toBeTruthy();
  expect(operationsNamed(api, 'ReportTaskProgress')[0].variables).toEqual({
    input: { id: 't-1', version: 4, percent: 80, note: 'Còn 24 hồ sơ.', idempotencyKey: 'REPORT_PROGRESS:t-1@4' },
  });
  expect(screen.getByRole('progressbar', { name: 'Tiến độ' }).getAttribute('aria-valuenow')).toBe('80');
  expect(screen.queryByRole('form', { name: 'Báo cáo tiến độ' })).toBeNull();
});

test('on CONFLICT the panel keeps what was typed and offers to reload; the retry goes at the reloaded version', async () => {
  let current = taskDetail();
  let attempts = 0;
  const api = pageApi({
    TaskDetail: () => ({ data: { task: current } }),
    CompleteTask: ({ input }) => {
      attempts++;
      if (attempts === 1) {
        current = taskDetail({
          version: 5,
          timeline: [...taskDetail().timeline, taskEvent('53', 'PROGRESS_REPORTED')],
        });
        return graphQLError('CONFLICT');
      }
      const { version } = input as { version: number };
      return {
        data: {
          completeTask: {
            task: taskDetail({
              status: 'COMPLETED',
              version: version + 1,
              allowedActions: [],
              timeline: [...current.timeline, taskEvent('54', 'COMPLETED')],
            }),
          },
        },
      };
    },
  });
  renderApp(api, '/tasks/t-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Báo cáo hoàn thành' }));
  const panel = screen.getByRole('form', { name: 'Báo cáo hoàn thành' });
  expect(within(panel).getByText(/báo cáo UBND tỉnh nhiệm vụ này đã hoàn thành/)).toBeTruthy();
  fireEvent.change(within(panel).getByLabelText('Kết quả thực hiện'), {
    target: { value: 'Đã giải quyết 120/120 hồ sơ.' },
  });
  fireEvent.click(within(panel).getByRole('button', { name: 'Xác nhận hoàn thành' }));

  const alert = await within(panel).findByRole('alert');
  expect(alert.textContent).toContain('Dữ liệu vừa được người khác thay đổi');
  const detailReads = operationsNamed(api, 'TaskDetail').length;
  fireEvent.click(within(alert).getByRole('button', { name: 'Tải lại nhiệm vụ' }));
  await waitFor(() => expect(operationsNamed(api, 'TaskDetail').length).toBeGreaterThan(detailReads));
  expect(operationsNamed(api, 'TaskDetail').at(-1)!.context.requestPolicy).toBe('network-only');
  expect(within(panel).queryByRole('alert')).toBeNull();
  expect(within(panel).getByLabelText<HTMLTextAreaElement>('Kết quả thực hiện').value).toBe(
    'Đã giải quyết 120/120 hồ sơ.',
  );

  const timeline = within(screen.getByRole('region', { name: 'Diễn biến xử lý' }));
  await waitFor(() => expect(timeline.getAllByText('Báo cáo tiến độ')).toHaveLength(2)); // the reloaded task
  fireEvent.click(within(panel).getByRole('button', { name: 'Xác nhận hoàn thành' }));
  expect(await screen.findByText('Đã thực hiện: Báo cáo hoàn thành.')).toBeTruthy();
  expect(
    operationsNamed(api, 'CompleteTask').map(
      (operation) => (operation.variables!.input as { version: number }).version,
    ),
  ).toEqual([4, 5]);
});

test('cancelling needs a reason; linking sends the whole new list of requests', async () => {
  const committeeView = taskDetail({ allowedActions: ['CANCEL', 'LINK'] });
  const api = pageApi(
    {
      TaskDetail: { data: { task: committeeView } },
      LinkTaskRequests: {
        data: {
          linkTaskRequests: {
            task: taskDetail({
              allowedActions: ['CANCEL', 'LINK'],
              linkedRequestIds: [],
              linkedRequests: [],
              timeline: [...committeeView.timeline, taskEvent('53', 'LINKED')],
            }),
          },
        },
      },
    },
    committeeLead,
  );
  renderApp(api, '/tasks/t-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Hủy nhiệm vụ' }));
  const cancel = screen.getByRole('form', { name: 'Hủy nhiệm vụ' });
  fireEvent.click(within(cancel).getByRole('button', { name: 'Xác nhận hủy' }));
  expect(within(cancel).getByText('Vui lòng nhập nội dung.')).toBeTruthy();
  expect(operationNames(api)).not.toContain('CancelTask');
  fireEvent.click(within(cancel).getByRole('button', { name: 'Hủy' }));

  fireEvent.click(screen.getByRole('button', { name: 'Liên kết đề nghị phối hợp' }));
  const link = screen.getByRole('form', { name: 'Liên kết đề nghị phối hợp' });
  const chips = within(within(link).getByRole('list', { name: 'Đề nghị đã liên kết' }));
  fireEvent.click(
    await chips.findByRole('button', {
      name: 'Bỏ liên kết PH-2023-0007 — Đẩy nhanh giải quyết hồ sơ đất đai tồn đọng',
    }),
  );
  fireEvent.click(within(link).getByRole('button', { name: 'Lưu liên kết' }));

  expect(await screen.findByText('Đã thực hiện: Liên kết đề nghị phối hợp.')).toBeTruthy();
  expect(operationsNamed(api, 'LinkTaskRequests')[0].variables).toEqual({
    input: { id: 't-1', version: 4, requestIds: [], idempotencyKey: 'LINK:t-1@4' },
  });
  expect(screen.queryByRole('region', { name: 'Đề nghị phối hợp liên quan' })).toBeNull();
});

test('subscribes after the newest event on screen and shows changes live', async () => {
  const api = pageApi();
  renderApp(api, '/tasks/t-1');
  await screen.findByRole('heading', { level: 1 });
  expect(operationsNamed(api, 'TaskChanged')[0].variables).toEqual({ id: 't-1', after: '52' });

  const completed = taskDetail({
    status: 'COMPLETED',
    group: 'COMPLETED_ON_TIME',
    progressPercent: 100,
    completedOn: '2023-03-28',
    allowedActions: ['LINK'],
    version: 5,
    timeline: [...taskDetail().timeline, taskEvent('53', 'COMPLETED')],
  });
  act(() =>
    api.emit('TaskChanged', { data: { taskChanged: { event: { id: '53', type: 'COMPLETED' }, task: completed } } }),
  );

  expect(await screen.findByText('Hoàn thành đúng hạn')).toBeTruthy();
  expect(screen.getByText('Vừa cập nhật: Báo cáo hoàn thành')).toBeTruthy();
  expect(screen.getByText('28/03/2023')).toBeTruthy();
  expect(actionButtons()).toEqual(['Liên kết đề nghị phối hợp']);
});
