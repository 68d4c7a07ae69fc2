import { fireEvent, screen, within } from '@testing-library/react';
import { committeeLead, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationNames,
  operationsNamed,
  type Responder,
} from '../../test-support/stub-api';
import { directive, meetingDetail, meetingRow } from '../../test-support/task-fixtures';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

function pageApi(responders: Record<string, Responder> = {}, me: CurrentUser = committeeLead) {
  return createStubApi({ Me: { data: { me } }, MeetingDetail: { data: { meeting: meetingDetail() } }, ...responders });
}

const published = meetingDetail({
  status: 'PUBLISHED',
  conclusionCode: '12/TB-UBND',
  version: 3,
  allowedActions: [],
  publishedOn: '2023-04-03',
  publishedBy: { __typename: 'UserSummary', id: 'u-ubnd-lead', fullName: 'Lê Huyền', title: 'Phó Chủ tịch UBND tỉnh' },
  directives: meetingDetail().directives.map((d) =>
    d.kind === 'TASK' ? { ...d, taskId: 't-9' } : { ...d, requestId: 'r-9' },
  ),
});

test('the list shows sessions newest first, with chair, agency, status and notice number', async () => {
  const rows = [
    meetingRow({ id: 'm-2', title: 'Làm việc với UBND huyện A', heldOn: '2023-04-12' }),
    meetingRow({ status: 'PUBLISHED', conclusionCode: '12/TB-UBND' }),
  ];
  renderApp(
    createStubApi({
      Me: { data: { me: committeeLead } },
      MeetingList: {
        data: {
          meetings: {
            edges: rows.map((node) => ({ cursor: `c-${node.id}`, node })),
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        },
      },
    }),
    '/meetings',
  );

  const table = within(await screen.findByRole('table'));
  const [first, second] = table.getAllByRole('row').slice(1);
  expect(within(first).getByText('12/04/2023')).toBeTruthy();
  expect(within(first).getByText('Bản nháp')).toBeTruthy();
  expect(
    within(second)
      .getByRole('link', { name: 'Làm việc với Sở Tài nguyên và Môi trường về kết quả quý I/2023' })
      .getAttribute('href'),
  ).toBe('/meetings/m-1');
  expect(within(second).getByText('Lê Huyền')).toBeTruthy();
  expect(within(second).getByText('Sở TN&MT')).toBeTruthy();
  expect(within(second).getByText('Đã ban hành')).toBeTruthy();
  expect(within(second).getByText('12/TB-UBND')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Ghi nhận buổi làm việc' }).getAttribute('href')).toBe('/meetings/new');
});

test('a draft shows its directives; publishing asks first, then links each directive to the task or request it became', async () => {
  const api = pageApi({ PublishConclusion: { data: { publishConclusion: { meeting: published } } } });
  renderApp(api, '/meetings/m-1');

  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Làm việc với Sở Tài nguyên và Môi trường về kết quả quý I/2023',
    }),
  ).toBeTruthy();
  const directives = within(screen.getByRole('region', { name: 'Nội dung chỉ đạo' }));
  const [task, request] = directives.getAllByRole('row').slice(1);
  expect(within(task).getByText('Giao nhiệm vụ')).toBeTruthy();
  expect(within(task).getByText('Trọng tâm')).toBeTruthy();
  expect(within(task).getByText('Quý II/2023')).toBeTruthy();
  expect(within(request).getByText('Đề nghị phối hợp')).toBeTruthy();
  expect(within(request).getByText('Phối hợp: Sở Tài chính')).toBeTruthy();
  expect(directives.getAllByText('Tạo khi ban hành')).toHaveLength(2);

  const actions = within(screen.getByRole('region', { name: 'Thao tác' }));
  expect(actions.getByRole('link', { name: 'Sửa bản nháp' }).getAttribute('href')).toBe('/meetings/m-1/edit');
  fireEvent.click(actions.getByRole('button', { name: 'Ban hành thông báo kết luận' }));
  expect(actions.getByText(/Thông báo sẽ được cấp số/)).toBeTruthy();
  expect(operationNames(api)).not.toContain('PublishConclusion');
  fireEvent.click(actions.getByRole('button', { name: 'Xác nhận ban hành' }));

  expect(await screen.findByText('Đã ban hành Thông báo kết luận số 12/TB-UBND.')).toBeTruthy();
  expect(operationsNamed(api, 'PublishConclusion')[0].variables).toEqual({ input: { id: 'm-1', version: 2 } });
  expect(directives.getByRole('link', { name: 'Xem nhiệm vụ' }).getAttribute('href')).toBe('/tasks/t-9');
  expect(directives.getByRole('link', { name: 'Xem đề nghị' }).getAttribute('href')).toBe('/requests/r-9');
  expect(screen.queryByRole('button', { name: 'Ban hành thông báo kết luận' })).toBeNull();
  expect(screen.getAllByText('12/TB-UBND').length).toBeGreaterThan(0);
});

test('when publishing finds a directive no longer valid, it names the row and the field', async () => {
  const api = pageApi({
    MeetingDetail: { data: { meeting: meetingDetail({ directives: [directive(1), directive(2)] }) } },
    PublishConclusion: graphQLError('BAD_USER_INPUT', {
      fields: [{ field: 'directives.1.dueDate', code: 'INVALID_FORMAT' }],
    }),
  });
  renderApp(api, '/meetings/m-1');
  fireEvent.click(await screen.findByRole('button', { name: 'Ban hành thông báo kết luận' }));
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận ban hành' }));

  expect(
    await screen.findByText('Chưa ban hành được: một số nội dung chỉ đạo cần sửa lại trong bản nháp.'),
  ).toBeTruthy();
  expect(
    screen.getByText('Nội dung chỉ đạo 2 — Hạn: Hạn hoàn thành phải từ hôm nay trở đi và không trước ngày đầu quý.'),
  ).toBeTruthy();
});

test('an agency reads a published notice without actions', async () => {
  renderApp(pageApi({ MeetingDetail: { data: { meeting: published } } }, tnmtLead), '/meetings/m-1');
  expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Thao tác' })).toBeNull();
  expect(screen.getByText('03/04/2023')).toBeTruthy();
});

test('a published notice offers its PDF as a plain link; a draft has none', async () => {
  const { unmount } = renderApp(
    pageApi({ MeetingDetail: { data: { meeting: published } } }, tnmtLead),
    '/meetings/m-1',
  );
  const link = await screen.findByRole('link', { name: 'Tải PDF' });
  expect(link.getAttribute('href')).toBe('/documents/conclusions/m-1.pdf');
  expect(link.hasAttribute('download')).toBe(true);
  unmount();

  renderApp(pageApi(), '/meetings/m-1');
  expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
  expect(screen.queryByRole('link', { name: 'Tải PDF' })).toBeNull();
});
