import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RequestDetail } from './requests.operations';
import { localityStaff, requestDetail, timelineEvent, tnmtLead } from '../../test-support/fixtures';
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

function pageApi(responders: Record<string, Responder>, me: CurrentUser = tnmtLead) {
  return createStubApi({ Me: { data: { me } }, RequestDetail: { data: { request: requestDetail() } }, ...responders });
}

const actionBar = () => screen.getByRole('region', { name: 'Thao tác' });
const actionButtons = () =>
  within(actionBar())
    .getAllByRole('button')
    .map((button) => button.textContent);

const responded: RequestDetail = requestDetail({
  status: 'RESPONDED',
  version: 4,
  allowedActions: ['COMMENT'],
  participants: requestDetail().participants.map((p) =>
    p.role === 'LEAD'
      ? { ...p, state: 'RESPONDED', reply: 'Sở đã rà soát xong 120 hồ sơ.', respondedAt: '2026-11-21T03:00:00.000Z' }
      : p,
  ),
  timeline: [...requestDetail().timeline, timelineEvent('13', 'RESPONDED', { note: 'Sở đã rà soát xong 120 hồ sơ.' })],
});

test('shows the request: code, title, status, due date, priority, domain, body and addressed agencies', async () => {
  renderApp(pageApi({}), '/requests/r-1');

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất' }),
  ).toBeTruthy();
  expect(screen.getByText('PH-2026-0001')).toBeTruthy();
  expect(screen.getByText('Đã gửi')).toBeTruthy();
  expect(screen.getByText('15/12/2026')).toBeTruthy();
  expect(screen.getByText('Cao')).toBeTruthy();
  expect(screen.getByText('Đất đai')).toBeTruthy();
  expect(screen.getByText('Đề nghị Sở phối hợp rà soát 120 hồ sơ tồn đọng.')).toBeTruthy();
  const participants = within(screen.getByRole('region', { name: 'Cơ quan được đề nghị' }));
  const rows = participants
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
  expect(rows).toEqual([
    ['Sở Tài nguyên và Môi trường', 'Chủ trì', 'Chờ tiếp nhận', '—', '—'],
    ['Sở Tài chính', 'Phối hợp', 'Chờ tiếp nhận', '—', '—'],
  ]);
  const timeline = within(screen.getByRole('region', { name: 'Diễn biến xử lý' }));
  expect(timeline.getByText('Tạo bản nháp')).toBeTruthy();
  expect(timeline.getByText('Gửi đề nghị')).toBeTruthy();
  expect(document.title).toBe('PH-2026-0001 · Liên thông');
});

test('an overdue request carries the overdue badge', async () => {
  renderApp(
    pageApi({ RequestDetail: { data: { request: requestDetail({ overdue: true, status: 'IN_PROGRESS' }) } } }),
    '/requests/r-1',
  );

  expect(await screen.findByText('Quá hạn')).toBeTruthy();
});

test('the action bar shows exactly the allowed actions', async () => {
  const { unmount } = renderApp(pageApi({}), '/requests/r-1');
  await screen.findByRole('region', { name: 'Thao tác' });
  expect(actionButtons()).toEqual(['Tiếp nhận', 'Phân công', 'Trả lời', 'Từ chối']);
  expect(screen.getByLabelText('Ý kiến của bạn')).toBeTruthy(); // COMMENT
  unmount();

  const asRequester = requestDetail({ status: 'RESPONDED', allowedActions: ['CLOSE', 'REOPEN', 'COMMENT'] });
  const { unmount: unmount2 } = renderApp(
    pageApi({ RequestDetail: { data: { request: asRequester } } }, localityStaff),
    '/requests/r-1',
  );
  await screen.findByRole('region', { name: 'Thao tác' });
  expect(actionButtons()).toEqual(['Đóng đề nghị', 'Mở lại']);
  unmount2();

  renderApp(
    pageApi({ RequestDetail: { data: { request: requestDetail({ status: 'CLOSED', allowedActions: [] }) } } }),
    '/requests/r-1',
  );
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('region', { name: 'Thao tác' })).toBeNull();
  expect(screen.queryByLabelText('Ý kiến của bạn')).toBeNull();
});

