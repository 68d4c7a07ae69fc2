import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RequestFeedSubscription } from '../../gql/graphql';
import { committeeLead, localityStaff, requestPage, requestRow, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationNames,
  operationsNamed,
  type Responder,
  type StubApi,
} from '../../test-support/stub-api';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

function listApi(
  list: Responder,
  me: CurrentUser = tnmtLead,
  cursor: Responder = { data: { requestEventCursor: '41' } },
) {
  return createStubApi({ Me: { data: { me } }, RequestEventCursor: cursor, RequestList: list });
}

function emitFeed(api: StubApi, id: string, type = 'SUBMITTED') {
  const requestFeed: RequestFeedSubscription['requestFeed'] = {
    __typename: 'RequestEventPayload',
    event: { __typename: 'RequestEvent', id, type },
    request: {
      __typename: 'CoordinationRequest',
      id: 'r-2',
      code: 'PH-2026-0002',
      title: 'Cung cấp số liệu khoáng sản',
    },
  };
  act(() => api.emit('RequestFeed', { data: { requestFeed } }));
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

test('lists the inbox with code, agencies, Vietnamese status, priority, due date and an overdue badge', async () => {
  const overdue = requestRow({
    id: 'r-2',
    code: 'PH-2026-0002',
    title: 'Cung cấp số liệu khoáng sản',
    domain: 'MINERALS',
    status: 'IN_PROGRESS',
    priority: 'URGENT',
    dueDate: '2026-11-01',
    overdue: true,
    lastActivityAt: '2026-11-21T17:05:00.000Z',
  });
  const api = listApi({ data: requestPage([requestRow(), overdue]) });
  renderApp(api, '/requests');

  expect(await screen.findByRole('link', { name: 'Cung cấp số liệu khoáng sản' })).toBeTruthy();
  expect(bodyRows().map(cells)).toEqual([
    [
      'PH-2026-0001',
      'Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đấtĐất đai',
      'UBND huyện A → Sở TN&MT',
      'Đã gửi',
      'Cao',
      '15/12/2026',
      '09:30 20/11/2026',
    ],
    [
      'PH-2026-0002',
      'Cung cấp số liệu khoáng sảnKhoáng sản',
      'UBND huyện A → Sở TN&MT',
      'Đang xử lý',
      'Khẩn',
      '01/11/2026 Quá hạn',
      '00:05 22/11/2026',
    ],
  ]);
  expect(screen.getByRole('link', { name: 'Cung cấp số liệu khoáng sản' }).getAttribute('href')).toBe('/requests/r-2');
  expect(screen.getByRole('link', { name: 'Tạo đề nghị' }).getAttribute('href')).toBe('/requests/new');
  expect(operationsNamed(api, 'RequestList')[0].variables).toEqual({
    filter: { box: 'INBOX' },
    sort: 'LAST_ACTIVITY',
    first: 25,
    after: null,
  });
  expect(document.title).toBe('Đề nghị phối hợp · Liên thông');
});

test('a draft has no code yet', async () => {
  renderApp(listApi({ data: requestPage([requestRow({ code: null, status: 'DRAFT' })]) }), '/requests?box=OUTBOX');

  await screen.findByRole('table');
  expect(cells(bodyRows()[0]).slice(0, 1)).toEqual(['Bản nháp']);
  expect(cells(bodyRows()[0])[3]).toBe('Bản nháp');
});

test('inbox and outbox tabs for an agency; the Committee also gets "Tất cả"', async () => {
  const api = listApi({ data: requestPage([requestRow()]) }, localityStaff);
  const { unmount } = renderApp(api, '/requests');
  const tabs = await screen.findByRole('navigation', { name: 'Hộp đề nghị' });
  expect(
    within(tabs)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Đến', 'Đi']);
  expect(within(tabs).getByRole('link', { name: 'Đến' }).getAttribute('aria-current')).toBe('page');

  fireEvent.click(within(tabs).getByRole('link', { name: 'Đi' }));
  await waitFor(() => expect(operationsNamed(api, 'RequestList').at(-1)?.variables?.filter).toEqual({ box: 'OUTBOX' }));
  unmount();

  renderApp(listApi({ data: requestPage([requestRow()]) }, committeeLead), '/requests?box=ALL');
  const committeeTabs = await screen.findByRole('navigation', { name: 'Hộp đề nghị' });
  expect(
    within(committeeTabs)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Đến', 'Đi', 'Tất cả']);
  expect(within(committeeTabs).getByRole('link', { name: 'Tất cả' }).getAttribute('aria-current')).toBe('page');
});

test('filters and sort become query variables; the search waits for a pause in typing', async () => {
  const api = listApi({ data: requestPage([requestRow()]) });
  renderApp(api, '/requests');
  await screen.findByRole('table');
  const lastFilter = () => operationsNamed(api, 'RequestList').at(-1)?.variables;

  fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'RESPONDED' } });
  fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'LAND' } });
  fireEvent.click(screen.getByLabelText('Chỉ đề nghị quá hạn'));
  fireEvent.change(screen.getByLabelText('Sắp xếp theo'), { target: { value: 'DUE_DATE' } });
  await waitFor(() =>
    expect(lastFilter()).toMatchObject({
      filter: { box: 'INBOX', statuses: ['RESPONDED'], domain: 'LAND', overdue: true },
      sort: 'DUE_DATE',
    }),
  );

  const before = operationsNamed(api, 'RequestList').length;
  fireEvent.change(screen.getByLabelText('Tìm kiếm'), { target: { value: 'd' } });
  fireEvent.change(screen.getByLabelText('Tìm kiếm'), { target: { value: 'dat dai' } });
  expect(operationsNamed(api, 'RequestList')).toHaveLength(before);
  await waitFor(() => expect(lastFilter()?.filter).toMatchObject({ search: 'dat dai' }));
  expect(operationsNamed(api, 'RequestList')).toHaveLength(before + 1);
});

