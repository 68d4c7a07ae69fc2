import http from 'node:http';
import { Redis } from 'ioredis';
import pg from 'pg';
import { login } from '../lib/gql';
import { dbUrl, dropDatabase, psql } from '../lib/db';
import { option, sleep } from '../lib/env';
import {
  analyse,
  unusualWindows,
  comment,
  cpuMs,
  EventLog,
  listOption,
  now,
  percentile,
  loadavg,
  newestEventId,
  pickRequest,
  seedLarge,
  sendEvents,
  Subscribers,
  warmUp,
  type FanOutResult,
} from '../lib/fan-out';
import { closedLoop, postGraphQL, type WriteLoadResult } from '../lib/mutation-load';
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
  const modesText = modesArg ? modesArg.slice('--modes='.length) : Object.keys(MODES).join(',');
  const modes = (modesText === 'none' ? [] : modesText.split(',')) as Mode[];
  if (modes.some((m) => !(m in MODES))) throw new Error(`--modes: ${Object.keys(MODES).join(', ')} or none`);
  const matrix = replicaOptions(args, n, perProcess);
  const keepDb = args.includes('--keep-db');
  const loadStart = loadavg();
  const started = new Date().toISOString();
  const spawned: Spawned[] = [];
  let subscribers: Subscribers | null = null;
  // Both servers reach PostgreSQL through the counting proxy, as in fan-out: same per-statement cost.
  const counter = await startPgCounter('127.0.0.1', 5432);
  const runs: ModeRun[] = [];
  const replicaRuns: ReplicaRun[] = [];
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

    for (const transport of matrix.transports) {
      for (const replicas of matrix.replicas) replicaRuns.push(await runReplicas(transport, replicas, matrix, log));
    }
    const commitRuns: CommitLoopRun[] = [];
    for (const connections of matrix.commitConnections) {
      for (const transport of matrix.transports) {
        commitRuns.push(await commitLoop(transport, connections, matrix.writeSeconds, matrix.redisUrl));
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
    const zeroDrops =
      runs.every((r) => r.result.missing === 0 && r.result.duplicates === 0 && r.result.unexpectedEvents === 0) &&
      replicaRuns.every((r) => r.fanOut.missing === 0 && r.fanOut.duplicates === 0 && r.fanOut.outOfOrder === 0);
    console.log(`zero drops and duplicates in every mode: ${zeroDrops ? 'yes' : 'NO'}`);
    const replicaRows = replicaTable(replicaRuns);
    if (replicaRuns.length > 0) {
      console.log(
        `\nreplicas: ${matrix.subscribers} subscribers spread over the replicas; writes: ${matrix.writers} writers, ${matrix.writeSeconds} s, no subscribers; fan-out: ${matrix.rate} comments/s for ${matrix.seconds} s, round-robin over the replicas; latencies ms`,
      );
      console.log(table(replicaRows));
    }
    if (commitRuns.length > 0) {
      console.log(`\ncommit loop (raw pg, no server): ${matrix.writeSeconds} s per row`);
      console.log(table(commitRuns.map((r) => ({ ...r }))));
    }
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
      replicaSettings: matrix,
      replicaRuns,
      commitRuns,
      zeroDrops,
      table: rows,
      replicaTable: replicaRows,
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

/** The event bus a replica set runs on: PostgreSQL LISTEN/NOTIFY (the default) or Redis (REDIS_URL). */
type Transport = 'notify' | 'redis';

interface ReplicaOptions {
  transports: Transport[];
  replicas: number[];
  subscribers: number;
  perProcess: number;
  /** Writes: closed loop, no subscribers. */
  writers: number;
  writeSeconds: number;
  /** Fan-out: comments per second (open loop), spread round-robin over the replicas and requests. */
  rate: number;
  seconds: number;
  timeoutMs: number;
  redisUrl: string;
  /** The raw commit loop's client counts (`--commit-connections=1,20`; none: skipped). */
  commitConnections: number[];
}

/**
 * `--transports=notify,redis --replicas=1,2,3 --rate=40 --seconds=10 --writers=20 --write-seconds=8
 * --redis=redis://127.0.0.1:6379` (`--replicas=none` skips this part).
 */
function replicaOptions(args: string[], subscribers: number, perProcess: number): ReplicaOptions {
  const text = (key: string, fallback: string) =>
    args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3) ?? fallback;
  const transports = text('transports', 'notify,redis').split(',') as Transport[];
  if (transports.some((t) => t !== 'notify' && t !== 'redis')) throw new Error('--transports: notify, redis');
  return {
    transports,
    replicas: text('replicas', '1,2,3') === 'none' ? [] : listOption(args, 'replicas', [1, 2, 3]),
    subscribers,
    perProcess,
    writers: option(args, 'writers', 20),
    writeSeconds: option(args, 'write-seconds', 8),
    rate: option(args, 'rate', 40),
    seconds: option(args, 'seconds', 10),
    timeoutMs: option(args, 'timeout', 10) * 1000,
    redisUrl: text('redis', process.env.REDIS_URL || 'redis://127.0.0.1:6379'),
    commitConnections:
      text('commit-connections', '1,20') === 'none' ? [] : listOption(args, 'commit-connections', [1, 20]),
  };
}

interface ReplicaRun {
  transport: Transport;
  replicas: number;
  writes: WriteLoadResult;
  fanOut: Pick<FanOutResult, 'deliveries' | 'expectedDeliveries' | 'missing' | 'duplicates'> & {
    subscribersPerReplica: number[];
    commentsSent: number;
    commentErrors: number;
    /** From the first comment sent to the last delivery. */
    durationS: number;
    eventsPerS: number;
    deliveriesPerS: number;
    /** (subscriber, event) pairs received before an older event (only counted when none is missing). */
    outOfOrder: number;
    /** Mutation response end (after COMMIT) → delivered, over every delivery. */
    responseToDelivered: ReturnType<typeof latency>;
    sendToDelivered: ReturnType<typeof latency>;
    mutation: ReturnType<typeof latency>;
  };
  serverCpuMs: number[];
}

const COMMENT =
  'mutation BenchComment($input: CommentOnRequestInput!) { commentOnRequest(input: $input) { request { id } } }';

/**
 * One replica set: R fresh servers on one database (direct connections, no counting proxy), on
 * NOTIFY or on Redis. First the write throughput (closed loop, no subscriber: the cost of
 * NOTIFY's commit-time lock against a publish after COMMIT), then fan-out under a steady rate of
 * comments spread over every replica, to subscribers spread over every replica: so notices cross
 * processes both ways and, on Redis, notices of concurrent commits may cross on the way.
 */
async function runReplicas(
  transport: Transport,
  replicas: number,
  o: ReplicaOptions,
  log: EventLog,
): Promise<ReplicaRun> {
  const label = `${transport} ×${replicas}`;
  const requests = pickRequests(DB, 400); // many: concurrent comments on one request would conflict
  const servers: Spawned[] = [];
  const agents: http.Agent[] = [];
  let subscribers: Subscribers | null = null;
  try {
    for (let r = 0; r < replicas; r++) {
      servers.push(
        await spawnServer({
          DATABASE_URL: dbUrl(DB),
          REDIS_URL: transport === 'redis' ? o.redisUrl : undefined,
          REDIS_CHANNEL: `lt_bench_scaleout_${process.pid}`,
        }),
      );
      agents.push(new http.Agent({ keepAlive: true, maxSockets: o.writers }));
    }
    const apis = servers.map((s) => `${s.url}/graphql`);
    const token = await login(apis[0], 'stnmt.staff');
    const cpuBefore = servers.map((s) => cpuMs(s.pid));

    let next = 0;
    const writes = await closedLoop(
      () => next++,
      o.writers,
      o.writeSeconds * 1000,
      (i) =>
        postGraphQL(agents[i % replicas], apis[i % replicas], token, COMMENT, {
          input: { id: requests[i % requests.length].id, body: `writes ${label} #${i}` },
        }).then(() => undefined),
    );
    console.log(`[scale-out] ${label}: writes ${writes.rps.toFixed(1)}/s, p99 ${writes.p99Ms.toFixed(1)} ms`);

    const ws = servers.map((s) => `${s.url.replace(/^http/, 'ws')}/graphql`);
    subscribers = await Subscribers.open(ws, await login(apis[0], 'stnmt.staff'), o.subscribers, o.perProcess);
    await warmUp(apis[0], token, requests[0].id, subscribers, log);
    await sleep(1000);
    const afterId = newestEventId(DB);
    const total = o.rate * o.seconds;
    const sent = new Map<string, { t0: number; t1: number }>();
    let commentErrors = 0;
    const started = now();
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / o.rate;
      if (due > now()) await sleep(due - now());
      const body = `fan-out ${label} #${i}`;
      inFlight.push(
        comment(apis[i % replicas], token, requests[i % requests.length].id, body, agents[i % replicas]).then(
          (times) => void sent.set(body, times),
          () => void commentErrors++,
        ),
      );
    }
    await Promise.all(inFlight);
    const idOf = eventIdsByBody(afterId);
    const ids = [...idOf.values()].sort((x, y) => x - y);
    const subs = subscribers;
    await subs.until(() => ids.every((id) => subs.deliveredToAll(id)), o.timeoutMs);
    const collected = await subs.collect();
    const fanOut = measureFanOut(ids, idOf, sent, collected, o.subscribers, started);
    const perReplica = ws.map((url) =>
      subs
        .processes()
        .filter((p) => p.url === url)
        .reduce((x, p) => x + p.subscribers, 0),
    );
    console.log(
      `[scale-out] ${label}: ${fanOut.deliveriesPerS.toFixed(0)} deliveries/s, response→delivered p99 ${fanOut.responseToDelivered.p99} ms, missing ${fanOut.missing}, duplicates ${fanOut.duplicates}, out of order ${fanOut.outOfOrder}`,
    );
    return {
      transport,
      replicas,
      writes,
      fanOut: { subscribersPerReplica: perReplica, commentsSent: total, commentErrors, ...fanOut },
      serverCpuMs: servers.map((s, r) => cpuMs(s.pid) - cpuBefore[r]),
    };
  } finally {
    await subscribers?.stop();
    for (const agent of agents) agent.destroy();
    for (const s of servers.reverse()) await s.stop();
  }
}

