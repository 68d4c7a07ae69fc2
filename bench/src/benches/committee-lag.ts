/**
 * committee-lag: does an official who sees every event (the Committee, `ubnd.lead`) keep up with
 * the province's busiest hour? Writers run closed loops on three feeds at once (comments on
 * requests, task assignments, submitted proposals) while one Committee subscriber follows each
 * feed and 1,000 agency subscribers follow their requests; commit→delivered is measured from each
 * writer's mutation response to each subscriber's receipt, every clock on this machine.
 *
 * npm run bench -- committee-lag [--writers=20] [--seconds=30] [--warmup=5] [--agency=1000]
 *   [--coalesce] [--keep-db] [--reuse-db]
 */
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { dbUrl, psql } from '../lib/db';
import { option, sleep } from '../lib/env';
import { cpuMs, EventLog, loadavg, now, pickRequest, seedLarge, Subscribers, summary, warmUp } from '../lib/fan-out';
import { forkClient, stopClient, type NamedFeed } from '../lib/graphql-ws';
import { login } from '../lib/gql';
import { closedLoop, postGraphQL, type WriteLoadResult } from '../lib/mutation-load';
import { table, writeResults } from '../lib/results';
import { spawnServer, type Spawned } from '../lib/server';

const DB = 'lt_bench_lag';
const FEEDS_CLIENT = path.resolve(__dirname, '..', 'clients', 'committee-feeds.js');

const COMMENT = 'mutation($input: CommentOnRequestInput!) { commentOnRequest(input: $input) { request { id } } }';
const ASSIGN_TASK = 'mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { id } } }';
const CREATE_PROPOSAL =
  'mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }';
const SUBMIT_PROPOSAL = 'mutation($input: ProposalActionInput!) { submitProposal(input: $input) { proposal { id } } }';

/** The feeds a Committee dashboard follows, with what each needs to show a row (`coalesce` only when asked: older servers lack it). */
const feedQuery = (field: string, record: string, coalesce: boolean) =>
  coalesce
    ? `subscription($after: ID) { ${field}(after: $after, coalesce: true) { event { id type at } ${record} { id status } } }`
    : `subscription($after: ID) { ${field}(after: $after) { event { id type at } ${record} { id status } } }`;
const FEEDS = [
  { name: 'requests', aggregate: 'REQUEST', field: 'requestFeed', record: 'request' },
  { name: 'tasks', aggregate: 'TASK', field: 'taskFeed', record: 'task' },
  { name: 'proposals', aggregate: 'PROPOSAL', field: 'proposalFeed', record: 'proposal' },
];

/** Agencies whose staff comment on their own requests (STNMT's, seen by the agency subscribers, first). */
const COMMENTERS = [
  'stnmt',
  'stc',
  'skhdt',
  'snv',
  'stttt',
  'cthue',
  'vpdkdd',
  'ubnd-tp',
  'ubnd-ts',
  'ubnd-np',
  'ubnd-dh',
  'vpdkdd-tp',
];

interface FeedTally {
  ids: number[];
  at: number[];
  duplicates: number;
  outOfOrder: number;
  errors: number;
  closes: number;
}

type Summary = { p50: number; p90: number; p99: number; max: number; n: number };

const summarise = (values: number[]): Summary => ({ ...summary(Float64Array.from(values)), n: values.length });

