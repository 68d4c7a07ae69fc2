import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  WorkQueueItemFieldsFragment,
  WorkQueueProposalFeedSubscription,
  WorkQueueQuery,
  WorkQueueRequestFeedSubscription,
} from '../../gql/graphql';
import { tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationsNamed,
  type Responder,
  type StubApi,
} from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

const item = (
  overrides: Partial<WorkQueueItemFieldsFragment> & Pick<WorkQueueItemFieldsFragment, 'id' | 'kind'>,
): WorkQueueItemFieldsFragment => ({
  __typename: 'WorkItem',
  message: '',
  messageKey: null,
  messageParams: [],
  record: { __typename: 'WorkRecord', kind: overrides.kind, id: overrides.id.split(':')[1], code: null, title: '' },
  dueDate: null,
  overdue: false,
  dueSoon: false,
  since: '2026-12-01T02:00:00.000Z',
  path: null,
  ...overrides,
});

const params = (values: Record<string, string>) =>
  Object.entries(values).map(([name, value]) => ({ __typename: 'MessageParam' as const, name, value }));

const toAcknowledge = item({
  id: 'REQUEST:r-1',
  kind: 'REQUEST',
  message: 'Đề nghị của UBND huyện Tây Sơn chờ Sở TN&MT tiếp nhận.',
  messageKey: 'workQueue.request.acknowledge',
  messageParams: params({ from: 'UBND huyện Tây Sơn', unit: 'Sở TN&MT' }),
  record: {
    __typename: 'WorkRecord',
    kind: 'REQUEST',
    id: 'r-1',
    code: 'PH-2026-0003',
    title: 'Hướng dẫn cấp giấy chứng nhận tại xã Tây Bình',
  },
  dueDate: '2026-11-30',
  overdue: true,
  path: '/requests/r-1',
});

const toFinish = item({
  id: 'TASK:t-1',
  kind: 'TASK',
  message: 'Nhiệm vụ của Sở TN&MT còn 2 ngày đến hạn (08/12/2026).',
  messageKey: 'workQueue.task.dueSoon',
  messageParams: params({ days: '2', due: '08/12/2026', unit: 'Sở TN&MT' }),
  record: { __typename: 'WorkRecord', kind: 'TASK', id: 't-1', code: 'NV-2026-0007', title: 'Số hóa hồ sơ địa chính' },
  dueDate: '2026-12-08',
  dueSoon: true,
  path: '/tasks/t-1',
});

const unreadNotice = item({
  id: 'NOTIFICATION:n-1',
  kind: 'NOTIFICATION',
  message: 'Đề nghị phối hợp mới: PH-2026-0003 — Hướng dẫn cấp giấy chứng nhận tại xã Tây Bình',
  messageKey: 'request.submittedNotice',
  messageParams: params({ request: 'PH-2026-0003 — Hướng dẫn cấp giấy chứng nhận tại xã Tây Bình' }),
  record: { __typename: 'WorkRecord', kind: 'NOTIFICATION', id: 'n-1', code: null, title: 'Đề nghị phối hợp mới' },
  path: '/requests/r-1',
});

function queue(
  items: WorkQueueItemFieldsFragment[],
  counts: Partial<Record<'requests' | 'proposals' | 'tasks' | 'meetings' | 'notifications', number>> = {},
): { data: WorkQueueQuery } {
  const count = (kind: string) => items.filter((i) => i.kind === kind).length;
  const all = {
    requests: counts.requests ?? count('REQUEST'),
    proposals: counts.proposals ?? count('PROPOSAL'),
    tasks: counts.tasks ?? count('TASK'),
    meetings: counts.meetings ?? count('MEETING'),
    notifications: counts.notifications ?? count('NOTIFICATION'),
  };
  return {
    data: {
      workQueue: {
        __typename: 'WorkQueue',
        itemsPerSection: 20,
        counts: {
          __typename: 'WorkQueueCounts',
          ...all,
          total: all.requests + all.proposals + all.tasks + all.meetings,
        },
        items,
      },
    },
  };
}

