import fs from 'node:fs';
import net from 'node:net';
import { gql } from '../lib/gql';
import { option } from '../lib/env';
import { table, writeResults } from '../lib/results';
import { spawnNode, spawnServer, type Spawned } from '../lib/server';

const DATA_DIR = '/tmp/lt-bench-data';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The floor: a bare `node -e` HTTP server answering a JSON body. */
const FLOOR_SCRIPT = `require('node:http').createServer((q, s) => s.end('{"data":{"__typename":"Query"}}'))
  .listen(0, '127.0.0.1', function () { console.log('floor ready: http://127.0.0.1:' + this.address().port + '/graphql'); });`;

interface Start {
  spawnToReadyMs: number;
  spawnToFirstResponseMs: number;
}

async function timeStart(start: () => Promise<Spawned>): Promise<Start> {
  const t0 = process.hrtime.bigint();
  const child = await start();
  try {
    const data = await gql<{ __typename: string }>(
      child.url.endsWith('/graphql') ? child.url : `${child.url}/graphql`,
      '{ __typename }',
    );
    if (data.__typename !== 'Query') throw new Error(`unexpected answer ${JSON.stringify(data)}`);
    return { spawnToReadyMs: child.readyMs, spawnToFirstResponseMs: Number(process.hrtime.bigint() - t0) / 1e6 };
  } finally {
    await child.stop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Spawn → first valid GraphQL response, on the embedded PostgreSQL already initialised. */
export async function run(args: string[]) {
  const runs = option(args, 'runs', 5);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const port = await freePort();
  const env = { DATABASE_URL: undefined, DATA_DIR, EMBEDDED_PG_PORT: String(port) };
  try {
    console.log(
      `[cold-start] initialising the embedded database in ${DATA_DIR} (port ${port}): first start, not timed`,
    );
    const init = await timeStart(() => spawnServer(env));
    console.log(
      `[cold-start] first start (initdb + migrations + demo seed): ${init.spawnToFirstResponseMs.toFixed(0)} ms`,
    );
    const server: Start[] = [];
    const floor: Start[] = [];
    for (let i = 0; i < runs; i++) {
      floor.push(await timeStart(() => spawnNode(['-e', FLOOR_SCRIPT], {}, /floor ready: (http:\/\/\S+)/)));
      server.push(await timeStart(() => spawnServer(env)));
      console.log(
        `[cold-start] run ${i + 1}: server ${server[i].spawnToFirstResponseMs.toFixed(0)} ms, floor ${floor[i].spawnToFirstResponseMs.toFixed(0)} ms`,
      );
    }
    const s = server.map((r) => r.spawnToFirstResponseMs);
    const f = floor.map((r) => r.spawnToFirstResponseMs);
    const rows = [
      {
        process: 'floor: node -e http server',
        'median ms': median(f),
        'min ms': Math.min(...f),
        'max ms': Math.max(...f),
        ratio: 1,
      },
      {
        process: 'server (embedded PostgreSQL, initialised)',
        'median ms': median(s),
        'min ms': Math.min(...s),
        'max ms': Math.max(...s),
        ratio: Number((median(s) / median(f)).toFixed(1)),
      },
      {
        process: 'server: spawn → its "ready" line',
        'median ms': median(server.map((r) => r.spawnToReadyMs)),
        'min ms': Math.min(...server.map((r) => r.spawnToReadyMs)),
        'max ms': Math.max(...server.map((r) => r.spawnToReadyMs)),
        ratio: Number((median(server.map((r) => r.spawnToReadyMs)) / median(f)).toFixed(1)),
      },
    ];
    const met = median(s) <= 1500;
    console.log(`\ncold-start: spawn → first valid GraphQL response ({ __typename }), ${runs} runs each, alternating`);
    console.log(table(rows));
    console.log(
      `\ntarget ≤ 1500 ms (median): ${met ? 'met' : 'NOT met'}; ratio = server median ÷ floor median (a slowdown factor: lower is better)`,
    );
    const file = writeResults('cold-start', {
      settings: { runs, dataDir: DATA_DIR, embeddedPgPort: port, firstStartMs: init.spawnToFirstResponseMs },
      server,
      floor,
      table: rows,
      target: { medianMs: 1500, met },
    });
    console.log(`written: ${file}`);
  } finally {
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  }
}
