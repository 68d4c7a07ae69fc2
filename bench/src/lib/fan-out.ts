/**
 * What fan-out and scale-out share: subscriber processes (bench/src/clients/fan-out-subscribers.ts),
 * spaced-out mutations that each create one request event, and the latency / drop / SQL arithmetic.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import pg from 'pg';
import { execFileSync } from 'node:child_process';
import { dbUrl, psql, recreateDatabase } from './db';
import { sleep } from './env';
import { forkClient, now, stopClient } from './graphql-ws';
import type { PgCounter } from './pg-counter';
import { ROOT } from './server';

const CLIENT = path.resolve(__dirname, '..', 'clients', 'fan-out-subscribers.js');
export { now };

const COMMENT =
  'mutation BenchComment($input: CommentOnRequestInput!) { commentOnRequest(input: $input) { request { id } } }';

interface ClientReport {
  kind: 'report';
  count: number;
  ids: number[];
  received: number[];
  duplicates: number[];
  unexpectedCloses: number;
  protocolErrors: number;
  rssKb: number;
}

interface Child {
  process: ChildProcess;
  count: number;
  url: string;
  done: Set<number>;
  live: boolean;
  connected?: { connected: number; errors: number };
  onMessage?: () => void;
  report?: ClientReport;
  /** Exit code if the process ended before it was told to stop. */
  failed?: number | null;
}

/** N subscribers spread over ⌈N / perProcess⌉ client processes. */
export class Subscribers {
  private constructor(
    readonly children: Child[],
    readonly total: number,
  ) {}

  /** With several URLs (one per server process), client process p connects to wsUrls[p % length]. */
  static async open(wsUrls: string[], token: string, total: number, perProcess: number): Promise<Subscribers> {
    const processes = Math.max(wsUrls.length, Math.ceil(total / perProcess));
    const children: Child[] = [];
    for (let p = 0; p < processes; p++) {
      const count = Math.floor(total / processes) + (p < total % processes ? 1 : 0);
      const wsUrl = wsUrls[p % wsUrls.length];
      const child: Child = {
        process: forkClient(CLIENT, [wsUrl, token, String(count)]),
        count,
        url: wsUrl,
        done: new Set(),
        live: false,
      };
      child.process.on('message', (message: { kind: string; id?: number; connected?: number; errors?: number }) => {
        if (message.kind === 'done') child.done.add(message.id!);
        else if (message.kind === 'live') child.live = true;
        else if (message.kind === 'connected')
          child.connected = { connected: message.connected!, errors: message.errors! };
        else if (message.kind === 'report') child.report = message as ClientReport;
        child.onMessage?.();
      });
      child.process.once('exit', (code) => {
        if (code !== 0) child.failed = code;
        child.onMessage?.();
      });
      children.push(child);
    }
    const subscribers = new Subscribers(children, total);
    await subscribers.until(() => children.every((c) => c.connected), 300_000, 'the subscribers to connect');
    return subscribers;
  }

  get connected() {
    return this.children.reduce((sum, c) => sum + (c.connected?.connected ?? 0), 0);
  }

  get connectErrors() {
    return this.children.reduce((sum, c) => sum + (c.connected?.errors ?? 0), 0);
  }

