/**
 * `npm run bench -- growth`: does an inbox page cost the same at 1k and at 1M requests? For each
 * size, a database filled by the project's generator, the real server, and the inbox as
 * stnmt.staff: the first page, and a deep page reached by keyset (`after:` the cursor of the row
 * at 90% of the viewer's inbox). Latency, not throughput: few connections, hundreds of samples.
 *
 * The counter-example, per size, in raw `pg` on the same data: the same deep page with OFFSET
 * (the server's own list statement, its `limit 51` replaced by `offset k limit 50`) and an exact
 * count(*) of the inbox (the same FROM/WHERE). The server's statements are captured through the
 * wire-protocol proxy (bench/src/lib/pg-capture.ts); their EXPLAIN (ANALYZE, BUFFERS) plans are
 * saved in the JSON, to show which index each one walks.
 *
 * Every size's database and server exist at once and the samples are taken in rounds (`--block`
 * samples of each page of each size per round), so the machine's load drift hits all sizes alike.
 *
 * Options: --sizes=1000,10000,100000,1000000 --connections=1 --samples=400 --warmup=50 --block=20
 *          --sql-seconds=20 (time cap per raw-SQL counter-example) --keep-db --reseed
 * A database whose comment records the same generator arguments is reused (seeding 1M takes minutes).
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { dbUrl, dropDatabase, psql } from '../lib/db';
import { option, sleep } from '../lib/env';
import { login } from '../lib/gql';
import { startPgCapture } from '../lib/pg-capture';
import { INBOX } from '../lib/queries';
import { table, writeResults } from '../lib/results';
import { ROOT, spawnServer, type Spawned } from '../lib/server';
import { serverWorkingTree } from '../lib/worktree';

const SEED_LARGE = path.join(ROOT, 'server', 'dist', 'seeding', 'seed-large-cli.js');
const SEED_ARGS = (n: number) => ['--requests', String(n), '--seed', '1', '--today', '2026-11-28', '--force'];
const PAGE = 50;
const DEEP_AT = 0.9;

const dbName = (n: number) =>
  `lt_bench_growth_${n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}m` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : n}`;
const loadavg = () => os.loadavg().map((v) => Number(v.toFixed(2)));

interface Latency {
  samples: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  loadavgStart: number[];
  loadavgEnd: number[];
}

function summarise(latencies: number[], loadavgStart: number[]): Latency {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    Number(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))].toFixed(2));
  return {
    samples: sorted.length,
    p50Ms: at(50),
    p90Ms: at(90),
    p99Ms: at(99),
    maxMs: Number(sorted[sorted.length - 1].toFixed(2)),
    meanMs: Number((latencies.reduce((s, v) => s + v, 0) / latencies.length).toFixed(2)),
    loadavgStart,
    loadavgEnd: loadavg(),
  };
}

/**
 * `connections` loops, each running `one()` after the previous returned, until `samples` latencies
 * were taken (after `warmup` unrecorded calls) or `maxMs` passed (at least `minSamples` taken).
 */