test('responding asks for the reply, sends it with the version on screen and re-renders from the answer', async () => {
  const api = pageApi({ RespondToRequest: { data: { respondToRequest: { request: responded } } } });
  renderApp(api, '/requests/r-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Trả lời' }));
  const panel = screen.getByRole('form', { name: 'Trả lời' });
  fireEvent.click(within(panel).getByRole('button', { name: 'Gửi trả lời' }));
  expect(within(panel).getByText('Vui lòng nhập nội dung.')).toBeTruthy();
  expect(operationNames(api)).not.toContain('RespondToRequest');

  fireEvent.change(within(panel).getByLabelText('Nội dung trả lời'), {
    target: { value: 'Sở đã rà soát xong 120 hồ sơ.' },
  });
  fireEvent.click(within(panel).getByRole('button', { name: 'Gửi trả lời' }));

  expect(await screen.findByText('Đã thực hiện: Trả lời.')).toBeTruthy();
  expect(operationsNamed(api, 'RespondToRequest')[0].variables).toEqual({
    input: { id: 'r-1', version: 3, text: 'Sở đã rà soát xong 120 hồ sơ.', idempotencyKey: 'RESPOND:r-1@3' },
  });
  expect(screen.getAllByText('Đã trả lời').length).toBeGreaterThan(0);
  expect(screen.queryByRole('form', { name: 'Trả lời' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Trả lời' })).toBeNull(); // no longer allowed
});

test('closing asks for confirmation before anything is sent', async () => {
  const asRequester = requestDetail({
    status: 'RESPONDED',
    version: 7,
    allowedActions: ['CLOSE', 'REOPEN', 'COMMENT'],
  });
  const closed = requestDetail({
    status: 'CLOSED',
    version: 8,
    allowedActions: ['COMMENT'],
    timeline: [...asRequester.timeline, timelineEvent('20', 'CLOSED')],
  });
  const api = pageApi(
    {
      RequestDetail: { data: { request: asRequester } },
      CloseRequest: { data: { closeRequest: { request: closed } } },
    },
    localityStaff,
  );
  renderApp(api, '/requests/r-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Đóng đề nghị' }));
  expect(operationNames(api)).not.toContain('CloseRequest');
  const panel = screen.getByRole('form', { name: 'Đóng đề nghị' });
  expect(within(panel).getByText(/Bạn có chắc chắn\?/)).toBeTruthy();
  fireEvent.click(within(panel).getByRole('button', { name: 'Xác nhận đóng' }));

  expect(await screen.findByText('Đã đóng')).toBeTruthy();
  expect(operationsNamed(api, 'CloseRequest')[0].variables).toEqual({
    input: { id: 'r-1', version: 7, text: null, idempotencyKey: 'CLOSE:r-1@7' },
  });
});

test("shows each agency's own state once the lead has answered, and warns before closing on agencies that have not", async () => {
  const api = pageApi(
    { RequestDetail: { data: { request: { ...responded, allowedActions: ['CLOSE', 'REOPEN', 'COMMENT'] } } } },
    localityStaff,
  );
  renderApp(api, '/requests/r-1');

  const participants = within(await screen.findByRole('region', { name: 'Cơ quan được đề nghị' }));
  expect(participants.getByText('Cơ quan chủ trì đã trả lời; 1 cơ quan phối hợp chưa trả lời.')).toBeTruthy();
  const states = participants
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent),
    );
  expect(states).toEqual([
    ['Sở Tài nguyên và Môi trường', 'Chủ trì', 'Đã trả lời'],
    ['Sở Tài chính', 'Phối hợp', 'Chờ tiếp nhận'],
  ]);

  fireEvent.click(screen.getByRole('button', { name: 'Đóng đề nghị' }));
  const panel = screen.getByRole('form', { name: 'Đóng đề nghị' });
  expect(within(panel).getByText('1 cơ quan chưa trả lời: Sở Tài chính. Vẫn đóng?')).toBeTruthy();
  expect(operationNames(api)).not.toContain('CloseRequest');
});

