import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * The machine's PostgreSQL client programs: `PG_BIN` when set, else the newest
 * /usr/lib/postgresql/<major>/bin (Debian keeps several side by side), else PATH. The embedded
 * PostgreSQL package ships no pg_dump, so an embedded database is dumped with these too.
 */
export function pgProgram(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_BIN) return path.join(env.PG_BIN, name);
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((entry) => /^\d+$/.test(entry) && fs.existsSync(path.join(root, entry, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return majors.length > 0 ? path.join(root, majors[0], 'bin', name) : name;
}

/**
 * Connection settings as libpq variables, so the password is never on a command line (visible
 * in `ps`) nor in a message: the programs get the database through the environment only.
 */
export function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: url.hostname || '127.0.0.1',
    PGPORT: url.port || '5432',
    PGDATABASE: databaseName(databaseUrl),
  };
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
}

/** Runs a client program; its standard error (never the password) becomes the error's message. */
export function runProgram(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new Error(`cannot run ${program}: ${error.message} (set PG_BIN)`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(program)} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

/** Major versions of a client program and of the server: pg_dump cannot read a newer server. */
export async function majorVersions(program: string, databaseUrl: string): Promise<{ client: number; server: number }> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(program, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', (error) => reject(new Error(`cannot run ${program}: ${error.message} (set PG_BIN)`)));
    child.on('close', () => resolve(stdout));
  });
  const client = Number(/(\d+)(?:\.\d+)?/.exec(output)?.[1] ?? NaN);
  const connection = new pg.Client({ connectionString: databaseUrl });
  await connection.connect();
  try {
    const { rows } = await connection.query<{ v: string }>(`select current_setting('server_version_num') as v`);
    return { client, server: Math.floor(Number(rows[0].v) / 10000) };
  } finally {
    await connection.end();
  }
}