function queueApi(workQueue: Responder, more: Record<string, Responder> = {}): StubApi {
  return createStubApi({
    Me: { data: { me: tnmtLead } },
    WorkQueueRequestCursor: { data: { requestEventCursor: '10' } },
    WorkQueueProposalCursor: { data: { proposalEventCursor: '11' } },
    WorkQueueTaskCursor: { data: { taskEventCursor: '12' } },
    WorkQueue: workQueue,
    ...more,
  });
}

const mainNav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });

test('signing in lands on the work queue: grouped items, each with its reason, deadline and link, and counts in the menu', async () => {
  const api = queueApi(queue([unreadNotice, toAcknowledge, toFinish], { requests: 23 }));
  renderApp(api, '/');

  expect(await screen.findByRole('heading', { level: 1, name: 'Việc cần xử lý' })).toBeTruthy();
  const requests = await screen.findByRole('region', { name: /^Đề nghị phối hợp/ });
  const link = within(requests).getByRole('link', { name: /Hướng dẫn cấp giấy chứng nhận tại xã Tây Bình/ });
  expect(link.getAttribute('href')).toBe('/requests/r-1');
  expect(within(requests).getByText('Đề nghị của UBND huyện Tây Sơn chờ Sở TN&MT tiếp nhận.')).toBeTruthy();
  expect(within(requests).getByText('Quá hạn')).toBeTruthy();
  expect(within(requests).getByText('Hạn 30/11/2026')).toBeTruthy();
  // 23 in all, one shown: the rest are in the requests section
  expect(within(requests).getByRole('link', { name: 'Còn 22 việc khác — xem tất cả' }).getAttribute('href')).toBe(
    '/requests',
  );

  const tasks = screen.getByRole('region', { name: /^Nhiệm vụ/ });
  expect(within(tasks).getByText('Sắp đến hạn')).toBeTruthy();
  expect(within(tasks).getByText('Nhiệm vụ của Sở TN&MT còn 2 ngày đến hạn (08/12/2026).')).toBeTruthy();

  // unread notifications come first, and the groups keep their order
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    'Thông báo chưa đọc1 thông báo',
    'Đề nghị phối hợp23 việc',
    'Nhiệm vụ1 việc',
  ]);

  // the menu's badges are read with their section
  expect(within(mainNav()).getByRole('link', { name: 'Đề nghị phối hợp 23 việc' })).toBeTruthy();
  expect(within(mainNav()).getByRole('link', { name: 'Nhiệm vụ 1 việc' })).toBeTruthy();
  expect(within(mainNav()).getByRole('link', { name: 'Việc cần xử lý 24 việc' }).getAttribute('aria-current')).toBe(
    'page',
  );
  expect(within(mainNav()).getByRole('link', { name: 'Đề xuất' })).toBeTruthy();
  expect(operationsNamed(api, 'WorkQueue')).toHaveLength(1);
});

test('reads the queue only once the feeds know where they start, each from its cursor', async () => {
  const api = queueApi(queue([toAcknowledge]));
  renderApp(api, '/work');

  await screen.findByRole('region', { name: /^Đề nghị phối hợp/ });
  const first = api.operations.findIndex(
    (operation) =>
      operation.kind === 'query' &&
      operation.query.definitions.some((d) => 'name' in d && d.name?.value === 'WorkQueue'),
  );
  const cursors = ['WorkQueueRequestCursor', 'WorkQueueProposalCursor', 'WorkQueueTaskCursor'].map((name) =>
    api.operations.indexOf(operationsNamed(api, name)[0]),
  );
  expect(Math.max(...cursors)).toBeLessThan(first);
  expect(operationsNamed(api, 'WorkQueueRequestFeed').map((operation) => operation.variables)).toEqual([
    { after: '10' },
  ]);
  expect(operationsNamed(api, 'WorkQueueProposalFeed').map((operation) => operation.variables)).toEqual([
    { after: '11' },
  ]);
  expect(operationsNamed(api, 'WorkQueueTaskFeed').map((operation) => operation.variables)).toEqual([{ after: '12' }]);
});

