/**
 * Load-generator process for idle-memory: opens N graphql-ws connections (one socket each) to
 * `url`, each with one `requestFeed` subscription, prints "connected N" once every socket is
 * acknowledged, then stays idle until SIGTERM.
 * Usage: node idle-subscribers.js <ws url> <token> <N>
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

async function main() {
  const [url, token, countText] = process.argv.slice(2);
  const count = Number(countText);
  const clients: Client[] = [];
  let connected = 0;
  let errors = 0;
  const BATCH = 100;
  for (let start = 0; start < count; start += BATCH) {
    const batch: Promise<void>[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      batch.push(
        new Promise<void>((resolve) => {
          const client = createClient({
            url,
            webSocketImpl: WebSocket,
            lazy: false,
            retryAttempts: 0,
            connectionParams: { authorization: `Bearer ${token}` },
            on: {
              connected: () => {
                connected++;
                resolve();
              },
              error: () => {
                errors++;
                resolve();
              },
            },
          });
          client.subscribe(
            { query: 'subscription BenchIdle { requestFeed { event { id type } } }' },
            { next: () => undefined, error: () => errors++, complete: () => undefined },
          );
          clients.push(client);
        }),
      );
    }
    await Promise.all(batch);
  }
  console.log(`connected ${connected} errors ${errors}`);
  process.on('SIGTERM', () => {
    void Promise.all(clients.map((c) => c.dispose())).finally(() => process.exit(0));
  });
  setInterval(() => undefined, 1 << 30);
}

void main();