  /** Resolves when `test()` holds (checked on every client message), false after `timeoutMs`. */
  until(test: () => unknown, timeoutMs: number, what?: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        for (const c of this.children) c.onMessage = undefined;
        if (!ok && what) reject(new Error(`timed out waiting for ${what}`));
        else resolve(ok);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      const check = () => {
        const dead = this.children.find((c) => c.failed !== undefined);
        if (dead) {
          clearTimeout(timer);
          for (const c of this.children) c.onMessage = undefined;
          reject(new Error(`subscriber process ${dead.process.pid} exited with ${dead.failed}`));
        } else if (test()) finish(true);
      };
      for (const c of this.children) c.onMessage = check;
      check();
    });
  }

  /** Whether every subscriber in every process has received event `id`. */
  deliveredToAll(id: number) {
    return this.children.every((c) => c.done.has(id));
  }

  get live() {
    return this.children.every((c) => c.live);
  }

  /** Every process's receive times: per child, a map event id → Float64Array (one per subscriber). */
  async collect(): Promise<{ reports: ClientReport[]; times: Map<number, Float64Array[]> }> {
    const times = new Map<number, Float64Array[]>();
    const reports: ClientReport[] = [];
    for (const c of this.children) {
      const file = path.join(os.tmpdir(), `lt-fan-out-${process.pid}-${c.process.pid}.bin`);
      c.report = undefined;
      c.process.send({ cmd: 'report', file });
      await this.until(() => c.report, 60_000, 'a subscriber report');
      const report = c.report!;
      const raw = fs.readFileSync(file);
      fs.unlinkSync(file);
      const all = new Float64Array(raw.buffer, raw.byteOffset, raw.byteLength / 8);
      report.ids.forEach((id, slot) => {
        const list = times.get(id) ?? [];
        list.push(all.subarray(slot * report.count, (slot + 1) * report.count));
        times.set(id, list);
      });
      reports.push(report);
    }
    return { reports, times };
  }

  /** Per process: subscribers it holds, RSS — for the report. */
  processes() {
    return this.children.map((c) => ({ pid: c.process.pid, url: c.url, subscribers: c.count, rssKb: c.report?.rssKb }));
  }

  async stop() {
    await Promise.all(this.children.map((c) => stopClient(c.process, 10_000)));
  }
}

/**
 * The id of the event a mutation just created, read straight from PostgreSQL (not through the
 * counting proxy) once the mutation's response is in (it committed before answering). Waiting for
 * that exact id matters: waiting for "any newly completed event" lets a slow previous event stand
 * in for the current one, and the next mutation then overlaps a delivery still in progress.
 */
export class EventLog {
  private constructor(private readonly client: pg.Client) {}

  static async open(db: string): Promise<EventLog> {
    const client = new pg.Client({ connectionString: dbUrl(db) });
    await client.connect();
    return new EventLog(client);
  }

  /** Only the benchmark writes request events in its database: the newest one is the mutation's. */
  async newest(requestId: string): Promise<number> {
    const { rows } = await this.client.query<{ id: string }>(
      `select max(id)::text as id from events where aggregate_id = $1`,
      [requestId],
    );
    return Number(rows[0].id);
  }

  close() {
    return this.client.end();
  }
}

/** One comment on the request: creates exactly one COMMENTED request event. Times are epoch ms. */
export function comment(
  api: string,
  token: string,
  requestId: string,
  body: string,
  agent: http.Agent,
): Promise<{ t0: number; t1: number }> {
  const payload = JSON.stringify({ query: COMMENT, variables: { input: { id: requestId, body } } });
  return new Promise((resolve, reject) => {
    const req = http.request(
      api,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (data += chunk));
        res.on('end', () => {
          // the response's end: the transaction committed before the server wrote it
          const t1 = now();
          if (res.statusCode !== 200 || data.includes('"errors"'))
            reject(new Error(`comment failed: HTTP ${res.statusCode} ${data.slice(0, 300)}`));
          else resolve({ t0, t1 });
        });
      },
    );
    req.on('error', reject);
    const t0 = now(); // just before the request is written
    req.end(payload);
  });
}

export interface SentEvent {
  k: number;
  /** The event this mutation created. */
  id: number;
  t0: number;
  t1: number;
  /** Statements the server sent from just before the mutation until delivered (+ settle). */
  statements: number;
  /** Not delivered to every subscriber within the timeout. */
  timedOut: boolean;
  /** The statements' texts (first 60 characters), to explain a window that counts more or fewer. */
  texts: string[];
}

export interface SendOptions {
  api: string;
  token: string;
  requestId: string;
  events: number;
  /** Wait for delivery to all at most this long before the next mutation. */
  timeoutMs: number;
  /** Pause after each event is delivered (and before the statement count is read). */
  gapMs: number;
  label: string;
  counter?: PgCounter;
  subscribers?: Subscribers;
  log: EventLog;
}

