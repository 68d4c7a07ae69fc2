import { fireEvent, screen, within } from '@testing-library/react';
import { tnmtLead } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';
import { createStubApi } from '../test-support/stub-api';
import { LOCALE_STORAGE_KEY, renderServerMessage, serverMessageLocale } from './i18n';

const api = () => createStubApi({ Me: { data: { me: tnmtLead } } });

beforeEach(() => localStorage.clear());

test('Vietnamese is the default language', async () => {
  renderApp(api(), '/tasks');

  expect(await screen.findByRole('button', { name: 'Đăng xuất' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('vi');
});

test('switching to English relabels the interface and is remembered', async () => {
  const { unmount } = renderApp(api(), '/tasks');

  fireEvent.click(await screen.findByRole('button', { name: 'English' }));

  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  expect(within(nav).getByRole('link', { name: 'Coordination requests' })).toBeTruthy();
  expect(within(nav).getByRole('link', { name: 'Agency directory' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  expect(screen.getByText('Lead')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  expect(document.documentElement.lang).toBe('en');
  expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

  unmount();
  renderApp(api(), '/tasks');
  expect(await screen.findByRole('button', { name: 'Sign out' })).toBeTruthy();
});

test('the login page can be switched too', async () => {
  renderApp(createStubApi({ Me: { data: { me: null } } }), '/login');

  fireEvent.click(await screen.findByRole('button', { name: 'English' }));

  expect(screen.getByLabelText('Username')).toBeTruthy();
  expect(screen.getByLabelText('Password')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
});

test('server messages render from the generated catalog in either language, names included, else as the server wrote them', () => {
  const notFound = { text: 'Không tìm thấy nhiệm vụ.', key: 'error.notFound', params: { what: 'task' } };
  expect(renderServerMessage('vi', notFound)).toBe('Không tìm thấy nhiệm vụ.');
  expect(renderServerMessage('en', notFound)).toBe('The task was not found.');
  expect(serverMessageLocale('en', notFound)).toBe('en');

  const refusal = { text: '…', key: 'request.refused.status', params: { action: 'SUBMIT', status: 'CLOSED' } };
  expect(renderServerMessage('en', refusal)).toBe('You cannot submit the request in its current status (CLOSED).');
  expect(renderServerMessage('vi', refusal)).toBe('Không thể gửi đề nghị ở trạng thái hiện tại (CLOSED).');

  const older = { text: 'Đề nghị phối hợp mới: PH-2026-0002', key: null };
  expect(renderServerMessage('en', older)).toBe('Đề nghị phối hợp mới: PH-2026-0002');
  expect(serverMessageLocale('en', older)).toBe('vi');
  expect(renderServerMessage('en', { text: 'Văn bản', key: 'not.yet.known' })).toBe('Văn bản');
});
