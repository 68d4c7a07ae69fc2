import { gql, login } from '../lib/gql';
import { dbUrl, dropDatabase, psql, recreateDatabase } from '../lib/db';
import { FLOOR_MAIN, option, sleep } from '../lib/env';
import { cpuMs } from '../lib/fan-out';
import { runLoad, type LoadResult } from '../lib/load';
import { startPgCounter } from '../lib/pg-counter';
import { DASHBOARD, INBOX, PEER_INBOX, REQUEST_DETAIL } from '../lib/queries';
import { table, writeResults } from '../lib/results';
import { ROOT, spawnNode, spawnServer, type Spawned } from '../lib/server';
import { createPeerSchema } from '../peer/peer-schema';
import { assertSamePage, type InboxData } from '../peer/same-page';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const DB = 'lt_bench';
const SEED_LARGE = path.join(ROOT, 'server', 'dist', 'seeding', 'seed-large-cli.js');
const SEED_TODAY = '2026-11-28';
/** Long enough for two of graphile-worker's polls (every 2 s by default). */
const JOBS_IDLE_WINDOW_MS = 4000;
const POSTGRAPHILE_VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'postgraphile', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const PEER_MAIN = path.join(__dirname, '..', 'peer', 'postgraphile-server.js');

/** The PostGraphile peer as its own process, like the floor (GRAPHILE_ENV set: production, said out loud). */
const spawnPeer = (databaseUrl: string) =>
  spawnNode([PEER_MAIN], { DATABASE_URL: databaseUrl, GRAPHILE_ENV: 'production' }, /peer ready: (http:\/\/\S+)/);

/** Copies the demo's submitted requests (and their participants) until there are ~`target` rows. */
function addRequests(target: number) {
  const base = Number(psql(`select count(*) from requests where status <> 'DRAFT'`, DB));
  const copies = Math.max(0, Math.ceil((target - base) / base));
  psql(
    `create temp table m as
       select r.id as old_id, gen_random_uuid() as new_id, g.n
         from requests r cross join generate_series(1, ${copies}) g(n) where r.status <> 'DRAFT';
     insert into requests (id, code, title, body, domain, priority, due_date, status, requesting_agency_id, author_id,
                           lead_agency_id, search_text, escalation_reason, created_at, updated_at, submitted_at, closed_at,
                           last_activity_at, version)
     select m.new_id, 'B' || lpad(m.n::text, 5, '0') || '-' || right(r.code, 4), r.title || ' #' || m.n, r.body, r.domain,
            r.priority, r.due_date + (m.n % 120 - 60), r.status, r.requesting_agency_id, r.author_id, r.lead_agency_id,
            r.search_text || ' ' || m.n, r.escalation_reason, r.created_at - m.n * interval '1 hour',
            r.updated_at - m.n * interval '1 hour', r.submitted_at - m.n * interval '1 hour', r.closed_at,
            r.last_activity_at - m.n * interval '1 hour', 1
       from m join requests r on r.id = m.old_id;
     insert into request_participants (id, request_id, agency_id, role, state, assignee_id, reply, decline_reason, acknowledged_at, responded_at)
     select gen_random_uuid(), m.new_id, p.agency_id, p.role, p.state, p.assignee_id, p.reply, p.decline_reason, p.acknowledged_at, p.responded_at
       from m join request_participants p on p.request_id = m.old_id;
     analyze;`,
    DB,
  );
}

interface Case {
  name: string;
  url: string;
  body: string;
  token?: string;
  validate: (text: string) => void;
}

