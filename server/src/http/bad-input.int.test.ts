import { buildSchema, getNamedType, isNonNullType, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import fs from 'node:fs';
import WebSocket from 'ws';
import { SCHEMA_FILE } from '../schema-file';
import { agencyIds, inDays } from '../test-support/request-helpers';
import { startTestApp, type TestApp } from '../test-support/test-app';

/** Codes a bad request may end with: each says what was wrong, none is a crash. */
const CLEAR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'CONFLICT',
]);

/**
 * Fuzz-style: every mutation with garbage input, wrong types, huge strings, unknown ids, invalid
 * enums, dates and money, malformed bodies and WebSocket messages, an oversized upload. Each gets
 * a clear coded error, the server keeps answering, and the database is exactly as before.
 */
describe('bad input of any kind', () => {
  let t: TestApp;
  let token: string;
  let ids: Record<string, string>;
  let schema: GraphQLSchema;
  let requestId: string;

  /** Row counts of every table, and the newest event and audit ids: "unchanged" means equal. */
  const snapshot = async () => {
    const em = t.app.orm.em.fork();
    const tables = await em
      .getConnection()
      .execute<{ tablename: string }[]>(
        `select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by tablename`,
      );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables) {
      if (tablename === 'audit_log' || tablename === 'sessions') continue; // failed logins are audited by design; logins add sessions
      counts[tablename] = (
        await em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from "${tablename}"`)
      )[0].n;
    }
    return counts;
  };

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('stnmt.lead');
    ids = await agencyIds(t, token);
    schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const created = await t.gql<{ createRequest: { request: { id: string } } }>(
      'mutation($input: CreateRequestInput!) { createRequest(input: $input) { request { id } } }',
      {
        input: {
          title: 'Đề nghị để thử dữ liệu xấu',
          body: 'Nội dung.',
          domain: 'LAND',
          dueDate: inDays(7),
          leadAgencyId: ids.STC,
          supportingAgencyIds: [],
        },
      },
      token,
    );
    requestId = created.data!.createRequest.request.id;
  });
  afterAll(() => t.stop());

  const post = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${token}` },
      body,
    });
    const text = await response.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    } catch {
      code = undefined;
    }
    return { status: response.status, code };
  };
  const gqlCode = async (query: string, variables?: Record<string, unknown>) =>
    (await post(JSON.stringify({ query, variables }))).code;

  it('answers every mutation called with garbage input with a clear code, changing nothing', async () => {
    const before = await snapshot();
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) =>
      f.args.some((a) => a.name === 'input'),
    );
    expect(mutations.length).toBeGreaterThan(25);
    for (const field of mutations) {
      const inputArg = field.args.find((a) => a.name === 'input')!;
      const inputType = getNamedType(inputArg.type) as GraphQLInputObjectType;
      const query = `mutation($input: ${inputArg.type.toString()}) { ${field.name}(input: $input) { __typename } }`;
      // `{}` is only bad where the input has a required field (markNotificationsRead({}) means "all")
      const needsSomething = Object.values(inputType.getFields()).some(
        (f) => isNonNullType(f.type) && f.defaultValue === undefined,
      );
      for (const input of [
        ...(needsSomething ? [{}] : []),
        'garbage',
        42,
        [],
        { id: 'x'.repeat(5000), version: 'one' },
      ]) {
        const code = await gqlCode(query, { input });
        expect({ mutation: field.name, input: JSON.stringify(input).slice(0, 20), code }).toEqual({
          mutation: field.name,
          input: JSON.stringify(input).slice(0, 20),
          code: expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|FORBIDDEN|NOT_FOUND)$/),
        });
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a huge title', { title: 'đ'.repeat(200_000) }],
    ['a wrong type', { title: 5 }],
    ['an invalid enum', { domain: 'SPACE' }],
    ['an impossible date', { dueDate: '2023-02-30' }],
    ['an unknown lead agency', { leadAgencyId: '00000000-0000-4000-8000-000000000000' }],
    ['a malformed id', { leadAgencyId: "1' or '1'='1" }],
    [
      'too many supporting agencies',
      { supportingAgencyIds: Array.from({ length: 5000 }, () => '00000000-0000-4000-8000-000000000000') },
    ],
  ])('refuses a request with %s, changing nothing', async (_what, bad) => {
    const before = await snapshot();
    const input = {
      title: 'Đề nghị thử',
      body: 'Nội dung.',
      domain: 'LAND',
      dueDate: inDays(7),
      leadAgencyId: ids.STC,
      supportingAgencyIds: [],
      ...bad,
    };
    const code = await gqlCode(
      'mutation($input: CreateRequestInput!) { createRequest(input: $input) { request { id } } }',
      { input },
    );
    expect(CLEAR_CODES.has(code!)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['fractional money', '1.5'],
    ['negative money', '-1000'],
    ['exponent money', '1e12'],
    ['money beyond bigint', '9'.repeat(40)],
  ])('refuses %s in a proposal', async (_what, amount) => {
    const before = await snapshot();
    const code = await gqlCode(
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } } }',
      {
        input: {
          title: 'Đề xuất thử tiền',
          rationale: 'x',
          fiscalYear: Number(inDays(0).slice(0, 4)),
          items: [{ kind: 'FUNDING', description: 'x', quantity: 1, unit: 'gói', amount, justification: 'x' }],
        },
      },
    );
    expect(code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['unknown id', `{ request(id: "00000000-0000-4000-8000-000000000000") { id } }`, 'NOT_FOUND'],
    ['malformed id', `{ request(id: "../../etc/passwd") { id } }`, 'NOT_FOUND'],
    ['a page over the maximum', `{ requests(first: 101) { edges { node { id } } } }`, 'BAD_USER_INPUT'],
    [
      'a page far too large (refused by the cost limit)',
      `{ requests(first: 1000000) { edges { node { id } } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a negative page', `{ requests(first: -5) { edges { node { id } } } }`, 'BAD_USER_INPUT'],
    ['a forged cursor', `{ requests(first: 5, after: "not-a-cursor") { edges { node { id } } } }`, 'BAD_USER_INPUT'],
    ['a wrong argument type', `{ requests(first: "ten") { edges { node { id } } } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', `{ requests(first: 5 { edges }`, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', `{ requests { secret } }`, 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers a query with %s clearly', async (_what, query, expected) => {
    expect(await gqlCode(query)).toBe(expected);
  });

  it.each([
    ['malformed JSON', '{"query": ', 'BAD_REQUEST'],
    ['a non-object body', '"just a string"', 'BAD_REQUEST'],
    ['a query that is not a string', '{"query": {"a": 1}}', 'BAD_REQUEST'],
    ['variables that are not an object', '{"query": "{ me { id } }", "variables": [1, 2]}', 'BAD_REQUEST'],
  ])('answers an HTTP body with %s with 400 and a code', async (_what, body, expected) => {
    const result = await post(body);
    expect(result).toEqual({ status: 400, code: expected });
  });

  it('closes WebSockets that send malformed protocol messages, and keeps serving others', async () => {
    const wsUrl = `${t.url.replace('http', 'ws')}/graphql`;
    const init = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    /** Sends the messages in order (after `init`, waits for the server's acknowledgement) and resolves with the close code. */
    const closeCodeAfter = async (messages: string[]) => {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      const acked = new Promise((resolve) =>
        socket.on('message', (data) => String(data).includes('connection_ack') && resolve(true)),
      );
      socket.on('error', () => {});
      await new Promise((resolve) => socket.once('open', resolve));
      let initialised = false;
      for (const message of messages) {
        socket.send(message);
        if (message === init && !initialised) {
          initialised = true;
          await acked;
        }
      }
      return closed;
    };
    expect(await closeCodeAfter(['{not json'])).toBe(4400);
    expect(await closeCodeAfter([JSON.stringify({ type: 'no-such-type' })])).toBe(4400);
    expect(await closeCodeAfter([init, JSON.stringify({ type: 'subscribe', id: '1' })])).toBe(4400); // no payload
    expect(await closeCodeAfter([init, init])).toBe(4429); // initialised twice
    const subscribe = JSON.stringify({
      type: 'subscribe',
      id: 'same',
      payload: { query: 'subscription { notificationCountChanged }' },
    });
    expect(await closeCodeAfter([init, subscribe, subscribe])).toBe(4409); // duplicate id
    expect((await gqlCode('{ me { id } }')) ?? 'OK').toBe('OK');
  });

  it('refuses an oversized upload and keeps nothing of it', async () => {
    const before = await snapshot();
    const response = await fetch(`${t.url}/files/requests/${requestId}/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('quá-lớn.pdf'),
      },
      body: Buffer.alloc(21 * 1024 * 1024, 1),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await snapshot()).toEqual(before);
    expect(await gqlCode('{ me { id } }')).toBeUndefined();
  });
});
