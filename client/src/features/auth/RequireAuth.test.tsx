import { screen } from '@testing-library/react';
import { tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError } from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

test('sends a visitor without a session to the login page', async () => {
  renderApp(createStubApi({ Me: { data: { me: null } } }), '/agencies');

  expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
  expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).toBeNull();
});

test('treats an expired session (UNAUTHENTICATED) as signed out', async () => {
  renderApp(createStubApi({ Me: graphQLError('UNAUTHENTICATED') }), '/tasks');

  expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
});

test('offers a retry when the session cannot be checked', async () => {
  renderApp(createStubApi({ Me: graphQLError('SERVICE_UNAVAILABLE') }), '/agencies');

  expect((await screen.findByRole('alert')).textContent).toContain('Hệ thống tạm thời gián đoạn.');
  expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
});

test('a signed-in user who opens /login goes straight to the work queue', async () => {
  const queueStillLoading = () => new Promise<never>(() => undefined);
  renderApp(createStubApi({ Me: { data: { me: tnmtLead } }, WorkQueue: queueStillLoading }), '/login');

  expect(await screen.findByRole('heading', { name: 'Việc cần xử lý' })).toBeTruthy();
});