/**
 * M mutations one after the other: each is sent only once the previous event reached every
 * subscriber (or the timeout passed) and a gap passed, so latency is measured, not queueing.
 */
export async function sendEvents(o: SendOptions): Promise<SentEvent[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sent: SentEvent[] = [];
  o.counter?.takeTexts();
  for (let k = 0; k < o.events; k++) {
    const before = o.counter?.statements() ?? 0;
    const { t0, t1 } = await comment(o.api, o.token, o.requestId, `${o.label} #${k + 1}`, agent);
    const id = await o.log.newest(o.requestId);
    let timedOut = false;
    if (o.subscribers) {
      const subs = o.subscribers;
      timedOut = !(await subs.until(() => subs.deliveredToAll(id), Math.max(0, o.timeoutMs - (now() - t0))));
    }
    await sleep(o.gapMs);
    const texts = (o.counter?.takeTexts() ?? []).map((t) => t.replace(/\s+/g, ' ').trim().slice(0, 60));
    sent.push({ k, id, t0, t1, statements: (o.counter?.statements() ?? 0) - before, timedOut, texts });
  }
  agent.destroy();
  return sent;
}

/** Opens subscribers' feeds for real: comments until every subscriber has received an event. */
export async function warmUp(
  api: string,
  token: string,
  requestId: string,
  subscribers: Subscribers,
  log: EventLog,
  timeoutMs = 120_000,
): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const deadline = Date.now() + timeoutMs;
  let sent = 0;
  let last = 0;
  // graphql-ws says nothing when a subscription is registered: an event that reaches everyone does.
  while (!subscribers.live) {
    if (Date.now() > deadline) throw new Error(`warm-up: not every subscriber received an event in ${timeoutMs} ms`);
    await comment(api, token, requestId, `warm-up ${++sent}`, agent);
    last = await log.newest(requestId);
    await subscribers.until(() => subscribers.live, 1000);
  }
  // and nothing of the warm-up is still being delivered when measuring starts
  await subscribers.until(
    () => subscribers.deliveredToAll(last),
    Math.max(1000, deadline - Date.now()),
    'the last warm-up event',
  );
  agent.destroy();
  return sent;
}