test('a stale version (CONFLICT) says someone else changed it and reloads the request', async () => {
  let current = requestDetail();
  const api = pageApi({
    RequestDetail: () => ({ data: { request: current } }),
    AcknowledgeRequest: () => {
      current = responded; // someone else answered meanwhile
      return graphQLError('CONFLICT');
    },
  });
  renderApp(api, '/requests/r-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Tiếp nhận' }));

  expect((await screen.findByRole('alert')).textContent).toBe(
    'Đề nghị vừa được người khác thay đổi. Trang đã tải lại nội dung mới nhất, vui lòng xem lại rồi thực hiện lại.',
  );
  expect(operationsNamed(api, 'AcknowledgeRequest')[0].variables).toEqual({
    input: { id: 'r-1', version: 3, idempotencyKey: 'ACKNOWLEDGE:r-1@3' },
  });
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Tiếp nhận' })).toBeNull());
  expect(operationsNamed(api, 'RequestDetail').at(-1)?.context.requestPolicy).toBe('network-only');
  expect(screen.getByText('Sở đã rà soát xong 120 hồ sơ.', { selector: 'td' })).toBeTruthy();
});

test('INVALID_TRANSITION and FORBIDDEN are explained, not crashed on', async () => {
  const api = pageApi({
    AcknowledgeRequest: graphQLError('INVALID_TRANSITION'),
    DeclineRequest: graphQLError('FORBIDDEN'),
  });
  renderApp(api, '/requests/r-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Tiếp nhận' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Thao tác không còn phù hợp');

  fireEvent.click(screen.getByRole('button', { name: 'Từ chối' }));
  const panel = screen.getByRole('form', { name: 'Từ chối' });
  fireEvent.change(within(panel).getByLabelText('Lý do từ chối'), { target: { value: 'Không thuộc thẩm quyền.' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Xác nhận từ chối' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Bạn không có quyền thực hiện thao tác này.');
  expect(screen.getByRole('form', { name: 'Từ chối' })).toBeTruthy(); // the reason is kept
});

test('assigning offers the officials of the viewer’s own agency', async () => {
  const members = [
    { id: 'u-1', fullName: 'Phạm Thu Hà', title: 'Chuyên viên', role: 'STAFF', actingRole: 'STAFF' },
    { id: 'u-2', fullName: 'Trần Văn Hùng', title: 'Giám đốc Sở', role: 'LEAD', actingRole: 'LEAD' },
  ];
  const api = pageApi({
    AgencyMembers: { data: { agency: { id: 'a-tnmt', members } } },
    AssignRequest: { data: { assignRequest: { request: requestDetail({ version: 4 }) } } },
  });
  renderApp(api, '/requests/r-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Phân công' }));
  const select = await screen.findByLabelText('Cán bộ xử lý');
  fireEvent.change(select, { target: { value: 'u-1' } });
  fireEvent.click(within(screen.getByRole('form', { name: 'Phân công' })).getByRole('button', { name: 'Phân công' }));

  await screen.findByText('Đã thực hiện: Phân công.');
  expect(operationsNamed(api, 'AgencyMembers')[0].variables).toEqual({ id: 'a-tnmt' });
  expect(operationsNamed(api, 'AssignRequest')[0].variables).toEqual({
    input: { id: 'r-1', version: 3, assigneeId: 'u-1', idempotencyKey: 'ASSIGN:r-1@3' },
  });
});

function emitChange(api: StubApi, request: RequestDetail, eventId: string, type: string) {
  act(() => api.emit('RequestChanged', { data: { requestChanged: { event: { id: eventId, type }, request } } }));
}

test('live: a stream the server ended as SERVICE_UNAVAILABLE resumes after the last event handled', async () => {
  const api = pageApi({});
  renderApp(api, '/requests/r-1');
  await screen.findByRole('button', { name: 'Trả lời' });
  emitChange(api, responded, '13', 'RESPONDED');
  expect(await screen.findByText('Vừa cập nhật: Trả lời đề nghị')).toBeTruthy();

  jest.useFakeTimers();
  try {
    const sent = operationsNamed(api, 'RequestChanged').length;
    act(() =>
      api.emit('RequestChanged', {
        errors: [
          {
            message: 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      }),
    );
    act(() => jest.advanceTimersByTime(2000));
    expect(
      operationsNamed(api, 'RequestChanged')
        .slice(sent)
        .map((operation) => operation.variables),
    ).toEqual([{ id: 'r-1', after: '13' }]);
  } finally {
    jest.useRealTimers();
  }
});

test('live: subscribes after the newest event on screen and shows a change without reloading', async () => {
  const api = pageApi({});
  renderApp(api, '/requests/r-1');
  await screen.findByRole('button', { name: 'Trả lời' });
  expect(operationsNamed(api, 'RequestChanged').map((operation) => operation.variables)).toEqual([
    { id: 'r-1', after: '12' },
  ]);

  emitChange(api, responded, '13', 'RESPONDED');

  expect(await screen.findByText('Vừa cập nhật: Trả lời đề nghị')).toBeTruthy();
  expect(within(screen.getByRole('region', { name: 'Cơ quan được đề nghị' })).getByText('Đã trả lời')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Trả lời' })).toBeNull();
  const reloads = operationsNamed(api, 'RequestDetail').filter(
    (operation) => operation.context.requestPolicy === 'network-only',
  );
  expect(reloads).toHaveLength(0); // the event carried the request

  emitChange(api, requestDetail(), '12', 'SUBMITTED'); // a late replay never rolls the page back
  expect(screen.queryByRole('button', { name: 'Trả lời' })).toBeNull();

  act(() => api.reconnect());
  expect(operationsNamed(api, 'RequestChanged').at(-1)?.variables).toEqual({ id: 'r-1', after: '13' });
});

test('comments are posted without a version and the thread re-renders from the answer', async () => {
  const withComment = requestDetail({
    comments: [
      {
        __typename: 'RequestComment',
        id: 'c-1',
        body: 'Đề nghị bổ sung danh sách hồ sơ.',
        createdAt: '2026-11-21T01:00:00.000Z',
        author: { __typename: 'UserSummary', id: 'u-tnmt-lead', fullName: 'Nguyễn Văn Hùng' },
        agency: { __typename: 'AgencySummary', id: 'a-tnmt', shortName: 'Sở TN&MT' },
      },
    ],
    timeline: [...requestDetail().timeline, timelineEvent('13', 'COMMENTED')],
  });
  const api = pageApi({ CommentOnRequest: { data: { commentOnRequest: { request: withComment } } } });
  renderApp(api, '/requests/r-1');

  fireEvent.change(await screen.findByLabelText('Ý kiến của bạn'), {
    target: { value: 'Đề nghị bổ sung danh sách hồ sơ.' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));

  expect(await screen.findByText('Đề nghị bổ sung danh sách hồ sơ.', { selector: '.comment__body' })).toBeTruthy();
  expect(operationsNamed(api, 'CommentOnRequest')[0].variables).toEqual({
    input: { id: 'r-1', body: 'Đề nghị bổ sung danh sách hồ sơ.', idempotencyKey: 'COMMENT:r-1@3' },
  });
  expect((screen.getByLabelText('Ý kiến của bạn') as HTMLTextAreaElement).value).toBe('');
});

test('an unknown or unreadable request shows NOT_FOUND', async () => {
  renderApp(pageApi({ RequestDetail: graphQLError('NOT_FOUND') }), '/requests/nope');

  expect((await screen.findByRole('alert')).textContent).toBe('Không tìm thấy dữ liệu được yêu cầu.');
});
