import { randomUUID } from 'node:crypto';
import { createApp, type App } from '../app';
import { createLogger } from '../observability/logger';
import { startTestApp, testConfig, type TestApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';

/** The inbox page the reads benchmark measures (bench/src/lib/queries.ts INBOX). */
const INBOX = `
query Inbox($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {
  requests(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node {
      id code title domain status priority dueDate overdue lastActivityAt allowedActions
      requestingAgency { id name shortName }
      leadAgency { id name shortName }
      participants { agency { id name shortName } role state }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const INBOX_VARIABLES = { filter: { box: 'INBOX' }, sort: 'LAST_ACTIVITY', first: 50 };

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[] };
}

/** Without the request id, which differs per request by design. */
const withoutRequestIds = (body: Answer['body']) => ({
  ...body,
  errors: body.errors?.map(({ extensions, ...rest }) => {
    const { requestId, ...others } = extensions ?? {};
    expect(typeof requestId).toBe('string');
    return { ...rest, extensions: others };
  }),
});

describe('compiled execution: queries answer exactly as graphql-js answers them', () => {
  let database: TestDatabase;
  let compiled: App;
  let compiledUrl: string;
  let plain: TestApp;
  const paths: string[] = [];
  let staff: string;

  const post = async (url: string, query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };
  /** The same request to both servers. */
  const both = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const before = paths.length;
    const fast = await post(compiledUrl, query, variables, token);
    const slow = await post(plain.url, query, variables, token);
    return { fast, slow, path: paths.slice(before) };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    compiled = await createApp({
      config: testConfig({ compiledExecution: true, demoRequests: true }),
      databaseUrl: database.url,
      logger: createLogger({ level: 'silent' }),
      onExecution: (path) => paths.push(path),
    });
    compiledUrl = await compiled.listen(0, '127.0.0.1');
    plain = await startTestApp({ database, config: { compiledExecution: false } });
    staff = await plain.login('stnmt.staff');
  });
  afterAll(async () => {
    await plain?.stop();
    await compiled?.stop();
    await database?.drop();
  });

  it('serves the inbox page through the compiled plan from its second use, with the same data as graphql-js', async () => {
    // first use: graphql-js (a document seen once is not worth compiling)
    const first = await both(INBOX, INBOX_VARIABLES, staff);
    expect(first.path).toEqual(['graphql-js']);
    const { fast, slow, path } = await both(INBOX, INBOX_VARIABLES, staff);
    expect(path).toEqual(['compiled']);
    expect(fast).toEqual(first.fast);
    expect(fast.status).toBe(200);
    expect(fast.body.errors).toBeUndefined();
    const edges = (fast.body.data as { requests: { edges: unknown[] } }).requests.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(fast).toEqual(slow);
    // the plan is reused: the same document again is still compiled, and still equal
    const again = await both(INBOX, INBOX_VARIABLES, staff);
    expect(again.path).toEqual(['compiled']);
    expect(again.fast).toEqual(fast);
  });

  it('formats a resolver refusal like graphql-js: same code, message, path (and a request id)', async () => {
    const query = `query($id: ID!) { request(id: $id) { id title } }`;
    await both(query, { id: randomUUID() }, staff);
    const { fast, slow, path } = await both(query, { id: randomUUID() }, staff);
    expect(path).toEqual(['compiled']);
    expect(fast.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(fast.status).toBe(slow.status);
    expect(withoutRequestIds(fast.body)).toEqual(withoutRequestIds(slow.body));
  });

  it('refuses the unauthenticated as graphql-js does (the global auth middleware runs in the plan)', async () => {
    const { fast, slow, path } = await both(INBOX, INBOX_VARIABLES);
    expect(path).toEqual(['compiled']);
    expect(fast.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(fast.status).toBe(slow.status);
    expect(withoutRequestIds(fast.body)).toEqual(withoutRequestIds(slow.body));
  });

  it('answers a bad variable with graphql-js’s own BAD_USER_INPUT and HTTP 400', async () => {
    const { fast, slow } = await both(INBOX, { ...INBOX_VARIABLES, first: 'many', sort: 'SIDEWAYS' }, staff);
    expect(fast.status).toBe(400);
    expect(fast.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(withoutRequestIds(fast.body)).toEqual(withoutRequestIds(slow.body));
  });

  it('hands graphql-js the valid variables the plan refuses (a non-null input field left to its default)', async () => {
    const { fast, slow, path } = await both(INBOX, { ...INBOX_VARIABLES, filter: { overdue: false } }, staff);
    expect(path).toEqual(['graphql-js']);
    expect(fast.body.errors).toBeUndefined();
    expect(fast).toEqual(slow);
  });

  it('leaves mutations to graphql-js', async () => {
    const before = paths.length;
    expect((await post(compiledUrl, 'mutation { logout }', {}, await plain.login('stnmt.lead'))).status).toBe(200);
    expect(paths.slice(before)).toEqual(['graphql-js']);
  });
});