test('"Tải thêm" follows pageInfo.endCursor and appends the next page', async () => {
  const api = listApi(({ after }) =>
    after === 'cursor-1'
      ? { data: requestPage([requestRow({ id: 'r-2', title: 'Đề nghị thứ hai' })], 'cursor-2', false) }
      : { data: requestPage([requestRow()], 'cursor-1', true) },
  );
  renderApp(api, '/requests');

  fireEvent.click(await screen.findByRole('button', { name: 'Tải thêm' }));

  expect(await screen.findByRole('link', { name: 'Đề nghị thứ hai' })).toBeTruthy();
  expect(bodyRows()).toHaveLength(2);
  expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull();
  expect(operationsNamed(api, 'RequestList').map((operation) => operation.variables?.after)).toEqual([
    null,
    'cursor-1',
  ]);
});

test('reads the server’s event cursor first, then loads the list and subscribes to the feed after it', async () => {
  const api = listApi({ data: requestPage([requestRow()]) });
  renderApp(api, '/requests');
  await screen.findByRole('table');

  const names = operationNames(api).filter((name) => name.startsWith('Request'));
  expect(names[0]).toBe('RequestEventCursor');
  expect(names.slice(1).sort()).toEqual(['RequestFeed', 'RequestList']);
  expect(operationsNamed(api, 'RequestEventCursor')[0].context.requestPolicy).toBe('network-only');
  expect(operationsNamed(api, 'RequestFeed').map((operation) => operation.variables)).toEqual([{ after: '41' }]);
});

test('a viewer who can see no event yet subscribes after "0"; an unreadable cursor falls back to "from now"', async () => {
  const api = listApi({ data: requestPage([]) }, tnmtLead, { data: { requestEventCursor: '0' } });
  const { unmount } = renderApp(api, '/requests');
  await screen.findByText('Chưa có đề nghị nào');
  expect(operationsNamed(api, 'RequestFeed').map((operation) => operation.variables)).toEqual([{ after: '0' }]);
  unmount();

  const failing = listApi({ data: requestPage([requestRow()]) }, tnmtLead, graphQLError('INTERNAL_SERVER_ERROR'));
  renderApp(failing, '/requests');
  await screen.findByRole('table');
  expect(operationsNamed(failing, 'RequestFeed').map((operation) => operation.variables)).toEqual([{ after: null }]);
});

test('a request submitted to the agency appears live: the list is reloaded from the network', async () => {
  let rows = [requestRow()];
  const api = listApi(() => ({ data: requestPage(rows) }));
  renderApp(api, '/requests');
  await screen.findByRole('table');

  rows = [requestRow({ id: 'r-2', code: 'PH-2026-0002', title: 'Cung cấp số liệu khoáng sản' }), ...rows];
  emitFeed(api, '42');

  expect(await screen.findByRole('link', { name: 'Cung cấp số liệu khoáng sản' })).toBeTruthy();
  expect(screen.getByText('Vừa cập nhật: PH-2026-0002 — Gửi đề nghị')).toBeTruthy();
  const policies = operationsNamed(api, 'RequestList').map((operation) => operation.context.requestPolicy);
  expect(policies).toEqual(['network-only', 'network-only']);
});

test('after a dropped connection the feed resumes from the last event received; replays are not counted twice', async () => {
  const api = listApi({ data: requestPage([requestRow()]) });
  renderApp(api, '/requests');
  await screen.findByRole('table');

  emitFeed(api, '43');
  await waitFor(() => expect(operationsNamed(api, 'RequestList')).toHaveLength(2));
  act(() => api.reconnect());

  expect(operationsNamed(api, 'RequestFeed').map((operation) => operation.variables)).toEqual([
    { after: '41' },
    { after: '43' },
  ]);
  emitFeed(api, '43'); // the server replays what the old subscription already delivered
  emitFeed(api, '40');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(operationsNamed(api, 'RequestList')).toHaveLength(2);
});

test('an empty inbox says so', async () => {
  renderApp(listApi({ data: requestPage([]) }), '/requests');

  expect(await screen.findByText('Chưa có đề nghị nào')).toBeTruthy();
  expect(screen.getByText('Đề nghị các cơ quan khác gửi tới cơ quan của bạn sẽ hiện ở đây.')).toBeTruthy();
});

test('no match for the filters offers to clear them', async () => {
  const api = listApi(({ filter }) => ({
    data: requestPage((filter as { domain?: string }).domain ? [] : [requestRow()]),
  }));
  renderApp(api, '/requests?domain=FINANCE');

  fireEvent.click(await screen.findByRole('button', { name: 'Xóa bộ lọc' }));

  expect(await screen.findByRole('table')).toBeTruthy();
  expect((screen.getByLabelText('Lĩnh vực') as HTMLSelectElement).value).toBe('');
});

test('a failed load shows a translated error and can be retried', async () => {
  let fail = true;
  renderApp(
    listApi(() => (fail ? graphQLError('SERVICE_UNAVAILABLE') : { data: requestPage([requestRow()]) })),
    '/requests',
  );

  expect((await screen.findByRole('alert')).textContent).toContain('Hệ thống tạm thời gián đoạn.');
  fail = false;
  fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));

  expect(await screen.findByRole('table')).toBeTruthy();
});
