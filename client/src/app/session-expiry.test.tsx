import { fireEvent, screen } from '@testing-library/react';
import { tnmtLead } from '../test-support/fixtures';
import { meetingRow } from '../test-support/task-fixtures';
import { renderApp } from '../test-support/render-app';
import { createStubApi, graphQLError, operationsNamed } from '../test-support/stub-api';

beforeEach(() => localStorage.clear());

/** A server whose session ends when the test says so, and starts again on signing in. */
function expiringServer() {
  // endsAfterMe: the cookie dies between the check of `me` and the next read
  const session = { alive: true, endsAfterMe: false };
  const api = createStubApi({
    Me: () => {
      const me = session.alive ? tnmtLead : null;
      if (session.endsAfterMe) Object.assign(session, { alive: false, endsAfterMe: false });
      return { data: { me } };
    },
    MeetingList: () =>
      session.alive
        ? {
            data: {
              meetings: {
                edges: [{ cursor: 'c-m-1', node: meetingRow() }],
                pageInfo: { endCursor: null, hasNextPage: false },
              },
            },
          }
        : graphQLError('UNAUTHENTICATED'),
    Login: () => {
      session.alive = true;
      return { data: { login: { expiresAt: '2026-12-07T00:00:00.000Z', user: { id: tnmtLead.id } } } };
    },
  });
  return { api, session };
}

async function signIn() {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: 'tnmt.lanhdao' } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'secret' } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

test('an UNAUTHENTICATED answer over HTTP opens the login page instead of an empty list, and signing in returns to the page', async () => {
  const { api, session } = expiringServer();
  session.endsAfterMe = true;
  renderApp(api, '/meetings?from=menu');

  expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
  expect(screen.queryByText('Chưa có buổi làm việc nào')).toBeNull();
  expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).toBeNull();

  await signIn();
  expect(await screen.findByRole('heading', { name: 'Buổi làm việc và thông báo kết luận' })).toBeTruthy();
  expect(await screen.findByText(meetingRow().title)).toBeTruthy();
  expect(operationsNamed(api, 'Login')).toHaveLength(1);
});

test('an UNAUTHENTICATED error on the socket (a subscription ended by the server) opens the login page too', async () => {
  const { api, session } = expiringServer();
  renderApp(api, '/meetings');
  expect(await screen.findByText(meetingRow().title)).toBeTruthy();
  await screen.findByRole('navigation', { name: 'Điều hướng chính' });

  session.alive = false;
  api.emit('NotificationCountChanged', graphQLError('UNAUTHENTICATED'));

  expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
  await signIn();
  expect(await screen.findByText(meetingRow().title)).toBeTruthy();
});

test('a wrong password (also UNAUTHENTICATED) stays on the form with its message', async () => {
  const api = createStubApi({ Me: { data: { me: null } }, Login: graphQLError('UNAUTHENTICATED') });
  renderApp(api, '/login');
  await screen.findByRole('heading', { name: 'Đăng nhập' });

  await signIn();
  expect((await screen.findByRole('alert')).textContent).toBeTruthy();
  expect(api.clientsCreated()).toBe(1);
});
