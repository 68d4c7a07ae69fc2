import { fireEvent, screen } from '@testing-library/react';
import { agencyPage, provinceAgencies, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, operationNames, variablesSent } from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

const given = { ...tnmtLead, mustChangePassword: true };

test('an official with a one-time password is kept on the change-password page until it is changed', async () => {
  let changed = false;
  const api = createStubApi({
    Me: () => ({ data: { me: changed ? tnmtLead : given } }),
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    ChangePassword: ({ input }) => {
      const { newPassword } = input as { newPassword: string };
      if (newPassword.length < 10)
        return graphQLError('BAD_USER_INPUT', {
          fields: [{ field: 'newPassword', code: 'TOO_SHORT', message: 'Mật khẩu cần ít nhất 10 ký tự.' }],
        });
      changed = true;
      return { data: { changePassword: { __typename: 'LoginPayload', expiresAt: '2026-12-07T00:00:00.000Z' } } };
    },
  });
  renderApp(api, '/requests');

  expect(await screen.findByRole('heading', { name: 'Đổi mật khẩu' })).toBeTruthy();
  expect(screen.getByText(/Bạn đang dùng mật khẩu do quản trị viên cấp/)).toBeTruthy();
  expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).toBeNull();

  fireEvent.change(screen.getByLabelText('Mật khẩu hiện tại'), { target: { value: 'abcde-fghjk-mnpqr-stuvw' } });
  fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: 'ngan' } });
  fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'khac' } });
  fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
  expect(screen.getByText('Hai mật khẩu mới không giống nhau.')).toBeTruthy();
  expect(operationNames(api)).not.toContain('ChangePassword');

  fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'ngan' } });
  fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
  expect(await screen.findByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();

  const clients = api.clientsCreated();
  for (const label of ['Mật khẩu mới', 'Nhập lại mật khẩu mới'])
    fireEvent.change(screen.getByLabelText(label), { target: { value: 'đồng lúa xanh mướt 2026' } });
  fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

  // a fresh API client (the old session ended), then the app
  expect(await screen.findByRole('navigation', { name: 'Điều hướng chính' })).toBeTruthy();
  expect(api.clientsCreated()).toBe(clients + 1);
  expect(variablesSent(api, 'ChangePassword').at(-1)).toEqual({
    input: { currentPassword: 'abcde-fghjk-mnpqr-stuvw', newPassword: 'đồng lúa xanh mướt 2026' },
  });
});
