import fs from 'node:fs';
import { dbUrl, dropDatabase, recreateDatabase } from '../lib/db';
import { option } from '../lib/env';
import { table, writeResults } from '../lib/results';
import { spawnServer, type Spawned } from '../lib/server';

const DB = 'lt_bench_validation';
const many = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => text(i)).join(' ');
const doubled = (levels: number) =>
  `{ ...F0 } ${many(levels, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F${levels} on Query { __typename }`;

/** Hostile and ordinary documents, each within the 1 MB body limit; the parser reads 5,000 tokens. */
const DOCUMENTS: [string, string][] = [
  ['ordinary: { me { id fullName agency { code } } }', '{ me { id fullName agency { code } } }'],
  ...[24, 50, 100, 200, 400].map((n): [string, string] => [
    `doubled spreads, ${n} levels (2^${n} fields expanded)`,
    doubled(n),
  ]),
  ['one field 4,990 times', `{ ${many(4990, () => '__typename')} }`],
  ['one fragment spread 2,400 times', `{ ${many(2400, () => '...A')} } fragment A on Query { me { id } }`],
  [
    'valid, at the token limit (20 fields with 230-value list arguments)',
    `{ ${many(20, () => `requests(first: 1, filter: { statuses: [${many(230, () => 'DRAFT')}] }) { __typename }`)} }`,
  ],
  ['past the token limit (1 MB of `id id id …`)', `{ ${'id '.repeat(330_000)} }`],
];

/** utime + stime of a process, in ms (/proc/<pid>/stat, 100 ticks per second). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Server CPU per refusal (or validation) of each document over HTTP, sent `repeat` times one
 * after the other, each time as a new text: QUALITY.md asks that no document take more than 50 ms to refuse. And how long
 * /healthz waits while a burst of the largest doubled-spread documents is in flight.
 */
export async function run(args: string[]) {
  const repeat = option(args, 'repeat', 50);
  let server: Spawned | null = null;
  try {
    recreateDatabase(DB);
    server = await spawnServer({ DATABASE_URL: dbUrl(DB), NODE_ENV: 'production', SEED_ON_EMPTY: 'false' });
    const post = (query: string) =>
      fetch(`${server!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { errors?: { extensions?: { code?: string; limit?: string } }[] },
      }));
    const rows = [];
    for (const [name, query] of DOCUMENTS) {
      const first = await post(query); // warm: the first call of each shape is not charged
      // a comment makes each text new: parsed and validated again, not answered from Apollo's document cache
      const before = cpuMs(server.pid);
      const started = process.hrtime.bigint();
      let slowest = 0;
      for (let i = 0; i < repeat; i++) {
        const t = process.hrtime.bigint();
        await post(`${query}\n# ${i}`);
        slowest = Math.max(slowest, Number(process.hrtime.bigint() - t) / 1e6);
      }
      const wall = Number(process.hrtime.bigint() - started) / 1e6 / repeat;
      const error = first.body.errors?.[0]?.extensions;
      rows.push({
        document: name,
        bytes: Buffer.byteLength(query),
        answer: error ? `${error.code}${error.limit ? ` ${error.limit}` : ''}` : 'data',
        'server CPU ms/request': (cpuMs(server.pid) - before) / repeat,
        'wall ms mean': wall,
        'wall ms max': slowest,
      });
    }
    const burst = Array.from({ length: 20 }, () => post(doubled(400)));
    const t = process.hrtime.bigint();
    const health = await fetch(`${server.url}/healthz`);
    const healthMs = Number(process.hrtime.bigint() - t) / 1e6;
    await Promise.all(burst);
    console.log(table(rows));
    console.log(`\n/healthz during a burst of 20 × 400-level documents: ${health.status} in ${healthMs.toFixed(1)} ms`);
    console.log(
      `results: ${writeResults('validation', { settings: { repeat, transport: 'HTTP POST /graphql, production mode, unauthenticated' }, rows, healthDuringBurst: { status: health.status, ms: healthMs } })}`,
    );
  } finally {
    await server?.stop();
    dropDatabase(DB);
  }
}
