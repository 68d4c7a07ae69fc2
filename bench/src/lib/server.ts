import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_MAIN = path.join(ROOT, 'server', 'dist', 'main.js');

export interface Spawned {
  url: string;
  child: ChildProcess;
  pid: number;
  /** ms from spawn() to the "ready" line. */
  readyMs: number;
  output(): string;
  /** SIGTERM to this child's PID only; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Spawns a node process and waits for a line matching `ready` (group 1 = URL).
 * Used for the real server (`server/dist/main.js`) and the floor server alike.
 */
export async function spawnNode(
  args: string[],
  env: Record<string, string | undefined>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<Spawned> {
  const started = process.hrtime.bigint();
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key]; // undefined: unset
  const child = spawn(process.execPath, args, { env: merged as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`process did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`process exited with ${code} before it was ready:\n${output}`));
    });
  });
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    url,
    child,
    pid: child.pid!,
    readyMs,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * The real server as a separate process, as the tests start it (server-process.ts).
 * BENCH_SERVER_NODE_ARGS adds node flags to every server a benchmark starts, e.g.
 * `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"` to see where its time goes.
 */
export async function spawnServer(env: Record<string, string | undefined>, nodeArgs: string[] = []): Promise<Spawned> {
  if (!fs.existsSync(SERVER_MAIN))
    throw new Error(`${SERVER_MAIN} is missing: run \`tsc -b server\` (npm run bench does)`);
  const extraArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  return spawnNode(
    [...extraArgs, ...nodeArgs, SERVER_MAIN],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      CLIENT_DIST: '',
      DEADLINE_SWEEP_MINUTES: '0',
      // load generators open thousands of sockets with one login; the per-user cap is for people
      WS_MAX_SOCKETS_PER_USER: '100000',
      ...env,
    },
    /ready in \d+ ms: (http:\/\/[^\s]+)/,
  );
}

/** RSS of a process in KB, from /proc/<pid>/status. */
export function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]);
}
