import path from 'node:path';
import { login } from '../lib/gql';
import { dbUrl, dropDatabase, recreateDatabase } from '../lib/db';
import { option, sleep } from '../lib/env';
import { connectInspector, inspectorUrl } from '../lib/inspector';
import { table, writeResults } from '../lib/results';
import { rssKb, spawnNode, spawnServer, type Spawned } from '../lib/server';

const DB = 'lt_bench_mem';
const CLIENT = path.resolve(__dirname, '..', 'clients', 'idle-subscribers.js');

/**
 * RSS of the server process (/proc/<pid>/status VmRSS) after a forced full GC (through the
 * inspector), with 0 and then N idle graphql-ws subscribers opened by a separate process.
 */
export async function run(args: string[]) {
  const n = option(args, 'subscribers', 1000);
  const settleMs = option(args, 'settle', 5) * 1000;
  const spawned: Spawned[] = [];
  try {
    recreateDatabase(DB);
    const server = await spawnServer({ DATABASE_URL: dbUrl(DB) }, ['--inspect=127.0.0.1:0']);
    spawned.push(server);
    const inspector = await connectInspector(inspectorUrl(server.output()));
    const api = `${server.url}/graphql`;
    const token = await login(api, 'stnmt.staff');
    const sample = async () => {
      await sleep(settleMs);
      await inspector.collectGarbage();
      await sleep(500);
      return { rssKb: rssKb(server.pid), heapUsedKb: Math.round((await inspector.heapUsedBytes()) / 1024) };
    };
    // One subscriber first, so code paths loaded on first use are not charged to the N.
    const warm = await spawnNode([CLIENT, api.replace('http', 'ws'), token, '1'], {}, /(connected \d+ errors \d+)/);
    await warm.stop();
    const base = await sample();
    const clients = await spawnNode(
      [CLIENT, api.replace('http', 'ws'), token, String(n)],
      {},
      /(connected \d+ errors \d+)/,
      120_000,
    );
    spawned.push(clients);
    const [, connected, errors] = /connected (\d+) errors (\d+)/.exec(clients.url)!.map(Number);
    const loaded = await sample();
    const clientRssKb = rssKb(clients.pid);
    await clients.stop();
    spawned.splice(spawned.indexOf(clients), 1);
    const after = await sample();
    // A second connect/disconnect cycle: if memory kept after the first grows again, it is a leak.
    const again = await spawnNode(
      [CLIENT, api.replace('http', 'ws'), token, String(n)],
      {},
      /(connected \d+ errors \d+)/,
      120_000,
    );
    spawned.push(again);
    await sample();
    await again.stop();
    spawned.splice(spawned.indexOf(again), 1);
    const afterSecond = await sample();
    inspector.close();

    const perSubRssKb = (loaded.rssKb - base.rssKb) / n;
    const perSubHeapKb = (loaded.heapUsedKb - base.heapUsedKb) / n;
    const rows = [
      { state: 'idle, 0 subscribers', 'RSS KB': base.rssKb, 'V8 heap used KB': base.heapUsedKb },
      {
        state: `${connected} subscribers (${errors} errors)`,
        'RSS KB': loaded.rssKb,
        'V8 heap used KB': loaded.heapUsedKb,
      },
      { state: 'after they disconnected', 'RSS KB': after.rssKb, 'V8 heap used KB': after.heapUsedKb },
      {
        state: `after a 2nd cycle of ${n} connect + disconnect`,
        'RSS KB': afterSecond.rssKb,
        'V8 heap used KB': afterSecond.heapUsedKb,
      },
    ];
    console.log(`\nidle-memory: server RSS after forced GC (${settleMs / 1000} s settle), N = ${n}`);
    console.log(table(rows));
    console.log(
      `\nper idle subscriber: RSS ${perSubRssKb.toFixed(1)} KB, V8 heap ${perSubHeapKb.toFixed(1)} KB — target ≤ 30 KB RSS: ${perSubRssKb <= 30 ? 'met' : 'NOT met'}`,
    );
    console.log(`(load-generator process RSS with ${n} clients: ${clientRssKb} KB, not counted)`);
    const file = writeResults('idle-memory', {
      settings: {
        subscribers: n,
        settleS: settleMs / 1000,
        subscription: 'requestFeed',
        gc: 'HeapProfiler.collectGarbage ×2 via --inspect',
      },
      base,
      loaded,
      afterDisconnect: after,
      afterSecondCycle: afterSecond,
      connected,
      errors,
      perSubscriberRssKb: perSubRssKb,
      perSubscriberHeapKb: perSubHeapKb,
      target: { rssKbPerSubscriber: 30, met: perSubRssKb <= 30 },
      table: rows,
    });
    console.log(`written: ${file}`);
  } finally {
    for (const s of spawned.reverse()) await s.stop();
    dropDatabase(DB);
  }
}
