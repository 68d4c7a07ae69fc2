import { login } from '../lib/gql';
import { dbUrl, dropDatabase } from '../lib/db';
import { option, sleep } from '../lib/env';
import {
  analyse,
  unusualWindows,
  cpuMs,
  EventLog,
  loadavg,
  newestEventId,
  pickRequest,
  seedLarge,
  sendEvents,
  Subscribers,
  warmUp,
  type FanOutResult,
} from '../lib/fan-out';
import { startPgCounter } from '../lib/pg-counter';
import { table, writeResults } from '../lib/results';
import { spawnServer, type Spawned } from '../lib/server';

const DB = 'lt_bench_scaleout';

type Mode = 'single' | 'cross' | 'split';
const MODES: Record<Mode, string> = {
  single: 'one process: subscribers on A, mutations to A',
  cross: 'two processes: subscribers on B, mutations to A',
  split: 'two processes: half the subscribers on A, half on B, mutations to A',
};

interface ModeRun {
  mode: Mode;
  description: string;
  subscribers: number;
  subscribersPerServer: { A: number; B: number };
  warmUpEvents: number;
  statementsPerEvent: number;
  statementsEach: number[];
  statementWindows: ReturnType<typeof unusualWindows>;
  serverCpuMsPerEvent: { A: number; B: number };
  result: FanOutResult;
  clientProcesses: ReturnType<Subscribers['processes']>;
}

/**
 * Two server processes (A and B) on two ports against one database: the event bus is PostgreSQL
 * LISTEN/NOTIFY, so a mutation on A must reach subscribers connected to B. Measures commit →
 * delivered latency and drops with the subscribers on A (one process, the reference in the same
 * run), on B (every event crosses processes) and split between both (what a load balancer does).
 * The subscribers' session is created by a login on A and used on B: sessions live in PostgreSQL.
 */
