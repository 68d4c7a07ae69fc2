import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notificationPage, notificationRow, requestDetail, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationsNamed,
  type Responder,
  type StubApi,
} from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

function bellApi(responders: Record<string, Responder> = {}) {
  return createStubApi({
    Me: { data: { me: tnmtLead } },
    Notifications: { data: notificationPage([notificationRow()]) },
    ...responders,
  });
}

function emitCount(api: StubApi, count: number) {
  act(() => api.emit('NotificationCountChanged', { data: { notificationCountChanged: count } }));
}

const bell = () => screen.getByRole('button', { name: 'Thông báo' });
const badge = () => bell().querySelector('.notification-bell__badge')?.getAttribute('data-count') ?? null;
const variablesOf = (api: StubApi, name: string) => operationsNamed(api, name).map((operation) => operation.variables);

const submittedElsewhere = notificationRow({
  id: 'n-2',
  kind: 'REQUEST_SUBMITTED',
  message: 'Đề nghị phối hợp mới: PH-2026-0002 — Cung cấp số liệu khoáng sản',
  subjectId: 'r-2',
  createdAt: '2026-11-20T17:05:00.000Z',
  read: true,
});

/** Signs in at a page that needs no data, sets the live count and opens the panel. */
async function openPanel(api: StubApi, unreadCount: number): Promise<HTMLElement> {
  renderApp(api, '/tasks');
  await screen.findByRole('button', { name: 'Thông báo' });
  emitCount(api, unreadCount);
  fireEvent.click(bell());
  return screen.getByRole('dialog', { name: 'Thông báo' });
}

test('the badge shows the live unread count from the subscription, capped at 99+, and hides at 0', async () => {
  const api = bellApi();
  renderApp(api, '/tasks');
  await screen.findByRole('button', { name: 'Thông báo' });
  expect(badge()).toBeNull();

  emitCount(api, 3);
  expect(badge()).toBe('3');
  expect(screen.getByRole('button', { name: 'Thông báo', description: '3 thông báo chưa đọc' })).toBeTruthy();
  emitCount(api, 120);
  expect(badge()).toBe('99+');
  emitCount(api, 0);
  expect(badge()).toBeNull();
  expect(bell().getAttribute('aria-describedby')).toBeNull();

  expect(variablesOf(api, 'NotificationCountChanged')).toEqual([{}]);
  expect(operationsNamed(api, 'Notifications')).toHaveLength(0); // the list is read only when opened
});

test('the panel lists recent notifications: unread emphasised, grouped events counted, province time', async () => {
  const api = bellApi({
    Notifications: { data: notificationPage([notificationRow({ count: 3 }), submittedElsewhere]) },
  });
  const panel = await openPanel(api, 1);

  const items = await within(panel).findAllByRole('listitem');
  expect(items.map((item) => item.className)).toEqual(['notification notification--unread', 'notification']);
  expect(items.map((item) => item.textContent)).toEqual([
    'Có trả lời cho đề nghị PH-2026-0001 — Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đấtChưa đọcCó trả lời3 cập nhật10:00 21/11/2026',
    'Đề nghị phối hợp mới: PH-2026-0002 — Cung cấp số liệu khoáng sảnĐề nghị mới00:05 21/11/2026',
  ]);
  expect(
    within(panel)
      .getByRole('link', { name: /PH-2026-0002/ })
      .getAttribute('href'),
  ).toBe('/requests/r-2');
  expect(bell().getAttribute('aria-expanded')).toBe('true');
  expect(variablesOf(api, 'Notifications')).toEqual([{ first: 20, after: null }]);
  expect(operationsNamed(api, 'Notifications')[0].context.requestPolicy).toBe('network-only');
});

