import { startTestApp, type TestApp } from './test-support/test-app';

describe('the HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('rejects malformed JSON and oversized bodies with a client error', async () => {
    const malformed = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'api.bodyNotJson',
      requestId: expect.any(String),
    });
    const huge = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { username } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].extensions).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      messageKey: 'api.bodyTooLarge',
      requestId: expect.any(String),
    });
  });

  it('blocks GET requests without a CSRF-safe header and batched requests', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`);
    expect(get.status).toBe(400);
    const batch = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { username } }' }, { query: '{ me { username } }' }]),
    });
    expect(batch.status).toBe(400);
  });

  it('keeps the entities and the committed migrations in step', async () => {
    const sql = await t.app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(sql.trim()).toBe('');
  });

  it('loaded the demo world on the empty database', async () => {
    const token = await t.login('ubnd.lead');
    const me = await t.gql('{ me { fullName title agency { name } } }', {}, token);
    expect(me.data!.me).toEqual({
      fullName: 'Lê Huyền',
      title: 'Phó Chủ tịch UBND tỉnh',
      agency: { name: 'Ủy ban nhân dân tỉnh' },
    });
  });
});