/** The Committee's feeds in their own process (bench/src/clients/committee-feeds.ts). */
async function openCommitteeFeeds(wsUrl: string, token: string, after: string, coalesce: boolean) {
  const feeds: NamedFeed[] = FEEDS.map((f) => ({
    name: f.name,
    url: wsUrl,
    token,
    query: feedQuery(f.field, f.record, coalesce),
    variables: { after },
  }));
  const child = forkClient(FEEDS_CLIENT, [JSON.stringify(feeds)]);
  const last = new Map<string, number>();
  let report: Record<string, FeedTally> | null = null;
  let connected = false;
  child.on('message', (m: { kind: string; name?: string; id?: number; feeds?: Record<string, FeedTally> }) => {
    if (m.kind === 'connected') connected = true;
    else if (m.kind === 'last') last.set(m.name!, m.id!);
    else if (m.kind === 'report') report = m.feeds!;
  });
  const until = async (test: () => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!test()) {
      if (child.exitCode !== null) throw new Error(`committee-feeds exited with ${child.exitCode}`);
      if (Date.now() > deadline) return false;
      await sleep(50);
    }
    return true;
  };
  if (!(await until(() => connected, 30_000))) throw new Error('the Committee feeds did not connect');
  return {
    /** Waits until every feed has received at least `newest[name]` (false after the timeout). */
    caughtUp: (newest: Record<string, number>, timeoutMs: number) =>
      until(() => FEEDS.every((f) => (last.get(f.name) ?? 0) >= (newest[f.name] ?? 0)), timeoutMs),
    async report(): Promise<Record<string, FeedTally>> {
      child.send({ cmd: 'report' });
      await until(() => report !== null, 30_000);
      return report!;
    },
    stop: () => stopClient(child, 5_000),
  };
}

/**
 * When each event committed, as this machine saw it: the bench LISTENs on the server's event
 * channel, and PostgreSQL delivers a NOTIFY at its transaction's commit. (Read in the bench
 * process, so a busy bench hears it a little late: lags from it err on the short side.)
 */
async function listenForCommits(db: string) {
  const committedAt = new Map<number, number>();
  const client = new pg.Client({ connectionString: dbUrl(db) });
  await client.connect();
  client.on('notification', (message) => {
    const at = now();
    const envelope = JSON.parse(message.payload ?? '{}') as { t?: string; d?: { id?: number } };
    if (envelope.t === 'DOMAIN_EVENT' && envelope.d?.id !== undefined) committedAt.set(envelope.d.id, at);
  });
  await client.query('listen lien_thong_events');
  return { committedAt, close: () => client.end() };
}

/** Rows of `select` as tab-separated fields. */
const rows = (sql: string) =>
  psql(sql, DB)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('|'));