/** The windows whose statement count differs from the most common one, with their texts. */
export function unusualWindows(sent: SentEvent[]) {
  const tally = new Map<number, number>();
  for (const e of sent) tally.set(e.statements, (tally.get(e.statements) ?? 0) + 1);
  const usual = [...tally].sort((x, y) => y[1] - x[1])[0]?.[0];
  return {
    usual,
    unusual: sent
      .filter((e) => e.statements !== usual)
      .map((e) => ({ k: e.k, statements: e.statements, texts: e.texts })),
  };
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** p50/p90/p99/max of latencies in ms, to 0.1 ms. */
export const summary = (values: Float64Array) => {
  const sorted = values.slice().sort();
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
};

export interface FanOutResult {
  subscribers: number;
  events: number;
  deliveries: number;
  expectedDeliveries: number;
  missing: number;
  duplicates: number;
  /** Request events received that no measured mutation created (none expected). */
  unexpectedEvents: number;
  unexpectedCloses: number;
  protocolErrors: number;
  timedOut: number;
  /** Over every (subscriber, event) delivery, ms. */
  sendToDelivered: ReturnType<typeof summary>;
  responseToDelivered: ReturnType<typeof summary>;
  /** Per event, the last subscriber's delivery (send → delivered to all), ms. */
  sendToLast: ReturnType<typeof summary>;
  /** Mutation round trip (send → response end), ms. */
  mutation: ReturnType<typeof summary>;
}

/**
 * Matches each mutation with its event (the event log's COMMENTED events on the request after
 * `afterId`, in commit order — mutations were sequential), then counts latencies and drops.
 */
export function analyse(
  db: string,
  requestId: string,
  afterId: number,
  sent: SentEvent[],
  collected: Awaited<ReturnType<Subscribers['collect']>>,
  total: number,
): FanOutResult {
  const ids = psql(
    `select id from events where aggregate_id = '${requestId}' and type = 'COMMENTED' and id > ${afterId} order by id`,
    db,
  )
    .split('\n')
    .filter(Boolean)
    .map(Number);
  if (ids.join() !== sent.map((e) => e.id).join())
    throw new Error(`the event log after ${afterId} does not hold exactly the ${sent.length} measured events`);
  const sendLat = new Float64Array(total * sent.length);
  const respLat = new Float64Array(total * sent.length);
  const last = new Float64Array(sent.length);
  let n = 0;
  let missing = 0;
  sent.forEach((event, k) => {
    const perProcess = collected.times.get(ids[k]) ?? [];
    let received = 0;
    let slowest = -Infinity;
    for (const times of perProcess) {
      for (const at of times) {
        if (at === 0) continue;
        received++;
        sendLat[n] = at - event.t0;
        respLat[n] = at - event.t1;
        slowest = Math.max(slowest, at - event.t0);
        n++;
      }
    }
    missing += total - received;
    last[k] = received ? slowest : NaN;
  });
  const measured = new Set(ids);
  let duplicates = 0;
  let unexpectedEvents = 0;
  for (const report of collected.reports) {
    report.ids.forEach((id, slot) => {
      if (measured.has(id)) duplicates += report.duplicates[slot];
      else if (id > afterId) unexpectedEvents++;
    });
  }
  return {
    subscribers: total,
    events: sent.length,
    deliveries: n,
    expectedDeliveries: total * sent.length,
    missing,
    duplicates,
    unexpectedEvents,
    unexpectedCloses: collected.reports.reduce((s, r) => s + r.unexpectedCloses, 0),
    protocolErrors: collected.reports.reduce((s, r) => s + r.protocolErrors, 0),
    timedOut: sent.filter((e) => e.timedOut).length,
    sendToDelivered: summary(sendLat.subarray(0, n)),
    responseToDelivered: summary(respLat.subarray(0, n)),
    sendToLast: summary(last.filter((v) => !Number.isNaN(v))),
    mutation: summary(Float64Array.from(sent, (e) => e.t1 - e.t0)),
  };
}

/** The newest event id (read directly, not through the counting proxy). */
export function newestEventId(db: string): number {
  return Number(psql('select coalesce(max(id), 0) from events', db));
}

/** user + system CPU time of a process, ms (from /proc/<pid>/stat; clock ticks are 10 ms here). */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime (fields 14, 15)
}

export function loadavg() {
  return os.loadavg().map((v) => Math.round(v * 100) / 100);
}

/** A request stnmt.staff's agency takes part in, open for comments: every subscriber sees its events. */
export function pickRequest(db: string): { id: string; code: string } {
  const [id, code] = psql(
    `select r.id || '|' || r.code from requests r
      where r.status = 'IN_PROGRESS'
        and exists (select 1 from request_participants p join agencies a on a.id = p.agency_id where p.request_id = r.id and a.code = 'STNMT')
      order by r.code limit 1`,
    db,
  ).split('|');
  if (!id) throw new Error('no IN_PROGRESS request with STNMT taking part');
  return { id, code };
}

const SEED_LARGE = path.join(ROOT, 'server', 'dist', 'seeding', 'seed-large-cli.js');

/** `--key=1,2,3` → numbers. */
export function listOption(args: string[], key: string, fallback: number[]): number[] {
  const hit = args.find((a) => a.startsWith(`--${key}=`));
  return hit
    ? hit
        .slice(key.length + 3)
        .split(',')
        .map(Number)
    : fallback;
}

/** Seeds `db` with the project's generator (10,000 requests), as the reads benchmark does. */
export function seedLarge(db: string) {
  recreateDatabase(db);
  execFileSync(
    process.execPath,
    [SEED_LARGE, '--requests', '10000', '--seed', '1', '--today', '2026-11-28', '--force'],
    {
      env: { ...process.env, DATABASE_URL: dbUrl(db) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  psql('analyze', db);
}