test('in English the labels are translated and the server’s message is shown as it is', async () => {
  localStorage.setItem('lien-thong.locale', 'en');
  const api = bellApi({ Notifications: { data: notificationPage([notificationRow({ count: 2 })]) } });
  renderApp(api, '/tasks');
  await screen.findByRole('button', { name: 'Notifications' });
  emitCount(api, 1);
  fireEvent.click(screen.getByRole('button', { name: 'Notifications', description: 'Unread: 1' }));

  const panel = screen.getByRole('dialog', { name: 'Notifications' });
  const item = await within(panel).findByRole('listitem');
  expect(item.textContent).toContain('New reply2 updates');
  expect(
    within(item)
      .getByText(/^Có trả lời cho đề nghị PH-2026-0001/)
      .getAttribute('lang'),
  ).toBe('vi');
  expect(within(panel).getByRole('button', { name: 'Mark all as read' })).toBeTruthy();
});

test('a notification with a catalog key is shown in the user’s language; older ones as the server wrote them', async () => {
  const revoked = notificationRow({
    id: 'n-3',
    kind: 'DECISION_REVOKED',
    message: 'Về việc bãi bỏ Quyết định số 1/QĐ-UBND (3/QĐ-UBND)',
    messageKey: 'decision.revokedNotice',
    messageParams: [
      { __typename: 'MessageParam', name: 'number', value: '3/QĐ-UBND' },
      { __typename: 'MessageParam', name: 'target', value: '1/QĐ-UBND' },
    ],
    subjectType: 'DECISION',
    subjectId: 'd-3',
  });
  const api = bellApi({ Notifications: { data: notificationPage([revoked, notificationRow()]) } });
  const panel = await openPanel(api, 2);
  const message = async (pattern: RegExp) => within(panel).findByText(pattern, { selector: '.notification__message' });

  expect((await message(/^Về việc bãi bỏ/)).textContent).toBe('Về việc bãi bỏ Quyết định số 1/QĐ-UBND (3/QĐ-UBND)');

  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  const english = await within(screen.getByRole('dialog')).findByText('Revoking Decision No. 1/QĐ-UBND (3/QĐ-UBND)');
  expect(english.getAttribute('lang')).toBe('en');
  expect(
    within(screen.getByRole('dialog'))
      .getByText(/^Có trả lời cho đề nghị PH-2026-0001/)
      .getAttribute('lang'),
  ).toBe('vi');
});

test('"Đánh dấu tất cả đã đọc" marks every notification read and the badge disappears', async () => {
  let read = false;
  const api = bellApi({
    Notifications: () => ({ data: notificationPage([notificationRow({ read })]) }),
    MarkNotificationsRead: () => {
      read = true;
      return { data: { markNotificationsRead: { unreadCount: 0 } } };
    },
  });
  const panel = await openPanel(api, 2);
  await within(panel).findByRole('listitem');

  fireEvent.click(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));

  await waitFor(() => expect(badge()).toBeNull());
  expect(variablesOf(api, 'MarkNotificationsRead')).toEqual([{ input: {} }]);
  expect(within(panel).getByRole('listitem').className).toBe('notification');
  expect(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).hasAttribute('disabled')).toBe(true);
});