async function sample(
  one: () => Promise<void>,
  o: { connections: number; warmup: number; samples: number; maxMs?: number; minSamples?: number },
): Promise<Latency> {
  for (let i = 0; i < o.warmup; i++) await one();
  const start = loadavg();
  const latencies: number[] = [];
  const deadline = o.maxMs ? Date.now() + o.maxMs : Infinity;
  let started = 0;
  await Promise.all(
    Array.from({ length: o.connections }, async () => {
      while (started < o.samples && (Date.now() < deadline || latencies.length < (o.minSamples ?? 1))) {
        started++;
        const t0 = process.hrtime.bigint();
        await one();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  return summarise(latencies, start);
}

/** One POST of a fixed body on a keep-alive agent; rejects unless HTTP 200 without GraphQL errors. */
function poster(url: string, token: string, body: string, agent: http.Agent) {
  const target = new URL(url);
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    authorization: `Bearer ${token}`,
  };
  return () =>
    new Promise<string>((resolve, reject) => {
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200 || text.startsWith('{"errors"'))
              reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
            else resolve(text);
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

function ensureSeeded(db: string, n: number, reseed: boolean): { reused: boolean; seedSeconds: number | null } {
  const marker = `seed-large ${SEED_ARGS(n).join(' ')}`;
  const exists = psql(`select count(*) from pg_database where datname = '${db}'`) === '1';
  if (
    exists &&
    !reseed &&
    psql(`select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = '${db}'`) ===
      marker
  ) {
    return { reused: true, seedSeconds: null };
  }
  psql(`drop database if exists ${db} with (force)`);
  psql(`create database ${db}`);
  const t0 = Date.now();
  execFileSync(process.execPath, [SEED_LARGE, ...SEED_ARGS(n)], {
    env: { ...process.env, DATABASE_URL: dbUrl(db) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  psql('analyze', db);
  // Only once the generator finished: a half-seeded database is never reused.
  psql(`comment on database ${db} is '${marker}'`);
  return { reused: false, seedSeconds: Math.round((Date.now() - t0) / 1000) };
}

/** Free bytes on the file system holding PostgreSQL's data directory (df, as the brief asks). */
function freeBytes(): number {
  let dir = '/';
  try {
    dir = psql('show data_directory');
  } catch {
    /* not readable: the root file system */
  }
  const line = execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
  return Number(line.trim());
}

/** `n` latencies of `one()` over `connections` loops (no warm-up: the caller's rounds share one). */
async function collect(one: () => Promise<unknown>, n: number, connections: number): Promise<number[]> {
  const latencies: number[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (started < n) {
        started++;
        const t0 = process.hrtime.bigint();
        await one();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  return latencies;
}

interface Ctx {
  n: number;
  db: string;
  pool: Pool;
  requests: number;
  disk: string;
  seeded: { reused: boolean; seedSeconds: number | null };
  inboxRows: number;
  k: number;
  cursor: string;
  expectedDeepFirst: string;
  firstBody: string;
  deepBody: string;
  statements: { first: string[]; deep: string[] };
  keysetFirstSql: string;
  keysetDeepSql: string;
  offsetSql: string;
  countSql: string;
}

async function explain(pool: Pool, sql: string): Promise<{ plan: string; executionMs: number; indexes: string[] }> {
  await pool.query(`explain (analyze, buffers) ${sql}`); // first run warms the cache; the second is kept
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  const indexes = [
    ...new Set([...plan.matchAll(/(?:Index|Index Only) Scan(?: Backward)? using (\S+)/g)].map((m) => m[1])),
  ];
  return { plan, executionMs, indexes };
}

export async function run(args: string[]) {
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg
    ? sizesArg
        .slice('--sizes='.length)
        .split(',')
        .map((s) => Number(s.replace(/_/g, '')))
    : [1_000, 10_000, 100_000, 1_000_000];
  const connections = option(args, 'connections', 1);
  const samples = option(args, 'samples', 400);
  const warmup = option(args, 'warmup', 50);
  const sqlSeconds = option(args, 'sql-seconds', 20);
  const keep = args.includes('--keep-db');
  const reseed = args.includes('--reseed');
  const loadavgAtStart = loadavg();
  const created = new Set<string>();
  const capture = await startPgCapture('127.0.0.1', 5432);
  const results: Record<string, unknown>[] = [];
  const pools: Pool[] = [];
  const block = option(args, 'block', 20);
  try {
    // --- 1. per size: data, the viewer's inbox, the deep cursor, the server's SQL (captured) ---
    const ctxs: Ctx[] = [];
    for (const n of sizes) {
      const db = dbName(n);
      // ~3.5 KB per request on disk with its participants, events, indexes (1M: 3.3 GB); twice that free.
      const need = n * 3_500 * 2;
      const free = freeBytes();
      if (free < need) throw new Error(`not enough disk for ${n} requests: ${free} bytes free, want ${need}`);
      console.log(`[growth] ${db}: ${n} requests (${Math.round(free / 1e9)} GB free)`);
      const seeded = ensureSeeded(db, n, reseed);
      created.add(db);
      console.log(
        `[growth] ${db}: ${seeded.reused ? 'reused (same generator arguments)' : `seeded in ${seeded.seedSeconds} s`}`,
      );
      const pool = new Pool({ connectionString: dbUrl(db), max: Math.max(2, connections) });
      pools.push(pool);
      const requests = Number(psql('select count(*) from requests', db));
      const stnmt = psql(`select id from agencies where code = 'STNMT'`, db);
      const inboxWhere = `r.status <> 'DRAFT' and exists (select 1 from request_participants ip where ip.request_id = r.id and ip.agency_id = $1)`;
      const {
        rows: [{ count: inboxText }],
      } = await pool.query<{ count: string }>(`select count(*) from requests r where ${inboxWhere}`, [stnmt]);
      const inboxRows = Number(inboxText);
      // The row just before position k (0-based) in the inbox's order: its cursor opens the page at k
      // (or the last full page, when 90% leaves fewer than 50 rows: a 1k database's inbox is ~90 rows).
      const k = Math.min(Math.floor(inboxRows * DEEP_AT), inboxRows - PAGE);
      const { rows: around } = await pool.query<{ id: string; last_activity_at: Date }>(
        `select r.id, r.last_activity_at from requests r where ${inboxWhere} order by r.last_activity_at desc, r.id desc offset $2 limit 2`,
        [stnmt, k - 1],
      );
      // shared/pagination.ts timeCursor: base64url JSON of [lastActivityAt ISO (ms), id]
      const cursor = Buffer.from(JSON.stringify([around[0].last_activity_at.toISOString(), around[0].id])).toString(
        'base64url',
      );
      const expectedDeepFirst = around[1].id;
      const disk = psql(`select pg_size_pretty(pg_database_size('${db}'))`);
      const firstBody = JSON.stringify({
        query: INBOX,
        variables: { filter: { box: 'INBOX' }, sort: 'LAST_ACTIVITY', first: PAGE },
      });
      const deepBody = JSON.stringify({
        query: INBOX,
        variables: { filter: { box: 'INBOX' }, sort: 'LAST_ACTIVITY', first: PAGE, after: cursor },
      });

      // The server's SQL for both pages: one request each through the proxy, after a warm-up one.
      const counted = await spawnServer({ DATABASE_URL: dbUrl(db, capture.port) });
      let statements: { first: string[]; deep: string[] };
      try {
        const url = `${counted.url}/graphql`;
        const token = await login(url, 'stnmt.staff');
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const take = async (send: () => Promise<string>) => {
          await send();
          await sleep(200);
          capture.take();
          await send();
          await sleep(200);
          return capture.take().map((s) => s.text);
        };
        statements = {
          first: await take(poster(url, token, firstBody, agent)),
          deep: await take(poster(url, token, deepBody, agent)),
        };
        agent.destroy();
      } finally {
        await counted.stop();
      }
      const listOf = (texts: string[]) => {
        // the inbox orders by the request's activity, or by the participation's copy of it (same values)
        const list = texts.find((t) =>
          /order by (r\.last_activity_at desc, r\.id|ip\.last_activity_at desc, ip\.request_id) desc\s+limit \d+\s*$/i.test(
            t,
          ),
        );
        if (!list) throw new Error(`no list statement among:\n${texts.join('\n---\n')}`);
        return list;
      };
      const keysetFirstSql = listOf(statements.first);
      const keysetDeepSql = listOf(statements.deep);
      const offsetSql = keysetFirstSql.replace(/limit\s+\d+\s*$/i, `offset ${k} limit ${PAGE}`);
      const fromAt = keysetFirstSql.search(/\sfrom requests r\s/);
      const countSql = `select count(*)${keysetFirstSql.slice(fromAt, keysetFirstSql.search(/\sorder by (r|ip)\.last_activity_at desc/))}`;
      const { rows: offsetRows } = await pool.query<{ id: string }>(offsetSql);
      const {
        rows: [{ count: countCheck }],
      } = await pool.query<{ count: string }>(countSql);
      if (offsetRows.length !== PAGE || offsetRows[0].id !== expectedDeepFirst)
        throw new Error(`OFFSET page differs from the keyset page (${offsetRows[0]?.id} vs ${expectedDeepFirst})`);
      if (Number(countCheck) !== inboxRows) throw new Error(`count(*) ${countCheck} ≠ inbox rows ${inboxRows}`);
      ctxs.push({
        n,
        db,
        pool,
        requests,
        disk,
        seeded,
        inboxRows,
        k,
        cursor,
        expectedDeepFirst,
        firstBody,
        deepBody,
        statements,
        keysetFirstSql,
        keysetDeepSql,
        offsetSql,
        countSql,
      });
    }

    // --- 2. through the real servers, one per size, all running; samples taken in rounds ---
    // Round-robin blocks (every size, first then deep page, `block` samples each, per round) so a
    // change in the shared machine's load during the run weighs on every size alike: the target is
    // a ratio between sizes, and sizes measured minutes apart drifted by up to 1.4× here.
    const servers: {
      ctx: Ctx;
      server: Spawned;
      agent: http.Agent;
      first: () => Promise<string>;
      deep: () => Promise<string>;
    }[] = [];
    const apiLatencies = new Map<string, number[]>();
    const apiLoadStart = loadavg();
    try {
      for (const ctx of ctxs) {
        const server = await spawnServer({ DATABASE_URL: dbUrl(ctx.db) });
        const url = `${server.url}/graphql`;
        const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
        servers.push({ ctx, server, agent, first: poster(url, '', '', agent), deep: poster(url, '', '', agent) });
        const token = await login(url, 'stnmt.staff');
        const entry = servers[servers.length - 1];
        entry.first = poster(url, token, ctx.firstBody, agent);
        entry.deep = poster(url, token, ctx.deepBody, agent);
        const check = (text: string, firstId?: string) => {
          const edges = (JSON.parse(text) as { data: { requests: { edges: { node: { id: string } }[] } } }).data
            .requests.edges;
          if (edges.length !== PAGE) throw new Error(`expected ${PAGE} edges, got ${edges.length}`);
          if (firstId && edges[0].node.id !== firstId)
            throw new Error(`deep page starts at ${edges[0].node.id}, expected ${firstId} (row ${ctx.k})`);
        };
        check(await entry.first());
        check(await entry.deep(), ctx.expectedDeepFirst);
        for (let i = 0; i < warmup; i++) {
          await entry.first();
          await entry.deep();
        }
      }
      for (let done = 0; done < samples; done += block) {
        const size = Math.min(block, samples - done);
        for (const s of servers) {
          for (const page of ['first', 'deep'] as const) {
            const key = `${s.ctx.n}:${page}`;
            apiLatencies.set(key, [...(apiLatencies.get(key) ?? []), ...(await collect(s[page], size, connections))]);
          }
        }
      }
    } finally {
      for (const s of servers) {
        s.agent.destroy();
        await s.server.stop();
      }
    }

    // --- 3. raw SQL: the server's keyset statements in rounds too; OFFSET and count(*) per size ---
    const sqlLoadStart = loadavg();
    const sqlLatencies = new Map<string, number[]>();
    const sqlOne = (pool: Pool, sql: string) => async () => void (await pool.query(sql));
    for (const ctx of ctxs)
      for (let i = 0; i < 3; i++)
        await Promise.all([ctx.pool.query(ctx.keysetFirstSql), ctx.pool.query(ctx.keysetDeepSql)]);
    for (let done = 0; done < samples; done += block) {
      const size = Math.min(block, samples - done);
      for (const ctx of ctxs) {
        for (const [page, sql] of [
          ['first', ctx.keysetFirstSql],
          ['deep', ctx.keysetDeepSql],
        ] as const) {
          const key = `${ctx.n}:${page}`;
          sqlLatencies.set(key, [
            ...(sqlLatencies.get(key) ?? []),
            ...(await collect(sqlOne(ctx.pool, sql), size, connections)),
          ]);
        }
      }
    }
    for (const ctx of ctxs) {
      const api = {
        first: summarise(apiLatencies.get(`${ctx.n}:first`)!, apiLoadStart),
        deep: summarise(apiLatencies.get(`${ctx.n}:deep`)!, apiLoadStart),
      };
      const sqlOpts = { connections, warmup: 3, samples, maxMs: sqlSeconds * 1000, minSamples: 10 };
      const sql = {
        keysetFirst: summarise(sqlLatencies.get(`${ctx.n}:first`)!, sqlLoadStart),
        keysetDeep: summarise(sqlLatencies.get(`${ctx.n}:deep`)!, sqlLoadStart),
        offsetDeep: await sample(sqlOne(ctx.pool, ctx.offsetSql), sqlOpts),
        count: await sample(sqlOne(ctx.pool, ctx.countSql), sqlOpts),
      };
      const plans = {
        keysetFirst: await explain(ctx.pool, ctx.keysetFirstSql),
        keysetDeep: await explain(ctx.pool, ctx.keysetDeepSql),
        offsetDeep: await explain(ctx.pool, ctx.offsetSql),
        count: await explain(ctx.pool, ctx.countSql),
      };
      // Diagnosis, if the list statement still carries request.queries.ts visibleTo()'s clause (as
      // before commit c389c83): its `or exists (...)` cannot become a semi-join, so PostgreSQL hashes
      // every participant row of the viewer's agency on each query; this is the page without it.
      const VISIBLE_TO =
        /where \(r\.requesting_agency_id = '[0-9a-f-]+' or \(r\.status <> 'DRAFT' and exists \(\s*select 1 from request_participants vp where vp\.request_id = r\.id and vp\.agency_id = '[0-9a-f-]+'\)\)\) and /;
      const withoutVisibleTo = VISIBLE_TO.test(ctx.keysetFirstSql)
        ? {
            keysetFirst: await explain(ctx.pool, ctx.keysetFirstSql.replace(VISIBLE_TO, 'where ')),
            keysetDeep: await explain(ctx.pool, ctx.keysetDeepSql.replace(VISIBLE_TO, 'where ')),
          }
        : null;
      console.log(
        `[growth] ${ctx.db}: API first p50 ${api.first.p50Ms} ms, deep (row ${ctx.k} of ${ctx.inboxRows}) p50 ${api.deep.p50Ms} ms; SQL keyset deep p50 ${sql.keysetDeep.p50Ms} ms; OFFSET p50 ${sql.offsetDeep.p50Ms} ms (${sql.offsetDeep.samples} samples); count(*) p50 ${sql.count.p50Ms} ms; keyset plan uses ${plans.keysetDeep.indexes.join(', ')}`,
      );
      results.push({
        requests: ctx.requests,
        db: ctx.db,
        disk: ctx.disk,
        seeded: ctx.seeded,
        inboxRows: ctx.inboxRows,
        deepRow: ctx.k,
        cursor: ctx.cursor,
        statementsPerRequest: { first: ctx.statements.first.length, deep: ctx.statements.deep.length },
        api,
        sql,
        sqlText: {
          keysetFirst: ctx.keysetFirstSql,
          keysetDeep: ctx.keysetDeepSql,
          offsetDeep: ctx.offsetSql,
          count: ctx.countSql,
        },
        plans,
        diagnosisWithoutVisibilityClause: withoutVisibleTo,
      });
    }

    // --- report ---
    type R = {
      requests: number;
      inboxRows: number;
      deepRow: number;
      api: { first: Latency; deep: Latency };
      sql: Record<string, Latency>;
      plans: Record<string, { executionMs: number; indexes: string[] }>;
      statementsPerRequest: { first: number; deep: number };
    };
    const rs = results as unknown as R[];
    const out = rs.map((r) => ({
      requests: r.requests,
      'inbox rows': r.inboxRows,
      'deep row': r.deepRow,
      'first page p50/p99 ms': `${r.api.first.p50Ms} / ${r.api.first.p99Ms}`,
      'deep keyset p50/p99 ms': `${r.api.deep.p50Ms} / ${r.api.deep.p99Ms}`,
      'SQL keyset deep p50 ms': r.sql.keysetDeep.p50Ms,
      'SQL OFFSET deep p50 ms': r.sql.offsetDeep.p50Ms,
      'SQL count(*) p50 ms': r.sql.count.p50Ms,
      'plan ms first/deep/offset/count': [r.plans.keysetFirst, r.plans.keysetDeep, r.plans.offsetDeep, r.plans.count]
        .map((p) => p.executionMs.toFixed(1))
        .join(' / '),
    }));
    const small = rs[0];
    const big = rs[rs.length - 1];
    const ratio = (f: (r: R) => number) => Number((f(big) / f(small)).toFixed(2));
    const ratios = {
      from: small.requests,
      to: big.requests,
      firstPage: ratio((r) => r.api.first.p50Ms),
      deepKeyset: ratio((r) => r.api.deep.p50Ms),
      sqlKeysetFirst: ratio((r) => r.sql.keysetFirst.p50Ms),
      sqlKeysetDeep: ratio((r) => r.sql.keysetDeep.p50Ms),
      sqlOffsetDeep: ratio((r) => r.sql.offsetDeep.p50Ms),
      sqlCount: ratio((r) => r.sql.count.p50Ms),
    };
    const verdict = [
      {
        page: 'first page (API)',
        [`p50 at ${big.requests} ÷ p50 at ${small.requests}`]: ratios.firstPage,
        '≤ 1.2×': ratios.firstPage <= 1.2 ? 'met' : 'NOT met',
      },
      {
        page: 'deep page, keyset (API)',
        [`p50 at ${big.requests} ÷ p50 at ${small.requests}`]: ratios.deepKeyset,
        '≤ 1.2×': ratios.deepKeyset <= 1.2 ? 'met' : 'NOT met',
      },
      {
        page: 'counter-example: deep page, OFFSET (SQL)',
        [`p50 at ${big.requests} ÷ p50 at ${small.requests}`]: ratios.sqlOffsetDeep,
        '≤ 1.2×': ratios.sqlOffsetDeep <= 1.2 ? 'met' : 'NOT met',
      },
      {
        page: 'counter-example: exact count(*) (SQL)',
        [`p50 at ${big.requests} ÷ p50 at ${small.requests}`]: ratios.sqlCount,
        '≤ 1.2×': ratios.sqlCount <= 1.2 ? 'met' : 'NOT met',
      },
    ];
    const loadavgAtEnd = loadavg();
    console.log(
      `\ngrowth: inbox of stnmt.staff, ${PAGE} per page; API = the real server, ${connections} connection(s), ${samples} samples after ${warmup} warm-up, taken in rounds of ${block} across sizes; SQL keyset likewise; OFFSET and count(*) ≤ ${samples} samples or ${sqlSeconds} s per size`,
    );
    console.log(table(out));
    console.log('');
    console.log(table(verdict));
    console.log(
      `\nplan of the server's deep keyset statement at ${big.requests}: indexes ${big.plans.keysetDeep.indexes.join(', ')}`,
    );
    const diag = (
      results as {
        requests: number;
        diagnosisWithoutVisibilityClause: {
          keysetFirst: { executionMs: number };
          keysetDeep: { executionMs: number };
        } | null;
      }[]
    )
      .map(
        (r) =>
          r.diagnosisWithoutVisibilityClause &&
          `${r.requests}: ${r.diagnosisWithoutVisibilityClause.keysetFirst.executionMs.toFixed(1)} / ${r.diagnosisWithoutVisibilityClause.keysetDeep.executionMs.toFixed(1)} ms`,
      )
      .filter(Boolean);
    if (diag.length)
      console.log(
        `diagnosis — plan ms (first / deep) of the same statements without visibleTo()'s clause: ${diag.join('; ')}`,
      );
    console.log(`load average: ${loadavgAtStart.join(' ')} at start, ${loadavgAtEnd.join(' ')} at end`);
    const file = writeResults('growth', {
      settings: {
        sizes,
        connections,
        samples,
        warmup,
        block,
        interleaved: 'all sizes served at once; samples in round-robin blocks',
        sqlSeconds,
        page: PAGE,
        deepAt: DEEP_AT,
        viewer: 'stnmt.staff',
        document: 'bench/src/lib/queries.ts INBOX (filter {box: INBOX}, sort LAST_ACTIVITY, first 50)',
        generator: `server/dist/seeding/seed-large-cli.js ${SEED_ARGS(0).slice(2).join(' ')} --requests N`,
      },
      serverUncommitted: serverWorkingTree(),
      loadavg: { start: loadavgAtStart, end: loadavgAtEnd },
      sizes: results,
      ratios,
      table: out,
      verdict,
    });
    console.log(`\nwritten: ${file}`);
  } finally {
    for (const pool of pools) await pool.end();
    await capture.close();
    if (!keep) for (const db of created) dropDatabase(db);
  }
}
