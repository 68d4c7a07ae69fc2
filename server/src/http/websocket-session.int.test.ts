import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { waitFor } from '../test-support/wait-for';

const COUNT = 'subscription { notificationCountChanged }';

/** A socket of `token`'s session, with what it received and how it closed. */
function watchSocket(t: TestApp, token: string) {
  const client = t.wsClient(token);
  const seen = {
    connected: false,
    closedWith: undefined as number | undefined,
    results: [] as unknown[],
    errors: [] as unknown[],
  };
  client.on('connected', () => (seen.connected = true));
  client.on('closed', (event) => (seen.closedWith ??= (event as { code: number }).code));
  const subscribe = () =>
    client.subscribe(
      { query: COUNT },
      { next: (value) => seen.results.push(value), error: (error) => seen.errors.push(error), complete: () => {} },
    );
  return { seen, subscribe };
}

describe('a WebSocket and its session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  /** Moves the session's end in the database (as time passing would), by its token. */
  const setExpiry = (token: string, sql: string) =>
    t.app.orm.em
      .fork()
      .getConnection()
      .execute(`update sessions set expires_at = ${sql} where token_hash = ?`, [
        createHash('sha256').update(token).digest('hex'),
      ]);

  it('is closed with 4401 when the session expires', async () => {
    const token = await t.login('stnmt.staff');
    await setExpiry(token, `now() + interval '1500 milliseconds'`);
    const socket = watchSocket(t, token);
    socket.subscribe();
    await waitFor(() => (socket.seen.connected ? true : undefined), 'the socket to connect');
    expect(await waitFor(() => socket.seen.closedWith, 'the socket to close at expiry', 5000)).toBe(4401);
    // the session is over for HTTP too
    expect((await t.gql('{ me { id } }', {}, token)).data!.me).toBeNull();
  });

  it('refuses a subscribe once the session has ended, and closes the socket', async () => {
    const token = await t.login('stc.staff');
    const socket = watchSocket(t, token);
    socket.subscribe();
    await waitFor(() => (socket.seen.results.length > 0 ? true : undefined), 'the first subscription to answer');

    await setExpiry(token, `now() - interval '1 second'`); // ended behind the socket's back
    socket.subscribe();
    expect(await waitFor(() => socket.seen.closedWith, 'the socket to close')).toBe(4401);
    const [refusal] = socket.seen.errors as { message: string; extensions: { code: string } }[][];
    expect(refusal).toEqual([
      expect.objectContaining({
        message: 'Phiên đăng nhập đã hết hạn, hãy đăng nhập lại.',
        extensions: { code: 'UNAUTHENTICATED', messageKey: 'api.sessionExpired', requestId: expect.any(String) },
      }),
    ]);
    expect(socket.seen.results).toHaveLength(1);
  });

  it('cannot connect with an expired session', async () => {
    const token = await t.login('snv.staff');
    await setExpiry(token, `now() - interval '1 second'`);
    const socket = watchSocket(t, token);
    socket.subscribe();
    expect(await waitFor(() => socket.seen.closedWith, 'the socket to be refused')).toBe(4403);
    expect(socket.seen.connected).toBe(false);
  });
});
