/**
 * @jest-environment node
 */
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { watchSessionCloses } from './urql';

/** A real socket server that closes every connection with `code` once the client has said hello. */
async function closingServer(code: number) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server.on('connection', (socket) => socket.once('message', () => socket.close(code, 'session')));
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function closeWith(code: number): Promise<boolean> {
  const server = await closingServer(code);
  const ws = createClient({ url: server.url, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
  let expired = false;
  watchSessionCloses(ws, () => (expired = true));
  // The subscription ends with the close (retries are off), so waiting for it is bounded.
  await new Promise<void>((resolve) =>
    ws.subscribe(
      { query: 'subscription { notificationCountChanged }' },
      { next: () => undefined, error: () => resolve(), complete: resolve },
    ),
  );
  await ws.dispose();
  await server.close();
  return expired;
}

test.each([4401, 4403])('a socket closed with %i (session ended) counts as an expired session', async (code) => {
  expect(await closeWith(code)).toBe(true);
});

test.each([1011, 4400, 4500])('a socket closed with %i is not an expiry', async (code) => {
  expect(await closeWith(code)).toBe(false);
});