export async function run(args: string[]) {
  const writers = option(args, 'writers', 20);
  const seconds = option(args, 'seconds', 30);
  const warmupSeconds = option(args, 'warmup', 5);
  const agencySubscribers = option(args, 'agency', 1000);
  const coalesce = args.includes('--coalesce');
  const keepDb = args.includes('--keep-db');
  const reuseDb = args.includes('--reuse-db');
  const loadStart = loadavg();
  const started = new Date().toISOString();
  let server: Spawned | null = null;
  let subscribers: Subscribers | null = null;
  let committee: Awaited<ReturnType<typeof openCommitteeFeeds>> | null = null;
  let log: EventLog | null = null;
  let commits: Awaited<ReturnType<typeof listenForCommits>> | null = null;
  try {
    const exists = psql(`select count(*) from pg_database where datname = '${DB}'`) === '1';
    if (!(reuseDb && exists)) {
      console.log(`[committee-lag] database ${DB}: seed:large 10,000 requests`);
      seedLarge(DB);
    }
    server = await spawnServer({ DATABASE_URL: dbUrl(DB) });
    const api = `${server.url}/graphql`;
    const wsUrl = api.replace(/^http/, 'ws');
    const agencyIds = new Map(rows('select code, id from agencies').map(([code, id]) => [code, id]));
    const stnmt = agencyIds.get('STNMT')!;
    const ubnd = agencyIds.get('UBND')!;

    // sessions: one per user (the login throttle counts usernames per address)
    const committeeToken = await login(api, 'ubnd.lead');
    const proposerToken = await login(api, 'stnmt.lead');
    const agencyToken = await login(api, 'stnmt.staff');
    const commenters: { agency: string; token: string; requests: string[] }[] = [];
    const taken = new Set<string>(); // each request has one commenter: concurrent comments on one request conflict
    for (const code of COMMENTERS) {
      const candidates = rows(
        `select r.id from requests r join request_participants p on p.request_id = r.id join agencies a on a.id = p.agency_id
          where r.status = 'IN_PROGRESS' and a.code = '${code.toUpperCase()}'
            and (a.code = 'STNMT' or not exists (select 1 from request_participants q where q.request_id = r.id and q.agency_id = '${stnmt}'))
          order by r.code`,
      ).map(([id]) => id);
      const requests = candidates.filter((id) => !taken.has(id));
      for (const id of requests) taken.add(id);
      commenters.push({ agency: code, token: await login(api, `${code}.staff`), requests });
    }

    // the agency's subscribers, live before anything is measured
    log = await EventLog.open(DB);
    const t0 = Date.now();
    subscribers = await Subscribers.open([wsUrl], agencyToken, agencySubscribers, 5000);
    console.log(`[committee-lag] ${subscribers.connected} agency subscribers in ${Date.now() - t0} ms`);
    const agencyRequest = pickRequest(DB);
    await warmUp(api, commenters[0].token, agencyRequest.id, subscribers, log);

    commits = await listenForCommits(DB);
    const cursor = String(Number(psql('select coalesce(max(id), 0) from events', DB)));
    committee = await openCommitteeFeeds(wsUrl, committeeToken, cursor, coalesce);

    // writers: each kind a closed loop of its own; every mutation records when its answer arrived
    const answeredAt = new Map<string, number>(); // 'note:<text>' or '<AGGREGATE>:<id>' → epoch ms
    const agent = new http.Agent({ keepAlive: true, maxSockets: writers });
    const split = { comments: Math.round(writers * 0.6), tasks: Math.round(writers * 0.2) };
    const proposalsWriters = writers - split.comments - split.tasks;
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const period = { year: Number(today.slice(0, 4)), quarter: Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 };
    let sequence = 0;
    const next = () => ++sequence;
    const phase = async (durationMs: number) => {
      const loops: Promise<WriteLoadResult>[] = [
        closedLoop(next, split.comments, durationMs, async (k) => {
          const writer = commenters[k % commenters.length];
          const body = `lag ${k}`;
          await postGraphQL(agent, api, writer.token, COMMENT, {
            input: { id: writer.requests[Math.floor(k / commenters.length) % writer.requests.length], body },
          });
          answeredAt.set(`note:${body}`, now());
        }),
        closedLoop(next, split.tasks, durationMs, async (k) => {
          const data = (await postGraphQL(agent, api, committeeToken, ASSIGN_TASK, {
            input: {
              title: `Nhiệm vụ đo độ trễ ${k}`,
              category: 'KEY',
              domain: 'LAND',
              period,
              ownerAgencyId: agencyIds.get('STC'),
              dueDate: today,
            },
          })) as { assignTask: { task: { id: string } } };
          answeredAt.set(`TASK:${data.assignTask.task.id}`, now());
        }),
        closedLoop(next, proposalsWriters, durationMs, async (k) => {
          const created = (await postGraphQL(agent, api, proposerToken, CREATE_PROPOSAL, {
            input: {
              title: `Đề xuất đo độ trễ ${k}`,
              rationale: 'Bổ sung trạm quan trắc tự động cho các khu công nghiệp.',
              fiscalYear: 2027,
              items: [
                {
                  kind: 'EQUIPMENT',
                  description: 'Trạm quan trắc',
                  justification: 'Theo dõi',
                  quantity: 1,
                  unit: 'trạm',
                },
              ],
            },
          })) as { createProposal: { proposal: { id: string; version: number } } };
          const { id, version } = created.createProposal.proposal;
          await postGraphQL(agent, api, proposerToken, SUBMIT_PROPOSAL, { input: { id, version } });
          answeredAt.set(`PROPOSAL:${id}`, now());
        }),
      ];
      return Promise.all(loops);
    };

    console.log(`[committee-lag] warm-up ${warmupSeconds} s, ${writers} writers`);
    await phase(warmupSeconds * 1000);
    const startId = Number(psql('select coalesce(max(id), 0) from events', DB));
    const cpuBefore = cpuMs(server.pid);
    const windowStart = now();
    console.log(`[committee-lag] measuring ${seconds} s from event ${startId}`);
    const [comments, tasks, proposals] = await phase(seconds * 1000);
    const windowS = (now() - windowStart) / 1000;
    const serverCpuMs = cpuMs(server.pid) - cpuBefore;
    const loadEnd = loadavg();

    // what each subscriber should have: the log, read directly
    const events = rows(
      `select id, aggregate_type, aggregate_id, type, coalesce(data->>'note', ''), restricted, audience && array['${ubnd}']::uuid[], audience && array['${stnmt}']::uuid[]
         from events where id > ${startId} order by id`,
    ).map(([id, type, aggregateId, kind, note, restricted, ubndAudience, stnmtAudience]) => ({
      id: Number(id),
      type,
      aggregateId,
      key: kind === 'COMMENTED' ? `note:${note}` : `${type}:${aggregateId}`,
      committee: restricted === 'f' || ubndAudience === 't',
      agency: type === 'REQUEST' && stnmtAudience === 't',
    }));
    const newest: Record<string, number> = {};
    for (const f of FEEDS)
      newest[f.name] = Math.max(0, ...events.filter((e) => e.committee && e.type === f.aggregate).map((e) => e.id));
    const caughtUp = await committee.caughtUp(newest, 120_000);
    const agencyNewest = Math.max(0, ...events.filter((e) => e.agency).map((e) => e.id));
    const agencyCaughtUp =
      agencyNewest === 0 || (await subscribers.until(() => subscribers!.deliveredToAll(agencyNewest), 120_000));
    await sleep(1000); // late duplicates would show now

    // commit→delivered (from the commit's NOTIFY), and response→delivered (from the writer's answer)
    const fromCommit = (e: (typeof events)[number], at: number) => {
      const committed = commits!.committedAt.get(e.id);
      return committed === undefined ? [] : [at - committed];
    };
    const fromResponse = (e: (typeof events)[number], at: number) => {
      const answered = answeredAt.get(e.key);
      return answered === undefined ? [] : [at - answered];
    };

    // the Committee: per feed, lag, gaps, duplicates, order
    const report = await committee.report();
    const feedRows = FEEDS.map((f) => {
      const tally = report[f.name];
      const expected = events.filter((e) => e.committee && e.type === f.aggregate);
      const received = new Map(tally.ids.map((id, i) => [id, tally.at[i]]));
      // with coalescing only the newest event of each record is owed; without, every one
      const owed = coalesce ? [...new Map(expected.map((e) => [e.aggregateId, e])).values()] : expected;
      const gaps = owed.filter((e) => !received.has(e.id)).length;
      const delivered = expected.flatMap((e) => (received.has(e.id) ? [{ e, at: received.get(e.id)! }] : []));
      return {
        feed: f.name,
        events: expected.length,
        received: tally.ids.filter((id) => id > startId).length,
        gaps,
        duplicates: tally.duplicates,
        outOfOrder: tally.outOfOrder,
        errors: tally.errors + tally.closes,
        lag: summarise(delivered.flatMap(({ e, at }) => fromCommit(e, at))),
        fromResponse: summarise(delivered.flatMap(({ e, at }) => fromResponse(e, at))),
        delivered,
      };
    });

    // the agency subscribers: every delivery of every event of theirs
    const collected = await subscribers.collect();
    const agencyEvents = events.filter((e) => e.agency);
    const agencyLags: number[] = [];
    const agencyFromResponse: number[] = [];
    let agencyMissing = 0;
    for (const e of agencyEvents) {
      let got = 0;
      for (const times of collected.times.get(e.id) ?? [])
        for (const at of times) {
          if (at === 0) continue;
          got++;
          agencyLags.push(...fromCommit(e, at));
          agencyFromResponse.push(...fromResponse(e, at));
        }
      agencyMissing += agencySubscribers - got;
    }
    const agencyIdsWanted = new Set(agencyEvents.map((e) => e.id));
    let agencyDuplicates = 0;
    for (const r of collected.reports)
      r.ids.forEach((id, slot) => {
        if (agencyIdsWanted.has(id)) agencyDuplicates += r.duplicates[slot];
      });
    const agencyLag = summarise(agencyLags);

    const allDelivered = feedRows.flatMap((r) => r.delivered);
    const committeeLags = summarise(allDelivered.flatMap(({ e, at }) => fromCommit(e, at)));
    const committeeFromResponse = summarise(allDelivered.flatMap(({ e, at }) => fromResponse(e, at)));
    const agencyResponseLag = summarise(agencyFromResponse);
    const committeeEvents = events.filter((e) => e.committee).length;
    const writes = { comments, tasks, proposals };

    console.log(
      table(
        feedRows.map((r) => ({
          'Committee feed': r.feed,
          events: r.events,
          received: r.received,
          gaps: r.gaps,
          dup: r.duplicates,
          'out of order': r.outOfOrder,
          errors: r.errors,
          'commit→deliv p50 ms': r.lag.p50,
          p90: r.lag.p90,
          p99: r.lag.p99,
          max: r.lag.max,
        })),
      ),
    );
    console.log(
      table([
        {
          who: `Committee (all feeds${coalesce ? ', coalesced' : ''})`,
          'events/s': committeeEvents / windowS,
          deliveries: committeeLags.n,
          'commit→deliv p50 ms': committeeLags.p50,
          p99: committeeLags.p99,
          max: committeeLags.max,
          'resp→deliv p50/p99': `${committeeFromResponse.p50}/${committeeFromResponse.p99}`,
          'gaps/dup': `${feedRows.reduce((s, r) => s + r.gaps, 0)}/${feedRows.reduce((s, r) => s + r.duplicates, 0)}`,
        },
        {
          who: `agency (${agencySubscribers} × stnmt.staff requestFeed)`,
          'events/s': agencyEvents.length / windowS,
          deliveries: agencyLag.n,
          'commit→deliv p50 ms': agencyLag.p50,
          p99: agencyLag.p99,
          max: agencyLag.max,
          'resp→deliv p50/p99': `${agencyResponseLag.p50}/${agencyResponseLag.p99}`,
          'gaps/dup': `${agencyMissing}/${agencyDuplicates}`,
        },
      ]),
    );
    console.log(
      table(
        Object.entries(writes).map(([kind, w]) => ({
          writers: kind,
          ok: w.ok,
          errors: w.errors,
          'ops/s': w.rps,
          'p50 ms': w.p50Ms,
          p99: w.p99Ms,
          sample: w.errorSamples[0]?.slice(0, 60) ?? '',
        })),
      ),
    );
    const targets = {
      committeeP99: committeeLags.p99 <= 1000,
      committeeP50: committeeLags.p50 <= 100,
      agencyP99: agencyLag.p99 <= 250,
      noGapsOrDuplicates:
        feedRows.every((r) => r.gaps === 0 && r.duplicates === 0 && r.outOfOrder === 0) &&
        agencyMissing === 0 &&
        agencyDuplicates === 0,
    };
    console.log(`[committee-lag] targets: ${JSON.stringify(targets)}; load ${loadStart} → ${loadEnd}`);
    const file = writeResults('committee-lag', {
      started,
      settings: {
        writers,
        split: { ...split, proposals: proposalsWriters },
        seconds,
        warmupSeconds,
        agencySubscribers,
        coalesce,
      },
      loadavg: { start: loadStart, end: loadEnd },
      windowSeconds: windowS,
      startId,
      committeeEventsPerSecond: committeeEvents / windowS,
      agencyEventsPerSecond: agencyEvents.length / windowS,
      committee: {
        all: committeeLags,
        fromResponse: committeeFromResponse,
        feeds: feedRows.map(({ delivered: _delivered, ...row }) => row),
        caughtUp,
      },
      agency: {
        subscribers: subscribers.connected,
        events: agencyEvents.length,
        lag: agencyLag,
        fromResponse: agencyResponseLag,
        missing: agencyMissing,
        duplicates: agencyDuplicates,
        caughtUp: agencyCaughtUp,
      },
      writes,
      serverCpuMsPerSecond: serverCpuMs / windowS,
      targets,
    });
    console.log(`[committee-lag] wrote ${file}`);
    agent.destroy();
  } finally {
    await committee?.stop();
    await subscribers?.stop();
    await log?.close();
    await commits?.close();
    await server?.stop();
    if (!keepDb) psql(`drop database if exists ${DB} with (force)`);
  }
}
