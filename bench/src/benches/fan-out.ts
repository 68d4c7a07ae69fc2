import http from 'node:http';
import { login } from '../lib/gql';
import { dbUrl, dropDatabase } from '../lib/db';
import { option, sleep } from '../lib/env';
import {
  analyse,
  unusualWindows,
  comment,
  EventLog,
  listOption,
  seedLarge,
  cpuMs,
  loadavg,
  newestEventId,
  pickRequest,
  sendEvents,
  Subscribers,
  warmUp,
  type FanOutResult,
} from '../lib/fan-out';
import { startPgCounter, type PgCounter } from '../lib/pg-counter';
import { table, writeResults } from '../lib/results';
import { rssKb, spawnServer, type Spawned } from '../lib/server';

const DB = 'lt_bench_fanout';

/** The statement texts one event costs, mutation and delivery (for the report, not the count). */
async function statementsOfOneEvent(
  counter: PgCounter,
  log: EventLog,
  api: string,
  token: string,
  requestId: string,
  subscribers: Subscribers | null,
  gapMs: number,
): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  counter.takeTexts();
  await comment(api, token, requestId, 'statement capture', agent);
  const id = await log.newest(requestId);
  if (subscribers) await subscribers.until(() => subscribers.deliveredToAll(id), 30_000, 'the capture event');
  await sleep(gapMs);
  agent.destroy();
  return counter.takeTexts().map((t) => t.replace(/\s+/g, ' ').slice(0, 140));
}

interface Run {
  subscribers: number;
  clientProcesses: number;
  warmUpEvents: number;
  /** SQL statements per measured event: mutation + delivery. */
  statementsPerEvent: number;
  statementsPerEventMax: number;
  /** Per measured event, in order: a count off by one shows a statement that fell outside its window. */
  statementsEach: number[];
  statementWindows: ReturnType<typeof unusualWindows>;
  serverCpuMsPerEvent: number;
  serverRssKb: number;
  connectErrors: number;
  result: FanOutResult | null;
  sqlOfOneEvent: string[];
  clientProcessesDetail: ReturnType<Subscribers['processes']>;
}

/**
 * Live fan-out: N graphql-ws subscribers (separate client processes) on `requestFeed`, M comments
 * on one request they all see, each sent once the previous one reached everyone. The server talks to
 * PostgreSQL through the statement-counting proxy during the whole run (one Node proxy in this
 * process, which otherwise only waits), so SQL per event is counted in the same run as latency.
 */
