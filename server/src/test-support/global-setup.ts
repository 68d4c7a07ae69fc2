import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Tests use DATABASE_URL when set (CI: the machine's PostgreSQL); otherwise a throwaway embedded
 * PostgreSQL. Each test file then creates its own database on that server (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const root = path.resolve(__dirname, '..', '..', '..', '.data');
  fs.mkdirSync(root, { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'test-pg-'));
  fs.chmodSync(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data folder
  const database = await startEmbeddedPostgres(path.join(dir, 'data'), await freePort());
  process.env.DATABASE_URL = database.url;
  (globalThis as Record<string, unknown>).__LT_EMBEDDED__ = { stop: database.stop, dir };
}
