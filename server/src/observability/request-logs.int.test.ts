import pg from 'pg';
import { createLogger } from './logger';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { waitFor } from '../test-support/wait-for';

type Line = Record<string, any>;

/**
 * What an operator gets from a user's report: the request id shown with the error leads to the
 * log lines of that request, including the full stack of the failure the user saw masked.
 */
describe('request ids in errors and logs', () => {
  let t: TestApp;
  const lines: Line[] = [];
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({
      logger: createLogger({
        level: 'info',
        destination: { write: (chunk: string) => void lines.push(JSON.parse(chunk) as Line) },
      }),
    });
    token = await t.login('stnmt.staff');
  });
  afterAll(() => t.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify(body),
    });

  it('logs a failing resolver as one JSON line with the request id and the stack; the client gets it masked with the same id', async () => {
    const admin = new pg.Client({ connectionString: t.database.url });
    await admin.connect();
    // a real failure under a resolver: its table is gone (SQL error, not an outage)
    await admin.query('alter table notifications rename to notifications_moved');
    let response: Response;
    try {
      response = await post(
        { query: 'query BellCount { unreadNotificationCount }' },
        { 'X-Request-Id': 'report-4711' },
      );
    } finally {
      await admin.query('alter table notifications_moved rename to notifications');
      await admin.end();
    }
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(response.headers.get('x-request-id')).toBe('report-4711');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Lỗi máy chủ nội bộ.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal', requestId: 'report-4711' },
      }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/notifications|relation|select/i);

    const failures = await waitFor(() => {
      const found = lines.filter((line) => line.err?.stack);
      return found.length > 0 ? found : undefined;
    }, 'the failure to be logged');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ level: 50, msg: 'unexpected error', requestId: 'report-4711' });
    expect(failures[0].err.stack).toMatch(/relation "notifications" does not exist[\s\S]*\n\s+at /);

    const operation = lines.find(
      (line) => line.msg.startsWith('graphql operation') && line.requestId === 'report-4711',
    );
    expect(operation).toMatchObject({
      operation: 'BellCount',
      type: 'query',
      userId: expect.any(String),
      agencyId: expect.any(String),
      durationMs: expect.any(Number),
      outcome: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('gives every GraphQL error the request id, generated when the caller sent none or an unsafe one', async () => {
    for (const header of [undefined, 'two words', 'x'.repeat(129), '<script>']) {
      const response = await post({ query: '{ nosuchfield }' }, header === undefined ? {} : { 'X-Request-Id': header });
      const id = response.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: id });
    }
    // refusals before GraphQL runs carry it too
    const malformed = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Request-Id': 'bad-json-1' },
      body: '{"query": ',
    });
    expect(((await malformed.json()) as { errors: { extensions: object }[] }).errors[0].extensions).toMatchObject({
      code: 'BAD_REQUEST',
      requestId: 'bad-json-1',
    });
  });

  it('gives each WebSocket operation its own request id, in its errors and its log line', async () => {
    const client = t.wsClient(token);
    const refusal = (extensions?: Record<string, unknown>) =>
      new Promise<{ extensions?: Record<string, unknown> }[]>((resolve) => {
        client.subscribe(
          { query: 'subscription Wrong { nosuchfield }', operationName: 'Wrong', extensions },
          { next: () => undefined, error: (errors) => resolve(errors as never), complete: () => undefined },
        );
      });
    const [given] = await refusal({ requestId: 'ws-op-1' });
    expect(given.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'ws-op-1' });
    const [generated] = await refusal();
    expect(generated.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.find((line) => line.requestId === 'ws-op-1')).toMatchObject({
      msg: 'graphql subscription',
      operation: 'Wrong',
      userId: expect.any(String),
      agencyId: expect.any(String),
      outcome: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('logs a subscription when it starts and when it ends, with its lifetime', async () => {
    const client = t.wsClient(token);
    const stop = client.subscribe(
      { query: 'subscription Feed { requestFeed { event { id } } }', extensions: { requestId: 'ws-live-1' } },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    const line = (msg: string) => lines.find((l) => l.requestId === 'ws-live-1' && l.msg === msg);
    expect(await waitFor(() => line('graphql subscription'), 'the subscribe line')).toMatchObject({
      operation: 'Feed',
      outcome: 'OK',
    });
    stop();
    expect(await waitFor(() => line('graphql subscription ended'), 'the end line')).toMatchObject({
      operation: 'Feed',
      userId: expect.any(String),
      agencyId: expect.any(String),
      durationMs: expect.any(Number),
    });
  });

  it('never logs a password or a session token', async () => {
    const login = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation SignIn($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { username: 'stc.staff', password: 'demo1234' } },
      }),
    });
    const { data } = (await login.json()) as { data: { login: { token: string } } };
    await post({ query: 'query Me { me { id } }' });
    const text = JSON.stringify(lines);
    expect(lines.some((line) => line.operation === 'SignIn' && line.outcome === 'OK')).toBe(true);
    expect(text).not.toContain(data.login.token);
    expect(text).not.toContain(token);
    expect(text).not.toContain('demo1234');
  });
});