/** Up to `limit` IN_PROGRESS requests stnmt.staff's agency takes part in: comments spread over them. */
function pickRequests(db: string, limit: number): { id: string }[] {
  const first = pickRequest(db);
  const others = psql(
    `select r.id from requests r
      where r.status = 'IN_PROGRESS' and r.id <> '${first.id}'
        and exists (select 1 from request_participants p join agencies a on a.id = p.agency_id where p.request_id = r.id and a.code = 'STNMT')
      order by r.code limit ${limit - 1}`,
    db,
  )
    .split('\n')
    .filter(Boolean);
  return [first, ...others.map((id) => ({ id }))];
}

/** The fan-out phase's events: comment body → event id (the COMMENTED event keeps the body as `note`). */
function eventIdsByBody(afterId: number): Map<string, number> {
  const rows = psql(
    `select id || '|' || (data->>'note') from events where type = 'COMMENTED' and id > ${afterId} and data->>'note' like 'fan-out %'`,
    DB,
  )
    .split('\n')
    .filter(Boolean);
  return new Map(rows.map((row) => [row.slice(row.indexOf('|') + 1), Number(row.slice(0, row.indexOf('|')))]));
}

function latency(values: number[]) {
  const sorted = Float64Array.from(values).sort();
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

function measureFanOut(
  ids: number[],
  idOf: Map<string, number>,
  sent: Map<string, { t0: number; t1: number }>,
  collected: Awaited<ReturnType<Subscribers['collect']>>,
  total: number,
  started: number,
) {
  const timesOf = new Map<number, { t0: number; t1: number }>();
  for (const [body, id] of idOf) if (sent.has(body)) timesOf.set(id, sent.get(body)!);
  const fromResponse: number[] = [];
  const fromSend: number[] = [];
  let lastDelivery = started;
  let deliveries = 0;
  for (const id of ids) {
    const times = timesOf.get(id);
    for (const perSocket of collected.times.get(id) ?? []) {
      for (const at of perSocket) {
        if (at === 0) continue;
        deliveries++;
        lastDelivery = Math.max(lastDelivery, at);
        if (times) {
          fromResponse.push(at - times.t1);
          fromSend.push(at - times.t0);
        }
      }
    }
  }
  const measured = new Set(ids);
  let duplicates = 0;
  for (const report of collected.reports) {
    report.ids.forEach((id, slot) => {
      if (measured.has(id)) duplicates += report.duplicates[slot];
    });
  }
  const expectedDeliveries = total * ids.length;
  const missing = expectedDeliveries - deliveries;
  // with none missing, every client process holds every id, so the arrays line up per socket
  let outOfOrder = 0;
  if (missing === 0) {
    const perProcess = ids.map((id) => collected.times.get(id)!);
    for (let c = 0; c < perProcess[0].length; c++) {
      for (let socket = 0; socket < perProcess[0][c].length; socket++) {
        for (let k = 1; k < ids.length; k++) if (perProcess[k][c][socket] < perProcess[k - 1][c][socket]) outOfOrder++;
      }
    }
  }
  const durationS = (lastDelivery - started) / 1000;
  return {
    durationS: Math.round(durationS * 100) / 100,
    eventsPerS: Math.round((ids.length / durationS) * 10) / 10,
    deliveries,
    expectedDeliveries,
    deliveriesPerS: deliveries / durationS,
    missing,
    duplicates,
    outOfOrder,
    responseToDelivered: latency(fromResponse),
    sendToDelivered: latency(fromSend),
    mutation: latency([...sent.values()].map((t) => t.t1 - t.t0)),
  };
}

function replicaTable(replicaRuns: ReplicaRun[]) {
  return replicaRuns.map((r) => ({
    bus: r.transport === 'redis' ? 'Redis pub/sub' : 'LISTEN/NOTIFY',
    replicas: r.replicas,
    'writes/s': Number(r.writes.rps.toFixed(1)),
    'write p50': Number(r.writes.p50Ms.toFixed(1)),
    'write p99': Number(r.writes.p99Ms.toFixed(1)),
    'events/s': r.fanOut.eventsPerS,
    'deliveries/s': Math.round(r.fanOut.deliveriesPerS),
    'delivered / expected': `${r.fanOut.deliveries}/${r.fanOut.expectedDeliveries}`,
    missing: r.fanOut.missing,
    dup: r.fanOut.duplicates,
    'out of order': r.fanOut.outOfOrder,
    'resp→deliv p50': r.fanOut.responseToDelivered.p50,
    'resp→deliv p99': r.fanOut.responseToDelivered.p99,
    'send→deliv p99': r.fanOut.sendToDelivered.p99,
  }));
}

interface CommitLoopRun {
  transport: Transport;
  connections: number;
  commitsPerS: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * The commit-time cost alone, without the server: `connections` raw `pg` clients each loop over
 * the event log's commit shape — BEGIN, the commit-order advisory lock, one insert, then either
 * `pg_notify` inside the transaction (NOTIFY: PostgreSQL takes its notify-queue lock at COMMIT) or
 * a Redis PUBLISH after COMMIT — with one listener on the channel, as a replica would be.
 */
async function commitLoop(transport: Transport, connections: number, seconds: number, redisUrl: string) {
  const setup = new pg.Client({ connectionString: dbUrl(DB) });
  await setup.connect();
  await setup.query('create table if not exists bench_commit_loop (id bigserial primary key, note text not null)');
  const channel = `lt_bench_commit_${process.pid}`;
  const listener = transport === 'notify' ? setup : new Redis(redisUrl);
  if (listener instanceof Redis) await listener.subscribe(channel);
  else await listener.query(`listen ${channel}`);
  const publisher = transport === 'redis' ? new Redis(redisUrl) : null;
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: dbUrl(DB) });
      await client.connect();
      return client;
    }),
  );
  const free = [...clients];
  try {
    const result = await closedLoop(
      () => free.pop(),
      connections,
      seconds * 1000,
      async (client) => {
        try {
          await client.query('begin');
          await client.query('select pg_advisory_xact_lock(1280525654)'); // the app's COMMIT_ORDER_LOCK
          const { rows } = await client.query<{ id: string }>(
            "insert into bench_commit_loop (note) values ('commit loop') returning id",
          );
          const notice = JSON.stringify({ t: 'DOMAIN_EVENT', d: { id: Number(rows[0].id) } });
          if (!publisher) await client.query('select pg_notify($1, $2)', [channel, notice]);
          await client.query('commit');
          if (publisher) await publisher.publish(channel, notice);
        } finally {
          free.push(client);
        }
      },
    );
    return {
      transport,
      connections,
      commitsPerS: Math.round(result.rps),
      p50Ms: Math.round(result.p50Ms * 10) / 10,
      p99Ms: Math.round(result.p99Ms * 10) / 10,
    };
  } finally {
    for (const client of clients) await client.end();
    if (listener instanceof Redis) listener.disconnect();
    publisher?.disconnect();
    await setup.end();
  }
}
