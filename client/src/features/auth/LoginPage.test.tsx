import { act, fireEvent, screen, within } from '@testing-library/react';
import { tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, operationNames, type Responder } from '../../test-support/stub-api';

function signedOutApi(login: Responder) {
  return createStubApi({ Me: { data: { me: null } }, Login: login });
}

function fillIn(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submit(username: string, password: string) {
  fillIn('Tên đăng nhập', username);
  fillIn('Mật khẩu', password);
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

beforeEach(() => localStorage.clear());

test('checks required fields in the browser before calling the server', async () => {
  const api = signedOutApi({ data: null });
  renderApp(api, '/login');

  fireEvent.click(await screen.findByRole('button', { name: 'Đăng nhập' }));

  expect(screen.getByText('Vui lòng nhập tên đăng nhập.')).toBeTruthy();
  expect(screen.getByText('Vui lòng nhập mật khẩu.')).toBeTruthy();
  expect(screen.getByLabelText('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
  expect(document.activeElement).toBe(screen.getByLabelText('Tên đăng nhập'));
  expect(operationNames(api)).not.toContain('Login');
});

test('shows its own message for UNAUTHENTICATED, not the server text', async () => {
  renderApp(signedOutApi(graphQLError('UNAUTHENTICATED')), '/login');

  await submit('tnmt.lanhdao', 'sai-mat-khau');

  expect((await screen.findByRole('alert')).textContent).toBe('Sai tên đăng nhập hoặc mật khẩu.');
  expect(screen.queryByText(/server text/)).toBeNull();
});

test('tells the user to wait when attempts are RATE_LIMITED', async () => {
  renderApp(signedOutApi(graphQLError('RATE_LIMITED')), '/login');

  await submit('tnmt.lanhdao', 'mat-khau');

  expect((await screen.findByRole('alert')).textContent).toBe(
    'Bạn đã thử quá nhiều lần. Vui lòng đợi ít phút rồi thử lại.',
  );
});

test('says how long to wait when the server gives retryAfter', async () => {
  renderApp(signedOutApi(graphQLError('RATE_LIMITED', { retryAfter: 8 })), '/login');
  await submit('stnmt.lead', 'mat-khau');
  expect((await screen.findByRole('alert')).textContent).toBe('Đăng nhập sai nhiều lần. Vui lòng thử lại sau 8 giây.');
});

test('counts a long wait in minutes', async () => {
  renderApp(signedOutApi(graphQLError('RATE_LIMITED', { retryAfter: 900 })), '/login');
  await submit('stnmt.lead', 'mat-khau');
  expect((await screen.findByRole('alert')).textContent).toBe('Đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.');
});

test('puts BAD_USER_INPUT field problems under their fields: the server’s words, else by code', async () => {
  const badInput = graphQLError('BAD_USER_INPUT', {
    fields: [
      { field: 'input.username', code: 'TOO_LONG', message: 'Tối đa 100 ký tự.' },
      { field: 'password', code: 'TOO_SHORT' },
    ],
  });
  renderApp(signedOutApi(badInput), '/login');

  await submit('x'.repeat(200), '1');

  const username = screen.getByLabelText('Tên đăng nhập');
  const usernameError = await screen.findByText('Tối đa 100 ký tự.');
  expect(username.getAttribute('aria-describedby')).toBe(usernameError.id);
  const password = screen.getByLabelText('Mật khẩu');
  expect(document.getElementById(password.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
    'Nội dung quá ngắn.',
  );
  expect(screen.queryByRole('alert')).toBeNull();
});

test('renders a keyed field problem in the user’s language, with its parameters', async () => {
  const badInput = graphQLError('BAD_USER_INPUT', {
    messageKey: 'error.invalidInput',
    fields: [
      {
        field: 'input.password',
        code: 'TOO_LONG',
        message: 'Tối đa 128 ký tự.',
        messageKey: 'field.tooLong',
        messageParams: { max: 128 },
      },
    ],
  });
  renderApp(signedOutApi(badInput), '/login');
  await submit('stnmt.lead', 'mat-khau');
  expect(await screen.findByText('Tối đa 128 ký tự.')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByText('At most 128 characters.')).toBeTruthy();
});

test('shows a loading button while signing in, then opens the page the user came from', async () => {
  let signedIn = false;
  let finishLogin: () => void = () => undefined;
  const api = createStubApi({
    Me: () => ({ data: { me: signedIn ? tnmtLead : null } }),
    Login: () =>
      new Promise((resolve) => {
        finishLogin = () => {
          signedIn = true;
          resolve({ data: { login: { expiresAt: '2030-01-01T00:00:00.000Z', user: { id: tnmtLead.id } } } });
        };
      }),
  });
  renderApp(api, '/tasks');

  await screen.findByRole('heading', { name: 'Đăng nhập' });
  await submit('tnmt.lanhdao', 'dung-mat-khau');

  const button = screen.getByRole('button', { name: 'Đang đăng nhập…' }) as HTMLButtonElement;
  expect(button.disabled).toBe(true);

  await act(async () => finishLogin());

  const main = await screen.findByRole('main');
  expect(within(main).getByRole('heading', { name: 'Nhiệm vụ' })).toBeTruthy();
  expect(api.clientsCreated()).toBe(2); // the anonymous client was replaced after sign-in
});