export async function run(args: string[]) {
  const n = option(args, 'subscribers', 1000);
  const events = option(args, 'events', 100);
  const perProcess = option(args, 'per-process', 5000);
  const timeoutMs = option(args, 'timeout', 10) * 1000;
  const gapMs = option(args, 'gap', 200);
  const modesArg = args.find((a) => a.startsWith('--modes='));
  const modes = (modesArg ? modesArg.slice('--modes='.length).split(',') : Object.keys(MODES)) as Mode[];
  if (modes.some((m) => !(m in MODES))) throw new Error(`--modes: ${Object.keys(MODES).join(', ')}`);
  const keepDb = args.includes('--keep-db');
  const loadStart = loadavg();
  const started = new Date().toISOString();
  const spawned: Spawned[] = [];
  let subscribers: Subscribers | null = null;
  // Both servers reach PostgreSQL through the counting proxy, as in fan-out: same per-statement cost.
  const counter = await startPgCounter('127.0.0.1', 5432);
  const runs: ModeRun[] = [];
  let log: EventLog | null = null;
  try {
    console.log(`[scale-out] database ${DB}: seed:large 10,000 requests`);
    seedLarge(DB);
    const request = pickRequest(DB);
    log = await EventLog.open(DB);
    for (const mode of modes) {
      // Fresh processes per mode; B runs in every mode, so A always shares the database and the
      // NOTIFY traffic with a second listener.
      const a = await spawnServer({ DATABASE_URL: dbUrl(DB, counter.port) });
      spawned.push(a);
      const b = await spawnServer({ DATABASE_URL: dbUrl(DB, counter.port) });
      spawned.push(b);
      const apiA = `${a.url}/graphql`;
      const ws = (url: string) => `${url.replace(/^http/, 'ws')}/graphql`;
      const subscriberToken = await login(apiA, 'stnmt.staff');
      const commenterToken = await login(apiA, 'stnmt.staff');
      const urls = mode === 'single' ? [ws(a.url)] : mode === 'cross' ? [ws(b.url)] : [ws(a.url), ws(b.url)];
      subscribers = await Subscribers.open(urls, subscriberToken, n, perProcess);
      const perServer = { A: 0, B: 0 };
      for (const p of subscribers.processes()) perServer[p.url === ws(a.url) ? 'A' : 'B'] += p.subscribers;
      console.log(
        `[scale-out] ${mode}: ${subscribers.connected} subscribers connected (${subscribers.connectErrors} errors), A ${perServer.A}, B ${perServer.B}`,
      );
      const warmUpEvents = await warmUp(apiA, commenterToken, request.id, subscribers, log);
      await sleep(1000);
      const afterId = newestEventId(DB);
      const cpuA = cpuMs(a.pid);
      const cpuB = cpuMs(b.pid);
      const sent = await sendEvents({
        api: apiA,
        token: commenterToken,
        requestId: request.id,
        events,
        timeoutMs,
        gapMs,
        label: `scale-out ${mode}`,
        counter,
        subscribers,
        log,
      });
      const cpu = { A: (cpuMs(a.pid) - cpuA) / events, B: (cpuMs(b.pid) - cpuB) / events };
      await sleep(2000);
      const result = analyse(DB, request.id, afterId, sent, await subscribers.collect(), n);
      const statements = sent.map((e) => e.statements);
      runs.push({
        mode,
        description: MODES[mode],
        subscribers: n,
        subscribersPerServer: perServer,
        warmUpEvents,
        statementsPerEvent: statements.reduce((x, y) => x + y, 0) / statements.length,
        statementsEach: statements,
        statementWindows: unusualWindows(sent),
        serverCpuMsPerEvent: cpu,
        result,
        clientProcesses: subscribers.processes(),
      });
      await subscribers.stop();
      subscribers = null;
      console.log(
        `[scale-out] ${mode}: send→delivered p50 ${result.sendToDelivered.p50} p99 ${result.sendToDelivered.p99} ms, missing ${result.missing}, duplicates ${result.duplicates}`,
      );
      for (const s of [b, a]) {
        await s.stop();
        spawned.splice(spawned.indexOf(s), 1);
      }
    }

    const rows = runs.map((r) => ({
      mode: r.description,
      'delivered / expected': `${r.result.deliveries}/${r.result.expectedDeliveries}`,
      missing: r.result.missing,
      dup: r.result.duplicates,
      'send→deliv p50': r.result.sendToDelivered.p50,
      p99: r.result.sendToDelivered.p99,
      max: r.result.sendToDelivered.max,
      'resp→deliv p50': r.result.responseToDelivered.p50,
      'resp p99': r.result.responseToDelivered.p99,
      'mutation p50': r.result.mutation.p50,
      'SQL/event': Number(r.statementsPerEvent.toFixed(2)),
      'CPU ms/event A': Number(r.serverCpuMsPerEvent.A.toFixed(1)),
      'CPU ms/event B': Number(r.serverCpuMsPerEvent.B.toFixed(1)),
    }));
    const loadEnd = loadavg();
    console.log(
      `\nscale-out: ${n} graphql-ws subscribers (requestFeed), ${events} events per mode, gap ${gapMs} ms; latencies ms`,
    );
    console.log(table(rows));
    const zeroDrops = runs.every(
      (r) => r.result.missing === 0 && r.result.duplicates === 0 && r.result.unexpectedEvents === 0,
    );
    console.log(`zero drops and duplicates in every mode: ${zeroDrops ? 'yes' : 'NO'}`);
    console.log(`load average: start ${loadStart.join(' ')}, end ${loadEnd.join(' ')}`);
    const file = writeResults('scale-out', {
      started,
      settings: {
        subscribers: n,
        events,
        perProcess,
        timeoutS: timeoutMs / 1000,
        gapMs,
        database: `${DB} (seed:large --requests 10000 --seed 1 --today 2026-11-28)`,
        request: request.code,
        subscription: 'requestFeed (the client app document), stnmt.staff, one session created by a login on A',
        mutation: 'commentOnRequest on A as stnmt.staff (own session) → one COMMENTED event',
        sqlCounting:
          'both servers through bench/src/lib/pg-counter.ts; per event = statements of both processes from just before the mutation until delivered to all + gap',
      },
      loadavg: { start: loadStart, end: loadEnd },
      runs,
      zeroDrops,
      table: rows,
    });
    console.log(`written: ${file}`);
  } finally {
    await subscribers?.stop();
    await log?.close();
    for (const s of spawned.reverse()) await s.stop();
    await counter.close();
    if (!keepDb) dropDatabase(DB);
  }
}