test('clicking a notification marks it read, closes the panel and opens the request', async () => {
  const api = bellApi({
    Notifications: { data: notificationPage([notificationRow(), submittedElsewhere]) },
    MarkNotificationsRead: { data: { markNotificationsRead: { unreadCount: 1 } } },
    RequestDetail: { data: { request: requestDetail() } },
  });
  const panel = await openPanel(api, 2);

  fireEvent.click(await within(panel).findByRole('link', { name: /PH-2026-0001/ }));

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất' }),
  ).toBeTruthy();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(variablesOf(api, 'MarkNotificationsRead')).toEqual([{ input: { ids: ['n-1'] } }]);
  await waitFor(() => expect(badge()).toBe('1'));

  // a notification already read is not marked again
  fireEvent.click(bell());
  fireEvent.click(await within(screen.getByRole('dialog')).findByRole('link', { name: /PH-2026-0002/ }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(operationsNamed(api, 'MarkNotificationsRead')).toHaveLength(1);
});

test('"Xem thêm" loads the next page after the end cursor', async () => {
  const olderComment = notificationRow({
    id: 'n-21',
    kind: 'REQUEST_COMMENTED',
    message: 'Ý kiến mới về đề nghị PH-2026-0003 — Số liệu quan trắc môi trường',
    subjectId: 'r-3',
    read: true,
  });
  const api = bellApi({
    Notifications: ({ after }) =>
      after === 'c-20'
        ? { data: notificationPage([olderComment]) }
        : { data: notificationPage([notificationRow()], 'c-20', true) },
  });
  const panel = await openPanel(api, 1);

  fireEvent.click(await within(panel).findByRole('button', { name: 'Xem thêm' }));

  expect(await within(panel).findByRole('link', { name: /PH-2026-0003/ })).toBeTruthy();
  expect(within(panel).getAllByRole('listitem')).toHaveLength(2);
  expect(within(panel).queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  expect(variablesOf(api, 'Notifications')).toEqual([
    { first: 20, after: null },
    { first: 20, after: 'c-20' },
  ]);
});

test('the open list is read again whenever the count is answered, even unchanged; a closed panel reads nothing', async () => {
  let rows = [notificationRow()];
  const api = bellApi({ Notifications: () => ({ data: notificationPage(rows) }) });
  const panel = await openPanel(api, 1);
  await within(panel).findByRole('link', { name: /PH-2026-0001/ });

  rows = [{ ...submittedElsewhere, read: false }, ...rows];
  emitCount(api, 2);
  expect(await within(panel).findByRole('link', { name: /PH-2026-0002/ })).toBeTruthy();
  expect(within(panel).getAllByRole('listitem')).toHaveLength(2);

  // another event grouped into an unread line: same count, updated line
  rows = [{ ...rows[1], count: 2 }, rows[0]];
  emitCount(api, 2);
  expect(await within(panel).findByText('2 cập nhật')).toBeTruthy();
  expect(within(panel).getAllByRole('listitem')[0].textContent).toMatch(/^Có trả lời/);
  expect(operationsNamed(api, 'Notifications')).toHaveLength(3);

  fireEvent.click(bell());
  emitCount(api, 3);
  expect(operationsNamed(api, 'Notifications')).toHaveLength(3);
});

test('the panel closes on Escape (focus back on the bell) and on a press outside it', async () => {
  const api = bellApi();
  const panel = await openPanel(api, 1);
  expect(document.activeElement).toBe(panel);

  fireEvent.keyDown(panel, { key: 'Escape' });
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(bell());
  expect(bell().getAttribute('aria-expanded')).toBe('false');

  fireEvent.click(bell());
  fireEvent.pointerDown(screen.getByRole('dialog'));
  expect(screen.getByRole('dialog')).toBeTruthy();
  fireEvent.pointerDown(screen.getByRole('main'));
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('no notifications: the panel says so and there is nothing to mark', async () => {
  const panel = await openPanel(bellApi({ Notifications: { data: notificationPage([]) } }), 0);

  expect(await within(panel).findByText('Không có thông báo')).toBeTruthy();
  expect(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).hasAttribute('disabled')).toBe(true);
});

test('a failed load shows a translated error and can be retried', async () => {
  let fail = true;
  const api = bellApi({
    Notifications: () => (fail ? graphQLError('SERVICE_UNAVAILABLE') : { data: notificationPage([notificationRow()]) }),
  });
  const panel = await openPanel(api, 1);

  expect((await within(panel).findByRole('alert')).textContent).toContain('Hệ thống tạm thời gián đoạn.');
  fail = false;
  fireEvent.click(within(panel).getByRole('button', { name: 'Thử lại' }));

  expect(await within(panel).findByRole('link', { name: /PH-2026-0001/ })).toBeTruthy();
});
