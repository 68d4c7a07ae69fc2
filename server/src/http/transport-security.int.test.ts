import WebSocket from 'ws';
import { loadConfig } from '../config';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { waitFor } from '../test-support/wait-for';

/** What production hides, and what the WebSocket endpoint refuses before any operation runs. */
describe('transport security', () => {
  describe('in production mode', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ config: { production: true, seedOnEmpty: false } });
    });
    afterAll(() => t.stop());

    it('turns introspection off', async () => {
      const result = await t.gql('{ __schema { queryType { name } } }');
      expect(result.data ?? null).toBeNull();
      expect(result.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('gives no field suggestions that would reveal the schema', async () => {
      const result = await t.gql('{ mee { id } }');
      expect(result.errors![0].message).not.toMatch(/did you mean/i);
      expect(result.errors![0].message).not.toContain('"me"');
    });

    it('serves no landing page or Sandbox', async () => {
      const response = await fetch(`${t.url}/graphql`, {
        headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
      });
      expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(await response.text()).not.toMatch(/sandbox|<html/i);
    });
  });

  describe('the WebSocket endpoint', () => {
    let t: TestApp;
    let token: string;
    beforeAll(async () => {
      t = await startTestApp();
      token = await t.login('stnmt.staff');
    });
    afterAll(() => t.stop());

    const wsUrl = () => `${t.url.replace('http', 'ws')}/graphql`;
    /** Resolves with how the server ended the connection: handshake status, or close code. */
    const outcome = (socket: WebSocket) =>
      new Promise<{ status?: number; close?: number }>((resolve) => {
        socket.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
        socket.on('close', (code) => resolve({ close: code }));
        socket.on('error', () => {});
      });

    it('refuses a browser handshake from another origin', async () => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', { headers: { origin: 'https://evil.example' } });
      expect(await outcome(socket)).toEqual({ status: 401 });
    });

    it('closes a connection that sends a message over the size limit', async () => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
      const ended = outcome(socket);
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${token}`, padding: 'x'.repeat(70 * 1024) },
        }),
      );
      expect(await ended).toEqual({ close: 1009 });
    });

    it('closes a connection that subscribes before authenticating, or sends a malformed message', async () => {
      const early = new WebSocket(wsUrl(), 'graphql-transport-ws');
      const earlyEnd = outcome(early);
      await new Promise((resolve) => early.once('open', resolve));
      early.send(
        JSON.stringify({
          id: '1',
          type: 'subscribe',
          payload: { query: 'subscription { taskFeed { event { id } } }' },
        }),
      );
      expect(await earlyEnd).toEqual({ close: 4401 });

      const garbled = new WebSocket(wsUrl(), 'graphql-transport-ws');
      const garbledEnd = outcome(garbled);
      await new Promise((resolve) => garbled.once('open', resolve));
      garbled.send('{not json');
      expect(await garbledEnd).toEqual({ close: 4400 });
    });

    it('caps the sockets one user holds open, closing the extra one with 4429', async () => {
      const other = await t.login('stnmt.lead');
      /** A raw graphql-ws connection: resolves once acknowledged, or with its close code. */
      const connect = (bearer: string) =>
        new Promise<{ socket: WebSocket; ack?: true; close?: number }>((resolve) => {
          const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
          socket.on('open', () =>
            socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${bearer}` } })),
          );
          socket.on(
            'message',
            (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve({ socket, ack: true }),
          );
          socket.on('close', (code) => resolve({ socket, close: code }));
        });
      const limit = loadConfig({}).maxSocketsPerUser;
      const open = await Promise.all(Array.from({ length: limit }, () => connect(other)));
      expect(open.filter((c) => c.ack)).toHaveLength(limit);
      expect((await connect(other)).close).toBe(4429);
      const colleague = await connect(token); // another user is not affected
      expect(colleague.ack).toBe(true);
      open[0].socket.close();
      await new Promise((resolve) => open[0].socket.once('close', resolve));
      const again = await waitFor(async () => {
        const attempt = await connect(other);
        return attempt.ack ? attempt : attempt.close === 4429 ? undefined : attempt; // the server may see the close a moment later
      }, 'a socket after one closed');
      expect(again.ack).toBe(true);
      for (const c of [...open, colleague, again]) c.socket.close();
    });

    it('gives no field or type suggestions that would reveal the schema, as over HTTP', async () => {
      const client = t.wsClient(token);
      for (const query of [
        'subscription { taskFeeed { event { id } } }',
        'subscription($a: IDD) { taskFeed(after: $a) { event { id } } }',
        'subscription { taskFeed(aftr: "1") { event { id } } }',
      ]) {
        const errors = await new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>(
          (resolve, reject) => {
            client.subscribe(
              { query },
              {
                next: () => reject(new Error('ran')),
                error: (e) => resolve(e as never),
                complete: () => reject(new Error('completed')),
              },
            );
          },
        );
        expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(errors.map((e) => e.message).join(' ')).not.toMatch(/did you mean|"taskFeed"|"ID"|"after"/i);
      }
    });
  });
});
