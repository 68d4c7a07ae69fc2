import { fireEvent, screen, within } from '@testing-library/react';
import type { AdminUsersQuery } from '../../gql/graphql';
import { agencyPage, capabilities, provinceAgencies, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationNames,
  variablesSent,
  type Responder,
} from '../../test-support/stub-api';
import type { AdminUserRow } from './admin.operations';

beforeEach(() => localStorage.clear());

const admin = {
  ...tnmtLead,
  id: 'u-admin',
  username: 'admin',
  fullName: 'Quản trị hệ thống',
  role: 'ADMIN' as const,
  capabilities: capabilities.admin,
};

const userRow = (over: Partial<AdminUserRow> = {}): AdminUserRow => ({
  __typename: 'User',
  id: 'u-ha',
  version: 3,
  username: 'stnmt.staff',
  fullName: 'Phạm Thu Hà',
  title: 'Chuyên viên',
  role: 'STAFF',
  active: true,
  awaitingConfirmation: false,
  mustChangePassword: false,
  agency: { __typename: 'Agency', id: 'a-tnmt', shortName: 'Sở TN&MT', name: 'Sở Tài nguyên và Môi trường' },
  ...over,
});

const usersPage = (rows: AdminUserRow[], hasNextPage = false): { data: AdminUsersQuery } => ({
  data: {
    users: {
      __typename: 'UserConnection',
      edges: rows.map((node) => ({ __typename: 'UserEdge', node })),
      pageInfo: { __typename: 'PageInfo', endCursor: rows.at(-1)?.username ?? null, hasNextPage },
    },
  },
});

function adminApi(extra: Record<string, Responder> = {}) {
  return createStubApi({
    Me: { data: { me: admin } },
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    AdminUsers: usersPage([userRow()]),
    ...extra,
  });
}

test('the administration is not in the menu of an official without the capability', async () => {
  renderApp(
    createStubApi({ Me: { data: { me: tnmtLead } }, AgencyDirectory: { data: agencyPage([], null, false) } }),
    '/agencies',
  );
  await screen.findByRole('navigation', { name: 'Điều hướng chính' });
  expect(screen.queryByRole('link', { name: 'Quản trị' })).toBeNull();
});

test('creating a user shows the one-time password once, with a copy button', async () => {
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.assign(navigator, { clipboard: { writeText } });
  const api = adminApi({
    CreateUser: {
      data: {
        createUser: {
          __typename: 'CreateUserPayload',
          oneTimePassword: 'abcde-fghjk-mnpqr-stuvw',
          user: userRow({ id: 'u-new', username: 'stnmt.moi', fullName: 'Nguyễn Mới', mustChangePassword: true }),
        },
      },
    },
  });
  renderApp(api, '/');
  fireEvent.click(await screen.findByRole('link', { name: 'Quản trị' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Thêm người dùng' }));

  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
  expect(screen.getAllByText('Trường này là bắt buộc.').length).toBeGreaterThan(0);
  expect(operationNames(api)).not.toContain('CreateUser');

  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: 'stnmt.moi' } });
  fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Nguyễn Mới' } });
  fireEvent.change(screen.getByLabelText('Chức vụ'), { target: { value: 'Chuyên viên' } });
  fireEvent.change(screen.getByLabelText('Cơ quan', { selector: 'select#new-user-agency' }), {
    target: { value: 'a-tnmt' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

  const notice = await screen.findByRole('status', { name: 'Mật khẩu dùng một lần của stnmt.moi' });
  expect(within(notice).getByText('abcde-fghjk-mnpqr-stuvw')).toBeTruthy();
  expect(variablesSent(api, 'CreateUser')).toEqual([
    {
      input: { username: 'stnmt.moi', fullName: 'Nguyễn Mới', title: 'Chuyên viên', role: 'STAFF', agencyId: 'a-tnmt' },
    },
  ]);
  fireEvent.click(within(notice).getByRole('button', { name: 'Sao chép' }));
  expect(await within(notice).findByRole('button', { name: 'Đã sao chép' })).toBeTruthy();
  expect(writeText).toHaveBeenCalledWith('abcde-fghjk-mnpqr-stuvw');

  fireEvent.click(within(notice).getByRole('button', { name: 'Tôi đã ghi lại' }));
  expect(screen.queryByText('abcde-fghjk-mnpqr-stuvw')).toBeNull();
});

test('a taken username is shown on its field, as the server words it', async () => {
  const api = adminApi({
    CreateUser: graphQLError('BAD_USER_INPUT', {
      fields: [{ field: 'username', code: 'TAKEN', message: 'Tên đăng nhập đã được dùng.' }],
    }),
  });
  renderApp(api, '/admin');
  fireEvent.click(await screen.findByRole('button', { name: 'Thêm người dùng' }));
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: 'stnmt.staff' } });
  fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Trùng Tên' } });
  fireEvent.change(screen.getByLabelText('Chức vụ'), { target: { value: 'Chuyên viên' } });
  fireEvent.change(screen.getByLabelText('Cơ quan', { selector: 'select#new-user-agency' }), {
    target: { value: 'a-tnmt' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
  expect(await screen.findByText('Tên đăng nhập đã được dùng.')).toBeTruthy();
});

test('disabling asks first, then sends setUserActive; a reset shows the new one-time password', async () => {
  const api = adminApi({
    SetUserActive: { data: { setUserActive: userRow({ active: false, version: 4 }) } },
    ResetPassword: {
      data: {
        resetPassword: {
          __typename: 'ResetPasswordPayload',
          oneTimePassword: 'zzzzz-yyyyy-xxxxx-wwwww',
          user: userRow({ mustChangePassword: true }),
        },
      },
    },
  });
  renderApp(api, '/admin');
  const actions = await screen.findByRole('group', { name: 'Thao tác với Phạm Thu Hà' });
  fireEvent.click(within(actions).getByRole('button', { name: 'Khóa' }));
  expect(screen.getByText(/Khóa tài khoản Phạm Thu Hà\?/)).toBeTruthy();
  expect(operationNames(api)).not.toContain('SetUserActive');
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
  expect(await screen.findByText('Đã lưu thay đổi.')).toBeTruthy();
  expect(variablesSent(api, 'SetUserActive')).toEqual([{ input: { userId: 'u-ha', active: false } }]);

  fireEvent.click(screen.getByRole('button', { name: 'Đặt lại mật khẩu' }));
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
  expect(await screen.findByText('zzzzz-yyyyy-xxxxx-wwwww')).toBeTruthy();
});

test('editing sends the version read; a conflict is said above the form', async () => {
  const api = adminApi({ UpdateUser: graphQLError('CONFLICT') });
  renderApp(api, '/admin');
  const actions = await screen.findByRole('group', { name: 'Thao tác với Phạm Thu Hà' });
  fireEvent.click(within(actions).getByRole('button', { name: 'Sửa' }));
  expect(screen.getByText('Đổi vai trò hoặc cơ quan sẽ kết thúc mọi phiên đăng nhập của người này.')).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Vai trò', { selector: 'select#edit-user-role' }), {
    target: { value: 'LEAD' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
  expect(await screen.findByText('Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.')).toBeTruthy();
  expect(variablesSent(api, 'UpdateUser')).toEqual([
    { input: { id: 'u-ha', version: 3, title: 'Chuyên viên', role: 'LEAD', agencyId: 'a-tnmt' } },
  ]);
});
