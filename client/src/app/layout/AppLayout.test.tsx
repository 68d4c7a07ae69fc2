import { fireEvent, screen, within } from '@testing-library/react';
import { tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, operationNames } from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

function signedInApi() {
  let signedIn = true;
  return createStubApi({
    Me: () => ({ data: { me: signedIn ? tnmtLead : null } }),
    Logout: () => {
      signedIn = false;
      return { data: { logout: true } };
    },
  });
}

test('the header shows who is signed in, for which agency and in which role', async () => {
  renderApp(signedInApi(), '/dashboard');

  const account = await screen.findByRole('region', { name: 'Tài khoản' });
  expect(within(account).getByText('Nguyễn Văn Hùng')).toBeTruthy();
  expect(within(account).getByText('Sở Tài nguyên và Môi trường')).toBeTruthy();
  expect(within(account).getByText('Lãnh đạo')).toBeTruthy();
  expect(screen.getByText('Liên thông')).toBeTruthy();
});

test('navigation lists every section and marks the current one', async () => {
  renderApp(signedInApi(), '/tasks');

  const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
  expect(
    within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual([
    'Việc cần xử lý',
    'Tổng quan',
    'Đề nghị phối hợp',
    'Đề xuất',
    'Quyết định',
    'Nhiệm vụ',
    'Kết luận',
    'Danh bạ cơ quan',
  ]);
  expect(within(nav).getByRole('link', { name: 'Nhiệm vụ' }).getAttribute('aria-current')).toBe('page');
  expect(await within(screen.getByRole('main')).findByRole('heading', { level: 1, name: 'Nhiệm vụ' })).toBeTruthy();
  expect(document.title).toBe('Nhiệm vụ · Liên thông');
});

test('an unknown address inside the app shows a not-found page', async () => {
  renderApp(signedInApi(), '/khong-co');

  expect(await screen.findByText('Không tìm thấy trang')).toBeTruthy();
});

test('signing out ends the session, drops the client and returns to the login page', async () => {
  const api = signedInApi();
  renderApp(api, '/tasks');

  fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất' }));

  expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
  expect(operationNames(api)).toContain('Logout');
  expect(api.clientsCreated()).toBe(2);
});