test('nothing to do: says so', async () => {
  renderApp(queueApi(queue([])), '/work');

  expect(await screen.findByText('Không có việc nào cần xử lý')).toBeTruthy();
  expect(within(mainNav()).getByRole('link', { name: 'Việc cần xử lý' })).toBeTruthy();
});

test('shows the loading state, then an error with a retry that reads again', async () => {
  // the server answers nothing until told, then refuses, then answers
  let mode: 'waiting' | 'ok' = 'waiting';
  const waiting: ((result: ReturnType<typeof graphQLError>) => void)[] = [];
  const api = queueApi(() =>
    mode === 'waiting' ? new Promise((resolve) => waiting.push(resolve)) : queue([toFinish]),
  );
  renderApp(api, '/work');

  expect(await screen.findByText('Đang tải việc cần xử lý…')).toBeTruthy();
  await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
  mode = 'ok';
  act(() => waiting.forEach((answer) => answer(graphQLError('SERVICE_UNAVAILABLE'))));
  expect((await screen.findByRole('alert')).textContent).toContain('Hệ thống tạm thời gián đoạn.');

  fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
  expect(await screen.findByRole('region', { name: /^Nhiệm vụ/ })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

test('live: a burst of request and proposal events reads the queue again once, from the server', async () => {
  let current = queue([toAcknowledge]);
  const api = queueApi(() => current);
  renderApp(api, '/work');
  await screen.findByRole('region', { name: /^Đề nghị phối hợp/ });
  expect(operationsNamed(api, 'WorkQueue')).toHaveLength(1);

  current = queue([toFinish]);
  const requestFeed: WorkQueueRequestFeedSubscription['requestFeed'] = {
    __typename: 'RequestEventPayload',
    event: { __typename: 'RequestEvent', id: '13' },
  };
  const proposalFeed: WorkQueueProposalFeedSubscription['proposalFeed'] = {
    __typename: 'ProposalEventPayload',
    event: { __typename: 'ProposalEvent', id: '14' },
  };
  act(() => {
    api.emit('WorkQueueRequestFeed', { data: { requestFeed } });
    api.emit('WorkQueueProposalFeed', { data: { proposalFeed } });
  });

  expect(await screen.findByRole('region', { name: /^Nhiệm vụ/ })).toBeTruthy();
  expect(screen.queryByRole('region', { name: /^Đề nghị phối hợp/ })).toBeNull();
  expect(operationsNamed(api, 'WorkQueue')).toHaveLength(2);
  expect(operationsNamed(api, 'WorkQueue')[1].context.requestPolicy).toBe('network-only');
  expect(within(mainNav()).getByRole('link', { name: 'Đề nghị phối hợp' })).toBeTruthy();
});

test('live: a new notification (a tick of the unread count after the first) reads the queue again', async () => {
  let current = queue([toAcknowledge]);
  const api = queueApi(() => current);
  renderApp(api, '/work');
  await screen.findByRole('region', { name: /^Đề nghị phối hợp/ });

  // the count the server sends on subscribe is not a change
  act(() => api.emit('WorkQueueNotificationTicks', { data: { notificationCountChanged: 0 } }));
  current = queue([unreadNotice, toAcknowledge]);
  act(() => api.emit('WorkQueueNotificationTicks', { data: { notificationCountChanged: 1 } }));

  expect(await screen.findByRole('region', { name: /^Thông báo chưa đọc/ })).toBeTruthy();
  expect(operationsNamed(api, 'WorkQueue')).toHaveLength(2);
});

test('opening an unread notification marks it read', async () => {
  const api = queueApi(queue([unreadNotice]), {
    WorkQueueMarkRead: {
      data: { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: 0 } },
    },
    RequestDetail: () => new Promise<never>(() => undefined),
  });
  renderApp(api, '/work');

  const notices = await screen.findByRole('region', { name: /^Thông báo chưa đọc/ });
  fireEvent.click(within(notices).getByRole('link', { name: /Đề nghị phối hợp mới: PH-2026-0003/ }));

  await waitFor(() =>
    expect(operationsNamed(api, 'WorkQueueMarkRead').map((operation) => operation.variables)).toEqual([
      { input: { ids: ['n-1'] } },
    ]),
  );
});