export async function run(args: string[]) {
  const counts = listOption(args, 'subscribers', [1, 1000, 10000]);
  const events = option(args, 'events', 100);
  const baselineEvents = option(args, 'baseline-events', 20);
  const perProcess = option(args, 'per-process', 5000);
  const timeoutMs = option(args, 'timeout', 10) * 1000;
  const gapMs = option(args, 'gap', 200);
  const keepDb = args.includes('--keep-db');
  const loadStart = loadavg();
  const started = new Date().toISOString();
  const spawned: Spawned[] = [];
  let subscribers: Subscribers | null = null;
  const counter = await startPgCounter('127.0.0.1', 5432);
  const runs: Run[] = [];
  let log: EventLog | null = null;
  try {
    console.log(`[fan-out] database ${DB}: seed:large 10,000 requests`);
    seedLarge(DB);
    const request = pickRequest(DB);
    log = await EventLog.open(DB);
    console.log(
      `[fan-out] request ${request.code}; subscribers ${counts.join(', ')}; ${events} events each (+${baselineEvents} with 0 subscribers)`,
    );

    // 0 subscribers first: the mutation's own statements and CPU, subtracted from the others.
    for (const n of [0, ...counts]) {
      // A fresh server per N: what one run leaves behind (closed subscriptions) does not weigh on the next.
      const server = await spawnServer({ DATABASE_URL: dbUrl(DB, counter.port) });
      spawned.push(server);
      const api = `${server.url}/graphql`;
      const subscriberToken = await login(api, 'stnmt.staff');
      const commenterToken = await login(api, 'stnmt.staff'); // its own session, as a second browser
      let warmUpEvents = 0;
      if (n > 0) {
        const t = Date.now();
        subscribers = await Subscribers.open([api.replace(/^http/, 'ws')], subscriberToken, n, perProcess);
        console.log(
          `[fan-out] ${subscribers.connected} subscribers connected (${subscribers.connectErrors} errors) in ${Date.now() - t} ms over ${subscribers.children.length} process(es)`,
        );
        warmUpEvents = await warmUp(api, commenterToken, request.id, subscribers, log);
      } else {
        // the first requests load code and fill caches; not what is measured
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        for (let i = 0; i < 5; i++) await comment(api, commenterToken, request.id, `warm-up ${i + 1}`, agent);
        agent.destroy();
        warmUpEvents = 5;
      }
      await sleep(1000); // a pause between warm-up and measuring
      const sqlOfOneEvent = await statementsOfOneEvent(
        counter,
        log,
        api,
        commenterToken,
        request.id,
        subscribers,
        gapMs,
      );
      const afterId = newestEventId(DB);
      const cpuBefore = cpuMs(server.pid);
      const m = n > 0 ? events : baselineEvents;
      const sent = await sendEvents({
        api,
        token: commenterToken,
        requestId: request.id,
        events: m,
        timeoutMs,
        gapMs,
        label: `fan-out ${n}`,
        counter,
        subscribers: subscribers ?? undefined,
        log,
      });
      const cpu = cpuMs(server.pid) - cpuBefore;
      let result: FanOutResult | null = null;
      let detail: Run['clientProcessesDetail'] = [];
      const serverRss = rssKb(server.pid);
      if (subscribers) {
        await sleep(2000); // late deliveries still count as delivered (their latency shows it)
        const collected = await subscribers.collect();
        result = analyse(DB, request.id, afterId, sent, collected, n);
        detail = subscribers.processes();
        await subscribers.stop();
      }
      const statements = sent.map((e) => e.statements);
      runs.push({
        subscribers: n,
        clientProcesses: subscribers?.children.length ?? 0,
        warmUpEvents,
        statementsPerEvent: statements.reduce((a, b) => a + b, 0) / statements.length,
        statementsPerEventMax: Math.max(...statements),
        statementsEach: statements,
        statementWindows: unusualWindows(sent),
        serverCpuMsPerEvent: cpu / m,
        serverRssKb: serverRss,
        connectErrors: subscribers?.connectErrors ?? 0,
        result,
        sqlOfOneEvent,
        clientProcessesDetail: detail,
      });
      subscribers = null;
      const r = result;
      console.log(
        `[fan-out] N=${n}: ${runs.at(-1)!.statementsPerEvent.toFixed(2)} SQL/event` +
          (r
            ? `, send→delivered p50 ${r.sendToDelivered.p50} p99 ${r.sendToDelivered.p99} ms, missing ${r.missing}, duplicates ${r.duplicates}, timed out ${r.timedOut}`
            : ''),
      );
      await server.stop();
      spawned.splice(spawned.indexOf(server), 1);
    }

    const base = runs[0];
    const deliverySql = (r: Run) => r.statementsPerEvent - base.statementsPerEvent;
    const rows = runs.map((r) => {
      const x = r.result;
      return {
        subscribers: r.subscribers,
        'client procs': r.clientProcesses,
        events: x?.events ?? baselineEvents,
        'delivered / expected': x ? `${x.deliveries}/${x.expectedDeliveries}` : '-',
        missing: x?.missing ?? '-',
        dup: x?.duplicates ?? '-',
        'send→deliv p50': x?.sendToDelivered.p50 ?? '-',
        p99: x?.sendToDelivered.p99 ?? '-',
        max: x?.sendToDelivered.max ?? '-',
        'resp→deliv p50': x?.responseToDelivered.p50 ?? '-',
        'resp p99': x?.responseToDelivered.p99 ?? '-',
        'to last p99': x?.sendToLast.p99 ?? '-',
        'mutation p50': x?.mutation.p50 ?? '-',
        'SQL/event': Number(r.statementsPerEvent.toFixed(2)),
        'delivery SQL/event': r.subscribers ? Number(deliverySql(r).toFixed(2)) : '-',
        'server CPU ms/event': Number(r.serverCpuMsPerEvent.toFixed(1)),
      };
    });
    const targetFor = (n: number) =>
      n >= 10000 ? { p99Ms: 500, sqlPerEvent: 1 } : n >= 1000 ? { p99Ms: 100, sqlPerEvent: null } : null;
    const targets = runs
      .filter((r) => r.result && targetFor(r.subscribers))
      .map((r) => {
        const t = targetFor(r.subscribers)!;
        const x = r.result!;
        const zeroDrops = x.missing === 0 && x.duplicates === 0 && x.unexpectedEvents === 0;
        const p99 = x.sendToDelivered.p99 <= t.p99Ms;
        const sql = t.sqlPerEvent === null ? null : deliverySql(r) <= t.sqlPerEvent;
        return {
          subscribers: r.subscribers,
          p99Ms: x.sendToDelivered.p99,
          p99Target: t.p99Ms,
          p99Met: p99,
          zeroDrops,
          deliverySqlPerEvent: deliverySql(r),
          sqlTarget: t.sqlPerEvent,
          sqlMet: sql,
          met: p99 && zeroDrops && sql !== false,
        };
      });
    const loadEnd = loadavg();
    console.log(
      `\nfan-out: commit → delivered over graphql-ws (requestFeed), ${events} events per N, gap ${gapMs} ms, timeout ${timeoutMs / 1000} s; latencies ms`,
    );
    console.log(table(rows));
    for (const t of targets) {
      console.log(
        `target ${t.subscribers}: p99 ${t.p99Ms} ≤ ${t.p99Target} ms ${t.p99Met ? 'met' : 'NOT met'}; zero drops ${t.zeroDrops ? 'met' : 'NOT met'}` +
          (t.sqlTarget === null
            ? ''
            : `; delivery SQL/event ${t.deliverySqlPerEvent.toFixed(2)} ≤ ${t.sqlTarget} ${t.sqlMet ? 'met' : 'NOT met'}`),
      );
    }
    console.log(`load average: start ${loadStart.join(' ')}, end ${loadEnd.join(' ')}`);
    const file = writeResults('fan-out', {
      started,
      settings: {
        subscribers: counts,
        events,
        baselineEvents,
        perProcess,
        timeoutS: timeoutMs / 1000,
        gapMs,
        database: `${DB} (seed:large --requests 10000 --seed 1 --today 2026-11-28)`,
        request: request.code,
        subscription:
          'requestFeed { event { id type } request { id code title } } (the client app document), stnmt.staff, one shared session',
        mutation: 'commentOnRequest as stnmt.staff (own session) → one COMMENTED event',
        clock: 'performance.timeOrigin + performance.now() in every process',
        sqlCounting:
          'server connected through bench/src/lib/pg-counter.ts for the whole run; per event = statements from just before the mutation until delivered to all + gap',
      },
      loadavg: { start: loadStart, end: loadEnd },
      runs,
      targets,
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