const expectData =
  (path: (d: any) => unknown, min = 1) =>
  (text: string) => {
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
    if (parsed.errors) throw new Error(`GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
    const value = path(parsed.data);
    const size = Array.isArray(value) ? value.length : value ? 1 : 0;
    if (size < min) throw new Error(`response has ${size} items, expected ≥ ${min}: ${text.slice(0, 300)}`);
  };

export async function run(args: string[]) {
  const connections = option(args, 'connections', 20);
  const durationMs = option(args, 'seconds', 10) * 1000;
  const warmupMs = option(args, 'warmup', 3) * 1000;
  const rows = option(args, 'rows', 10_000);
  const spawned: Spawned[] = [];
  const counter = await startPgCounter('127.0.0.1', 5432);
  try {
    console.log(`[reads] database ${DB}: migrate + demo seed through the server, then ~${rows} requests`);
    recreateDatabase(DB);
    const data = args.includes('--data=copies') || !fs.existsSync(SEED_LARGE) ? 'copies' : 'seed:large';
    if (data === 'seed:large') {
      // The project's generator (npm run seed:large): demo agencies and users + generated requests, tasks, proposals.
      execFileSync(
        process.execPath,
        [SEED_LARGE, '--requests', String(rows), '--seed', '1', '--today', SEED_TODAY, '--force'],
        {
          env: { ...process.env, DATABASE_URL: dbUrl(DB) },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      psql('analyze', DB);
    } else {
      // The demo world (migrated and seeded by the server on an empty database) with its requests copied.
      const first = await spawnServer({ DATABASE_URL: dbUrl(DB) });
      await first.stop();
      addRequests(rows);
    }
    const requestCount = Number(psql('select count(*) from requests', DB));
    const stnmt = psql(`select id from agencies where code = 'STNMT'`, DB);
    const inboxRows = Number(
      psql(
        `select count(*) from requests r where r.status <> 'DRAFT' and exists (select 1 from request_participants p where p.request_id = r.id and p.agency_id = '${stnmt}')`,
        DB,
      ),
    );
    // The request page: the STNMT-visible demo request with the longest timeline.
    const requestId = psql(
      `select r.id from requests r join events e on e.aggregate_id = r.id
        where r.status <> 'DRAFT'
          and exists (select 1 from request_participants p where p.request_id = r.id and p.agency_id = '${stnmt}')
        group by r.id order by count(*) desc, r.id limit 1`,
      DB,
    );
    // The dashboard's quarter: the demo's Q1/2023, or with generated data the quarter before the newest.
    const [year, quarter] = psql(
      `select period_year || ' ' || period_quarter from tasks group by 1, period_year, period_quarter
        order by period_year desc, period_quarter desc offset ${data === 'seed:large' ? 1 : 0} limit 1`,
      DB,
    )
      .split(' ')
      .map(Number);

    const floor = await spawnNode([FLOOR_MAIN], { DATABASE_URL: dbUrl(DB) }, /floor ready: (http:\/\/\S+)/);
    spawned.push(floor);
    const server = await spawnServer({ DATABASE_URL: dbUrl(DB) });
    spawned.push(server);
    const api = `${server.url}/graphql`;
    // The same server with queries on graphql-js (COMPILED_EXECUTION=false, server/src/http/compiled-execution.ts):
    // its inbox is measured in turn with the compiled one, in the same run (--no-executors skips it).
    const executors = !args.includes('--no-executors');
    const graphqlJsServer = executors
      ? await spawnServer({ DATABASE_URL: dbUrl(DB), COMPILED_EXECUTION: 'false' })
      : null;
    if (graphqlJsServer) spawned.push(graphqlJsServer);
    // PostGraphile 5 serving the same inbox page from the same tables (issue 16, item 4); --no-peer skips it.
    const withPeer = !args.includes('--no-peer');
    if (withPeer) createPeerSchema(DB);
    const peer = withPeer ? await spawnPeer(dbUrl(DB)) : null;
    if (peer) spawned.push(peer);
    const staff = await login(api, 'stnmt.staff');
    const lead = await login(api, 'ubnd.lead');
    const inboxVariables = { filter: { box: 'INBOX' }, sort: 'LAST_ACTIVITY', first: 50 };
    const peerVariables = { agency: stnmt, first: 50 };
    if (peer) {
      assertSamePage(
        await gql<InboxData>(api, INBOX, inboxVariables, staff),
        await gql<InboxData>(peer.url, PEER_INBOX, peerVariables),
      );
    }

    const period = { year, quarter };
    const cases: Record<string, Case> = {
      floor: {
        name: 'floor: node:http + pg, inbox in 1 SQL',
        url: floor.url,
        body: JSON.stringify({ variables: { agencyId: stnmt, first: 50 } }),
        validate: expectData((d) => d.requests.edges, 50),
      },
      inbox: {
        name: 'inbox page of 50 (stnmt.staff)',
        url: api,
        token: staff,
        body: JSON.stringify({ query: INBOX, variables: inboxVariables }),
        validate: expectData((d) => d.requests.edges, 50),
      },
      inboxGraphqlJs: {
        name: 'inbox page of 50, queries on graphql-js',
        url: `${graphqlJsServer?.url}/graphql`,
        token: staff, // sessions live in the database: the token works on both servers
        body: JSON.stringify({ query: INBOX, variables: inboxVariables }),
        validate: expectData((d) => d.requests.edges, 50),
      },
      peer: {
        name: 'inbox page of 50, PostGraphile 5 (no session)',
        url: `${peer?.url}`,
        body: JSON.stringify({ query: PEER_INBOX, variables: peerVariables }),
        validate: expectData((d) => d.requests.edges, 50),
      },
      request: {
        name: 'request page (stnmt.staff)',
        url: api,
        token: staff,
        body: JSON.stringify({ query: REQUEST_DETAIL, variables: { id: requestId } }),
        validate: expectData((d) => d.request),
      },
      dashboard: {
        name: `dashboard Q${quarter}/${year} (ubnd.lead)`,
        url: api,
        token: lead,
        body: JSON.stringify({
          query: DASHBOARD,
          variables: { period, filter: { period, groups: ['NOT_DONE_OVERDUE'] }, first: 50 },
        }),
        validate: expectData((d) => d.taskStatistics),
      },
    };

    // Server CPU per request (user + system, /proc): what the executor changes, and unlike req/s
    // barely moved by other processes competing for the same cores.
    const cpuPerRequest = new Map<LoadResult, number>();
    const measure = async (c: Case, pid?: number): Promise<LoadResult> => {
      const opts = {
        url: c.url,
        body: c.body,
        headers: (c.token ? { authorization: `Bearer ${c.token}` } : {}) as Record<string, string>,
        connections,
        validate: c.validate,
      };
      await runLoad({ ...opts, durationMs: warmupMs });
      const cpuBefore = pid ? cpuMs(pid) : 0;
      const result = await runLoad({ ...opts, durationMs });
      if (pid) cpuPerRequest.set(result, (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests));
      console.log(
        `[reads] ${c.name}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99Ms.toFixed(1)} ms, ${result.errors} errors`,
      );
      return result;
    };
    const floorA = await measure(cases.floor);
    const inbox = await measure(cases.inbox, server.pid);
    const peerA = peer ? await measure(cases.peer, peer.pid) : null;
    const inboxGraphqlJsA = executors ? await measure(cases.inboxGraphqlJs, graphqlJsServer!.pid) : null;
    const request = await measure(cases.request);
    const dashboard = await measure(cases.dashboard);
    // the second round in the opposite order, so neither executor (nor the peer) always runs on a warmer machine
    const inboxGraphqlJsB = executors ? await measure(cases.inboxGraphqlJs, graphqlJsServer!.pid) : null;
    const peerB = peer ? await measure(cases.peer, peer.pid) : null;
    const inboxB = executors || peer ? await measure(cases.inbox, server.pid) : null;
    const floorB = await measure(cases.floor);
    const floorRps = (floorA.rps + floorB.rps) / 2;

    // Counting pass: the same requests, one at a time, through the statement-counting proxy.
    await server.stop();
    spawned.splice(spawned.indexOf(server), 1);
    // With the job engine off: graphile-worker polls the database, and its statements are no request's.
    // It is counted on its own below.
    const counted = await spawnServer({ DATABASE_URL: dbUrl(DB, counter.port), JOBS: 'false' });
    spawned.push(counted);
    const countedApi = `${counted.url}/graphql`;
    const tokens = { staff: await login(countedApi, 'stnmt.staff'), lead: await login(countedApi, 'ubnd.lead') };
    const REPEAT = 20;
    const sqlOf: Record<string, string[]> = {};
    const countStatements = async (c: Case, url: string, token?: string) => {
      const { query, variables } = JSON.parse(c.body) as { query: string; variables: Record<string, unknown> };
      await gql(url, query, variables, token); // first call may fill per-process caches
      await sleep(200);
      counter.takeTexts();
      await gql(url, query, variables, token);
      await sleep(100);
      const texts = counter.takeTexts();
      sqlOf[c.name] = texts.map((t) => t.replace(/\s+/g, ' ').slice(0, 160));
      const before = counter.statements();
      for (let i = 0; i < REPEAT; i++) await gql(url, query, variables, token);
      await sleep(200);
      return (counter.statements() - before) / REPEAT;
    };
    await sleep(500);
    const idleBefore = counter.statements();
    await sleep(1000);
    const idlePerSecond = counter.statements() - idleBefore;
    const statements: Record<string, number> = {
      inbox: await countStatements(cases.inbox, countedApi, tokens.staff),
      request: await countStatements(cases.request, countedApi, tokens.staff),
      dashboard: await countStatements(cases.dashboard, countedApi, tokens.lead),
    };
    // The floor through the same proxy, to show the counter sees its one statement.
    const floorCounted = await spawnNode(
      [FLOOR_MAIN],
      { DATABASE_URL: dbUrl(DB, counter.port) },
      /floor ready: (http:\/\/\S+)/,
    );
    spawned.push(floorCounted);
    const floorBefore = counter.statements();
    for (let i = 0; i < REPEAT; i++) {
      await gql(floorCounted.url, '', { agencyId: stnmt, first: 50 });
    }
    const floorStatementsRaw = counter.statements() - floorBefore;
    // The peer through the same proxy: how many statements PostGraphile sends for the same page.
    if (peer) {
      const peerCounted = await spawnPeer(dbUrl(DB, counter.port));
      spawned.push(peerCounted);
      statements.peer = await countStatements(cases.peer, peerCounted.url);
    }
    // The job engine's own traffic: an idle server with jobs on (the default), after its start-up.
    await counted.stop();
    spawned.splice(spawned.indexOf(counted), 1);
    const withJobs = await spawnServer({ DATABASE_URL: dbUrl(DB, counter.port) });
    spawned.push(withJobs);
    await sleep(1000);
    const jobsBefore = counter.statements();
    await sleep(JOBS_IDLE_WINDOW_MS);
    const jobsIdlePerSecond = ((counter.statements() - jobsBefore) * 1000) / JOBS_IDLE_WINDOW_MS;

    const row = (key: string, r: LoadResult, stmts: number | string) => ({
      read: cases[key].name,
      'req/s': Math.round(r.rps),
      'ratio vs floor': key === 'floor' ? 1 : Number((r.rps / floorRps).toFixed(2)),
      'p50 ms': Number(r.p50Ms.toFixed(1)),
      'p99 ms': Number(r.p99Ms.toFixed(1)),
      'SQL/request': stmts,
      errors: r.errors,
      'bytes/resp': r.bytesPerResponse,
    });
    const floorMean: LoadResult = {
      ...floorA,
      rps: floorRps,
      p50Ms: (floorA.p50Ms + floorB.p50Ms) / 2,
      p99Ms: Math.max(floorA.p99Ms, floorB.p99Ms),
      errors: floorA.errors + floorB.errors,
    };
    const out = [
      row('floor', floorMean, 1),
      row('inbox', inbox, statements.inbox),
      row('request', request, statements.request),
      row('dashboard', dashboard, statements.dashboard),
    ];
    // One server's two interleaved windows (A before, B after the other's) as one row.
    const meanRps = (a: LoadResult, b: LoadResult) => (a.rps + b.rps) / 2;
    const twoWindows = (a: LoadResult, b: LoadResult) => ({
      'req/s A': Math.round(a.rps),
      'req/s B': Math.round(b.rps),
      'ratio vs floor (mean)': Number((meanRps(a, b) / floorRps).toFixed(2)),
      'p50 ms': Number(((a.p50Ms + b.p50Ms) / 2).toFixed(1)),
      'p99 ms': Number(Math.max(a.p99Ms, b.p99Ms).toFixed(1)),
      'server CPU ms/request': Number((((cpuPerRequest.get(a) ?? NaN) + (cpuPerRequest.get(b) ?? NaN)) / 2).toFixed(2)),
      errors: a.errors + b.errors,
    });
    // Compiled vs graphql-js, the inbox twice each, interleaved: A (compiled, graphql-js) ... B (graphql-js, compiled).
    const executorRows =
      inboxB && inboxGraphqlJsA && inboxGraphqlJsB
        ? [
            { executor: 'compiled plan (default)', a: inbox, b: inboxB },
            { executor: 'graphql-js (COMPILED_EXECUTION=false)', a: inboxGraphqlJsA, b: inboxGraphqlJsB },
          ].map(({ executor, a, b }) => ({ 'inbox executor': executor, ...twoWindows(a, b) }))
        : [];
    // Ours vs PostGraphile, interleaved: ours, PostGraphile (A) ... PostGraphile, ours (B).
    const peerRows =
      inboxB && peerA && peerB
        ? [
            { server: 'ours, compiled plan (session + agency scope)', a: inbox, b: inboxB, sql: statements.inbox },
            { server: `PostGraphile ${POSTGRAPHILE_VERSION} (no session)`, a: peerA, b: peerB, sql: statements.peer },
          ].map(({ server, a, b, sql }) => ({
            'inbox page of 50': server,
            ...twoWindows(a, b),
            'SQL/request': sql,
            'bytes/resp': Math.round((a.bytesPerResponse + b.bytesPerResponse) / 2),
          }))
        : [];
    const oursOverPeer = inboxB && peerA && peerB ? meanRps(inbox, inboxB) / meanRps(peerA, peerB) : null;
    const peerVerdict =
      oursOverPeer !== null
        ? {
            '≥ 1.6× PostGraphile': oursOverPeer >= 1.6 ? 'met' : `NOT met (${oursOverPeer.toFixed(2)}×)`,
            '≥ 0.60× floor':
              meanRps(inbox, inboxB!) / floorRps >= 0.6
                ? 'met'
                : `NOT met (${(meanRps(inbox, inboxB!) / floorRps).toFixed(2)}×)`,
          }
        : null;
    const verdict = out.slice(1).map((r) => ({
      read: r.read,
      '≥ 0.40× floor': r['ratio vs floor'] >= 0.4 ? 'met' : `NOT met (${r['ratio vs floor']}×)`,
      'p99 ≤ 30 ms': r['p99 ms'] <= 30 ? 'met' : `NOT met (${r['p99 ms']} ms)`,
      '≤ 2 SQL': Number(r['SQL/request']) <= 2 ? 'met' : `NOT met (${r['SQL/request']})`,
    }));
    console.log(
      `\nreads (data: ${data}): ${connections} connections × ${durationMs / 1000} s each (after ${warmupMs / 1000} s warm-up), ${requestCount} requests in the database, ${inboxRows} in STNMT's inbox`,
    );
    console.log(
      `floor runs: ${Math.round(floorA.rps)} and ${Math.round(floorB.rps)} req/s (before and after the GraphQL runs); ratio against their mean`,
    );
    console.log(table(out));
    console.log(
      `\nSQL statements counted by a PostgreSQL wire-protocol proxy (Query + Execute messages), ${REPEAT} sequential requests each, job engine off (JOBS=false); idle server: ${idlePerSecond} statements/s; floor through the proxy: ${floorStatementsRaw / REPEAT}/request; the job engine alone (idle server, jobs on, ${JOBS_IDLE_WINDOW_MS / 1000} s): ${jobsIdlePerSecond} statements/s`,
    );
    console.log(table(verdict));
    if (executorRows.length) {
      console.log('\ninbox by executor (same run, interleaved; ratio against the same floor mean):');
      console.log(table(executorRows));
    }
    if (peerRows.length) {
      console.log(
        `\ninbox against PostGraphile (same page, checked row by row; same run, interleaved; ratio against the same floor mean): ours/PostGraphile ${oursOverPeer!.toFixed(2)}×`,
      );
      console.log(table(peerRows));
      console.log(table([peerVerdict!]));
    }
    for (const [name, texts] of Object.entries(sqlOf)) {
      console.log(`\nSQL of one ${name}:`);
      for (const t of texts) console.log(`  - ${t}`);
    }
    const file = writeResults('reads', {
      settings: {
        data,
        connections,
        durationS: durationMs / 1000,
        warmupS: warmupMs / 1000,
        requestsInDatabase: requestCount,
        inboxRows,
        requestId,
      },
      floorRuns: [floorA, floorB],
      results: { floor: floorMean, inbox, request, dashboard },
      sqlOfOneRequest: sqlOf,
      statementsPerRequest: {
        floor: floorStatementsRaw / REPEAT,
        ...statements,
        idleServerPerSecond: idlePerSecond,
        jobEngineIdlePerSecond: jobsIdlePerSecond,
        method: 'wire-protocol proxy counting Q and E messages, job engine off (JOBS=false)',
      },
      table: out,
      verdict,
      executors: executorRows.length
        ? { inboxCompiled: [inbox, inboxB], inboxGraphqlJs: [inboxGraphqlJsA, inboxGraphqlJsB], table: executorRows }
        : null,
      peer: peerRows.length
        ? {
            postgraphile: POSTGRAPHILE_VERSION,
            inboxCompiled: [inbox, inboxB],
            postgraphileInbox: [peerA, peerB],
            oursOverPostgraphile: Number(oursOverPeer!.toFixed(2)),
            table: peerRows,
            verdict: peerVerdict,
          }
        : null,
    });
    console.log(`\nwritten: ${file}`);
  } finally {
    for (const s of spawned.reverse()) await s.stop();
    await counter.close();
    if (!args.includes('--keep-db')) dropDatabase(DB);
  }
}
