/**
 * `npm run bench -- writes`: the two writes of the performance target — submitting a request and
 * deciding a proposal (decision number N/QĐ-UBND + event) — through the real server over HTTP at
 * 20 connections, against a raw-`pg` floor that replays the very statements the server sent for
 * the same mutation (captured through a wire-protocol proxy), and a check that every successful
 * mutation wrote exactly one event and that a live subscriber received each exactly once.
 *
 * The measured operation for "submit request" is `submitRequest` on drafts prepared before the
 * window (the draft is the client's separate `createRequest` step; the target names the submit,
 * the step that numbers the request, notifies the addressed agencies and emits the event).
 *
 * Items (drafts, proposals awaiting decision) are cloned in SQL from one draft / one proposal made
 * through the API, so every measured mutation meets the same row shape; each item is used once.
 *
 * Options: --connections=20 --seconds=10 --warmup=3 --rows=10000 --pool=10 --keep-db
 *
 * Scaling with writers (issue 16): after the 20-connection server runs, the same two mutations at
 * each writer count of --writers=1,5,20,50 (--sweep-warmup=2 --sweep-seconds=5 each, fresh items
 * per step: --sweep-items=2500), on the same server and database; their events join the event
 * check, their decisions the gapless check, their audit rows the chain check. --no-floor skips
 * the two raw-pg floor runs (the sweep needs no floor; the ratios are then not computed).
 */
import { fork, execFileSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { dbUrl, dropDatabase, psql, recreateDatabase } from '../lib/db';
import { option, sleep } from '../lib/env';
import { gql, login } from '../lib/gql';
import { closedLoop, postGraphQL, queue, type WriteLoadResult } from '../lib/mutation-load';
import { startPgCapture, type CapturedStatement } from '../lib/pg-capture';
import { REQUEST_DETAIL_FIELDS, TASK_REF } from '../lib/queries';
import { table, writeResults } from '../lib/results';
import { ROOT, spawnServer, type Spawned } from '../lib/server';
import { replay, templatise, type TemplateStatement, type Vars } from '../lib/sql-replay';
import { serverWorkingTree } from '../lib/worktree';

const DB = 'lt_bench_writes';
const SEED_LARGE = path.join(ROOT, 'server', 'dist', 'seeding', 'seed-large-cli.js');
const AUDIT_CLI = path.join(ROOT, 'server', 'dist', 'audit-cli.js');
const EVENT_COUNTER = path.resolve(__dirname, '..', 'clients', 'event-counter.js');

/** The client's SubmitRequest: returns RequestDetailFields (client/src/features/requests/requests.operations.ts). */
const SUBMIT = `
mutation SubmitRequest($input: RequestActionInput!) {
  submitRequest(input: $input) {
    request {${REQUEST_DETAIL_FIELDS}
    }
  }
}`;

const ITEM = `id kind description quantity unit amount justification`;

/** The client's DecideProposal: returns ProposalDetailFields (client/src/features/proposals/proposals.operations.ts). */
const DECIDE = `
mutation DecideProposal($input: DecideProposalInput!) {
  decideProposal(input: $input) {
    proposal {
      id code status revision returnReason title rationale fiscalYear version allowedActions
      createdAt submittedAt decidedAt lastActivityAt linkedRequestIds linkedTaskIds
      linkedTasks { ${TASK_REF} }
      totalAmount
      requestingAgency { id name shortName }
      author { id fullName title }
      items { ${ITEM} }
      appraisals {
        agency { id name shortName } kinds opinion comment
        recommendations { itemId amount quantity }
        appraisedBy { id fullName title } appraisedAt
      }
      revisions { number title rationale fiscalYear totalAmount submittedAt items { ${ITEM} } }
      decisions { id numberText kind outcome title signedAt totalGranted }
      timeline { id type at note actor { id fullName } actorAgency { id shortName } }
    }
  }
}`;

/** The client's live feeds (RequestFeed / ProposalFeed documents). */
const REQUEST_FEED = `subscription RequestFeed($after: ID) { requestFeed(after: $after) { event { id type } request { id code title } } }`;
const PROPOSAL_FEED = `subscription ProposalFeed($after: ID) { proposalFeed(after: $after) { event { id type } proposal { id code title } } }`;

const CREATE_REQUEST = `mutation($input: CreateRequestInput!) { createRequest(input: $input) { request { id version status } } }`;
const CREATE_PROPOSAL = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } } }`;
const SUBMIT_PROPOSAL = `mutation($input: ProposalActionInput!) { submitProposal(input: $input) { proposal { id version status } } }`;
const CONDITIONS = 'Sở Tài nguyên và Môi trường tổ chức thực hiện đúng quy định hiện hành.';

interface ProposalItemRef {
  id: string;
  quantity: number;
}

interface ProposalClone {
  id: string;
  code: string;
  items: ProposalItemRef[];
}

/** Copies of one draft / one proposal, made in SQL (all columns but the ids; children too). */
class Cloner {
  private seq = 0;
  constructor(private readonly pool: Pool) {}

  private async columns(table: string, except: string[]): Promise<string[]> {
    const { rows } = await this.pool.query<{ c: string }>(
      `select column_name as c from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
      [table],
    );
    return rows.map((r) => r.c).filter((c) => !except.includes(c));
  }

  /** Children of the template parent, copied for each new parent with fresh ids. */
  private async children(table: string, fk: string, templateId: string, parents: string[]) {
    const cols = await this.columns(table, ['id', fk]);
    const list = cols.map((c) => `"${c}"`).join(', ');
    await this.pool.query(
      `insert into ${table} (id, ${fk}, ${list}) select gen_random_uuid(), u.id, ${cols.map((c) => `t."${c}"`).join(', ')}
         from unnest($2::uuid[]) as u(id) cross join ${table} t where t.${fk} = $1`,
      [templateId, parents],
    );
  }

  async requests(templateId: string, n: number): Promise<string[]> {
    const ids = Array.from({ length: n }, () => randomUUID());
    const cols = await this.columns('requests', ['id']);
    await this.pool.query(
      `insert into requests (id, ${cols.map((c) => `"${c}"`).join(', ')})
       select u.id, ${cols.map((c) => `t."${c}"`).join(', ')} from unnest($2::uuid[]) as u(id) cross join requests t where t.id = $1`,
      [templateId, ids],
    );
    await this.children('request_participants', 'request_id', templateId, ids);
    return ids;
  }

  async proposals(templateId: string, n: number): Promise<ProposalClone[]> {
    const { rows: items } = await this.pool.query<{ id: string; quantity: number }>(
      'select id, quantity from proposal_items where proposal_id = $1 order by position',
      [templateId],
    );
    const clones: ProposalClone[] = Array.from({ length: n }, () => ({
      id: randomUUID(),
      code: `BX-${String(++this.seq).padStart(7, '0')}`, // proposals.code is unique
      items: items.map((i) => ({ id: randomUUID(), quantity: i.quantity })),
    }));
    const cols = await this.columns('proposals', ['id', 'code']);
    await this.pool.query(
      `insert into proposals (id, code, ${cols.map((c) => `"${c}"`).join(', ')})
       select u.id, u.code, ${cols.map((c) => `t."${c}"`).join(', ')} from unnest($2::uuid[], $3::text[]) as u(id, code) cross join proposals t where t.id = $1`,
      [templateId, clones.map((c) => c.id), clones.map((c) => c.code)],
    );
    const itemCols = await this.columns('proposal_items', ['id', 'proposal_id']);
    await this.pool.query(
      `insert into proposal_items (id, proposal_id, ${itemCols.map((c) => `"${c}"`).join(', ')})
       select u.item, u.parent, ${itemCols.map((c) => `t."${c}"`).join(', ')}
         from unnest($1::uuid[], $2::uuid[], $3::uuid[]) as u(parent, item, template) join proposal_items t on t.id = u.template`,
      [
        clones.flatMap((c) => c.items.map(() => c.id)),
        clones.flatMap((c) => c.items.map((i) => i.id)),
        clones.flatMap((c) => c.items.map((_, k) => items[k].id)),
      ],
    );
    // The revision snapshot (kept as is) and any appraisals: the decide path reads appraisals.
    await this.children(
      'proposal_revisions',
      'proposal_id',
      templateId,
      clones.map((c) => c.id),
    );
    await this.children(
      'proposal_appraisals',
      'proposal_id',
      templateId,
      clones.map((c) => c.id),
    );
    return clones;
  }
}

/** The live subscriber process (bench/src/clients/event-counter.ts). */
class EventCounter {
  private report?: Record<string, { ids: number[]; duplicates: number; errors: number; closes: number }>;
  private waiters: (() => void)[] = [];
  private constructor(readonly child: ChildProcess) {
    child.on('message', (m: { kind: string; feeds?: unknown }) => {
      if (m.kind === 'report') this.report = m.feeds as EventCounter['report'];
      if (m.kind === 'connected' || m.kind === 'report') for (const w of this.waiters.splice(0)) w();
    });
  }

  static async start(
    feeds: { name: string; url: string; token: string; query: string; variables: Record<string, unknown> }[],
  ): Promise<EventCounter> {
    const child = fork(EVENT_COUNTER, [JSON.stringify(feeds)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const counter = new EventCounter(child);
    await new Promise<void>((resolve, reject) => {
      counter.waiters.push(resolve);
      child.once('exit', (code) => reject(new Error(`event counter exited with ${code}`)));
    });
    return counter;
  }

  async take() {
    this.report = undefined;
    await new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      this.child.send({ cmd: 'report' });
    });
    return this.report!;
  }

  /** Polls until `feed` holds every id of `expected`, or nothing new came for `quietMs`. */
  async until(feed: string, expected: Set<number>, quietMs: number) {
    let last = -1;
    let since = Date.now();
    for (;;) {
      const got = (await this.take())[feed];
      const have = got.ids.filter((id) => expected.has(id)).length;
      if (have === expected.size) return;
      if (have !== last) {
        last = have;
        since = Date.now();
      } else if (Date.now() - since > quietMs) return;
      await sleep(250);
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ cmd: 'stop' });
      setTimeout(() => this.child.kill('SIGKILL'), 5000).unref(); // this child's PID only
    });
  }
}

const load = () => os.loadavg().map((v) => Number(v.toFixed(2)));

interface Phase {
  warmup: WriteLoadResult;
  measured: WriteLoadResult;
  loadavgStart: number[];
  loadavgEnd: number[];
}

/** Warm-up then the measured window, over one queue of items, recording the load average. */
async function phase<T>(
  name: string,
  items: T[],
  connections: number,
  warmupMs: number,
  durationMs: number,
  op: (item: T) => Promise<void>,
  onOk?: (item: T) => void,
): Promise<Phase> {
  const q = queue(items);
  const loadavgStart = load();
  const warmup = await closedLoop(q.take, connections, warmupMs, op, onOk);
  const measured = await closedLoop(q.take, connections, durationMs, op, onOk);
  const loadavgEnd = load();
  const warn = measured.exhausted ? ` — WARNING: ran out of items after ${measured.durationS.toFixed(1)} s` : '';
  console.log(
    `[writes] ${name}: ${measured.rps.toFixed(0)}/s, p50 ${measured.p50Ms.toFixed(1)} ms, p99 ${measured.p99Ms.toFixed(1)} ms, ${measured.errors} errors${warn} (load ${loadavgStart[0]} → ${loadavgEnd[0]})`,
  );
  if (measured.errorSamples.length || warmup.errorSamples.length)
    console.log(`[writes]   errors: ${[...warmup.errorSamples, ...measured.errorSamples].slice(0, 3).join(' | ')}`);
  return { warmup, measured, loadavgStart, loadavgEnd };
}

/** Which template placeholders must appear (a format change in the server would drop one). */
function checkTemplate(name: string, template: TemplateStatement[], needed: string[]): string[] {
  const all = template.map((t) => t.text + t.params.join('')).join('\n');
  const missing = needed.filter((p) => !all.includes(`{{${p}}}`));
  if (missing.length) console.log(`[writes] WARNING: ${name} template has no ${missing.join(', ')}`);
  return missing;
}

/**
 * The job worker's fetch (graphile_worker: lock the next runnable job) runs on the worker's own
 * connection, woken by a job's insert or its poll timer, and may land in a capture. It is the
 * worker's, not the mutation's, and replayed it could lock a real job that no worker then runs.
 */
const JOB_WORKER_FETCH = /update\s+"?graphile_worker"?\._private_jobs\b[\s\S]*\blocked_by\b/i;
const mutationOwn = (sql: CapturedStatement[]) => sql.filter((s) => !JOB_WORKER_FETCH.test(s.text));

const short = (s: CapturedStatement) =>
  `${s.simple ? '' : '[extended] '}${s.text.replace(/\s+/g, ' ').trim().slice(0, 150)}`;

export async function run(args: string[]) {
  const connections = option(args, 'connections', 20);
  const durationMs = option(args, 'seconds', 10) * 1000;
  const warmupMs = option(args, 'warmup', 3) * 1000;
  const rows = option(args, 'rows', 10_000);
  const poolSize = option(args, 'pool', 10);
  // Enough items that no loop runs dry (trial runs here: floor ~300/s, server ~120/s, over 13 s).
  const floorItems = option(args, 'floor-items', 12000);
  const serverItems = option(args, 'server-items', 4000);
  const writerCounts = writersOption(args);
  const sweepWarmupMs = option(args, 'sweep-warmup', 2) * 1000;
  const sweepMs = option(args, 'sweep-seconds', 5) * 1000;
  const sweepItems = option(args, 'sweep-items', 2500);
  const withFloor = !args.includes('--no-floor');
  // The signed audit heads' log outside the database, one per run like the database: a log shared
  // across runs holds heads of an earlier lt_bench_writes, which the fresh chain cannot match.
  const auditHeadLog = path.join(os.tmpdir(), `lt-bench-writes-heads-${process.pid}.log`);
  const loadavgAtStart = load();
  const spawned: Spawned[] = [];
  const capture = await startPgCapture('127.0.0.1', 5432);
  let pool: Pool | undefined;
  let subscriber: EventCounter | undefined;
  try {
    console.log(`[writes] database ${DB}: seed:large ${rows} requests`);
    recreateDatabase(DB);
    execFileSync(
      process.execPath,
      [SEED_LARGE, '--requests', String(rows), '--seed', '1', '--today', '2026-11-28', '--force'],
      {
        env: { ...process.env, DATABASE_URL: dbUrl(DB) },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    psql('analyze', DB);
    pool = new Pool({ connectionString: dbUrl(DB), max: poolSize });
    const cloner = new Cloner(pool);
    const agency = Object.fromEntries(
      psql('select code, id from agencies', DB)
        .split('\n')
        .map((l) => l.split('|')),
    );

    // --- setup and capture, through a server whose database connections go through the proxy ---
    const capServer = await spawnServer({ DATABASE_URL: dbUrl(DB, capture.port), AUDIT_HEAD_LOG: auditHeadLog });
    spawned.push(capServer);
    const capApi = `${capServer.url}/graphql`;
    // One login per user for the whole run (login is rate-limited; sessions live in the database).
    const tokens = {
      staff: await login(capApi, 'stnmt.staff'),
      stnmtLead: await login(capApi, 'stnmt.lead'),
      lead: await login(capApi, 'ubnd.lead'),
    };

    const draft = await gql<{ createRequest: { request: { id: string; version: number } } }>(
      capApi,
      CREATE_REQUEST,
      {
        input: {
          title: 'Đề nghị cung cấp số liệu quan trắc môi trường (benchmark)',
          body: 'Đề nghị các cơ quan phối hợp cung cấp số liệu quan trắc và kinh phí thực hiện trong năm 2027.',
          domain: 'ENVIRONMENT',
          priority: 'NORMAL',
          dueDate: '2027-06-30',
          leadAgencyId: agency.STC,
          supportingAgencyIds: [agency.SNV, agency.VPDKDD],
        },
      },
      tokens.staff,
    );
    const templateRequest = draft.createRequest.request;
    // Items whose kinds are not routed to an appraiser (EQUIPMENT, LAND): submit → IN_REVIEW at once.
    const created = await gql<{ createProposal: { proposal: { id: string; version: number } } }>(
      capApi,
      CREATE_PROPOSAL,
      {
        input: {
          title: 'Đề xuất trang bị trạm quan trắc tự động (benchmark)',
          rationale: 'Bổ sung trạm quan trắc tự động cho các khu công nghiệp theo kế hoạch 2027.',
          fiscalYear: 2027,
          items: [
            {
              kind: 'EQUIPMENT',
              description: 'Trạm quan trắc nước thải tự động',
              justification: 'Theo dõi liên tục',
              quantity: 3,
              unit: 'trạm',
            },
            {
              kind: 'LAND',
              description: 'Mặt bằng đặt trạm',
              justification: 'Vị trí cửa xả',
              quantity: 120,
              unit: 'm²',
            },
          ],
        },
      },
      tokens.stnmtLead,
    );
    const submitted = await gql<{ submitProposal: { proposal: { id: string; version: number; status: string } } }>(
      capApi,
      SUBMIT_PROPOSAL,
      {
        input: { id: created.createProposal.proposal.id, version: created.createProposal.proposal.version },
      },
      tokens.stnmtLead,
    );
    const templateProposal = submitted.submitProposal.proposal;
    if (templateProposal.status !== 'IN_REVIEW')
      throw new Error(`template proposal is ${templateProposal.status}, expected IN_REVIEW`);

    const submitVars = (id: string) => ({ input: { id, version: templateRequest.version } });
    const decideVars = (p: ProposalClone) => ({
      input: {
        id: p.id,
        version: templateProposal.version,
        conditions: CONDITIONS,
        grants: p.items.map((i) => ({ itemId: i.id, grantedQuantity: i.quantity })),
      },
    });

    const REPEAT = 10;
    const countedRequests = await cloner.requests(templateRequest.id, REPEAT + 2);
    const countedProposals = await cloner.proposals(templateProposal.id, REPEAT + 2);
    const captureOf = async (send: () => Promise<unknown>) => {
      capture.take();
      await send();
      await sleep(300); // the NOTIFYs go out after the response
      return capture.take();
    };
    // The first call fills per-process caches (session, prepared plans); the second is captured.
    await gql(capApi, SUBMIT, submitVars(countedRequests[0]), tokens.staff);
    const capturedRequestId = countedRequests[1];
    const submitSql = await captureOf(() => gql(capApi, SUBMIT, submitVars(capturedRequestId), tokens.staff));
    await gql(capApi, DECIDE, decideVars(countedProposals[0]), tokens.lead);
    const capturedProposal = countedProposals[1];
    const decideSql = await captureOf(() => gql(capApi, DECIDE, decideVars(capturedProposal), tokens.lead));
    const submitCounts: number[] = [];
    const decideCounts: number[] = [];
    for (let i = 2; i < REPEAT + 2; i++) {
      submitCounts.push(
        (await captureOf(() => gql(capApi, SUBMIT, submitVars(countedRequests[i]), tokens.staff))).length,
      );
      decideCounts.push(
        (await captureOf(() => gql(capApi, DECIDE, decideVars(countedProposals[i]), tokens.lead))).length,
      );
    }
    await capServer.stop();
    spawned.splice(spawned.indexOf(capServer), 1);

    // --- templates: the captured statements with the per-run values as placeholders ---
    const one = (sql: string) => psql(sql, DB);
    const eventLiterals = (eventId: string): [string, string][] => [
      [`"eventId":${eventId}`, '"eventId":{{eventId}}'],
      [`"id":${eventId},`, '"id":{{eventId}},'],
    ];
    const code = one(`select code from requests where id = '${capturedRequestId}'`);
    const submitEvent = one(`select id from events where aggregate_id = '${capturedRequestId}' and type = 'SUBMITTED'`);
    const submitTemplate = templatise(mutationOwn(submitSql), [
      ...eventLiterals(submitEvent),
      [code, '{{code}}'],
      [code.toLowerCase(), '{{codeLower}}'],
      [capturedRequestId, '{{id}}'],
    ]);
    const codePrefix = code.replace(/\d+$/, '');
    const deriveCode = (v: Vars) => {
      if (v.number === undefined) return;
      v.code = `${codePrefix}${v.number.padStart(4, '0')}`; // as request-draft.ts gives it
      v.codeLower = v.code.toLowerCase();
    };
    const [decisionId, decisionNumber] = one(
      `select id, number from decisions where proposal_id = '${capturedProposal.id}'`,
    ).split('|');
    const decideEvent = one(`select id from events where aggregate_id = '${capturedProposal.id}' and type = 'DECIDED'`);
    // The seal in the DECISION.ISSUED audit row, and the signed PDF's row (its id made in Node).
    const seal = one(
      `select details->>'seal' from audit_log where action = 'DECISION.ISSUED' and subject_id = '${decisionId}'`,
    );
    const documentId = one(`select id from signed_documents where record_id = '${decisionId}'`);
    const decideTemplate = templatise(mutationOwn(decideSql), [
      [`'${decisionId}', ${decisionNumber},`, "'{{decisionId}}', {{number}},"],
      [`"note":"${decisionNumber}/`, '"note":"{{number}}/'],
      [`"number":"${decisionNumber}/`, '"number":"{{number}}/'],
      [decisionId, '{{decisionId}}'],
      ...(seal ? [[seal, '{{seal}}'] as [string, string]] : []),
      ...(documentId ? [[documentId, '{{documentId}}'] as [string, string]] : []),
      ...eventLiterals(decideEvent),
      [capturedProposal.code, '{{pcode}}'],
      ...capturedProposal.items.map((item, k) => [item.id, `{{item${k}}}`] as [string, string]),
      [capturedProposal.id, '{{id}}'],
    ]);
    const templateWarnings = [
      ...checkTemplate('submit', submitTemplate, ['id', 'code', 'eventId', 'auditId', 'at0']).map(
        (p) => `submit: ${p}`,
      ),
      ...checkTemplate('decide', decideTemplate, [
        'id',
        'pcode',
        'decisionId',
        'number',
        'eventId',
        'auditId',
        'seal',
        'documentId',
        'at0',
        'item0',
      ]).map((p) => `decide: ${p}`),
    ];
    const floorSubmit = (id: string) => ({ id });
    // ids the server makes in Node: fresh per item
    const floorDecide = (p: ProposalClone): Vars => ({
      id: p.id,
      pcode: p.code,
      decisionId: randomUUID(),
      documentId: randomUUID(),
      ...Object.fromEntries(p.items.map((item, k) => [`item${k}`, item.id])),
    });

    // --- floor: raw pg, pool of `poolSize`, `connections` workers, the captured statements replayed ---
    const floor = async (label: string) => {
      const drafts = await cloner.requests(templateRequest.id, floorItems);
      const proposals = await cloner.proposals(templateProposal.id, floorItems);
      await pool!.query('analyze requests, request_participants, proposals, proposal_items');
      const submit = await phase(`floor ${label}: submit`, drafts, connections, warmupMs, durationMs, async (id) => {
        const client = await pool!.connect();
        try {
          await replay(client, submitTemplate, floorSubmit(id), deriveCode);
        } finally {
          client.release();
        }
      });
      const decide = await phase(`floor ${label}: decide`, proposals, connections, warmupMs, durationMs, async (p) => {
        const client = await pool!.connect();
        try {
          await replay(client, decideTemplate, floorDecide(p));
        } finally {
          client.release();
        }
      });
      return { submit, decide };
    };
    const skippedFloor = async (): Promise<Awaited<ReturnType<typeof floor>>> => {
      const none: Phase = { warmup: NO_RUN, measured: NO_RUN, loadavgStart: load(), loadavgEnd: load() };
      return { submit: none, decide: none };
    };
    const floorA = withFloor ? await floor('A') : await skippedFloor();

    // --- the real server, its database connections direct ---
    const drafts = await cloner.requests(templateRequest.id, serverItems);
    const proposals = await cloner.proposals(templateProposal.id, serverItems);
    await pool.query('analyze requests, request_participants, proposals, proposal_items');
    const server = await spawnServer({ DATABASE_URL: dbUrl(DB), AUDIT_HEAD_LOG: auditHeadLog });
    spawned.push(server);
    const api = `${server.url}/graphql`;
    const cursors = await gql<{ requestEventCursor: string; proposalEventCursor: string }>(
      api,
      '{ requestEventCursor proposalEventCursor }',
      {},
      tokens.staff,
    );
    const wsUrl = api.replace(/^http/, 'ws');
    // Who would watch: STNMT staff see their requests' feed, STNMT's leader their proposals' feed.
    subscriber = await EventCounter.start([
      {
        name: 'requestFeed',
        url: wsUrl,
        token: tokens.staff,
        query: REQUEST_FEED,
        variables: { after: cursors.requestEventCursor },
      },
      {
        name: 'proposalFeed',
        url: wsUrl,
        token: tokens.stnmtLead,
        query: PROPOSAL_FEED,
        variables: { after: cursors.proposalEventCursor },
      },
    ]);
    await sleep(500);
    const eventsBefore = Number(one('select coalesce(max(id), 0) from events'));
    // An observer on the bus's channel (server/src/shared/event-bus.ts: NOTIFY lien_thong_events,
    // payload {t, d}): the order in which DOMAIN_EVENT notices reach a listener, to tell whether
    // a live loss follows a notice overtaken by a later event's notice.
    const observer = new Client({ connectionString: dbUrl(DB) });
    const noticeOrder: number[] = [];
    await observer.connect();
    observer.on('notification', (n) => {
      try {
        const message = JSON.parse(n.payload ?? '{}') as { t?: string; d?: { id?: number } };
        if (message.t === 'DOMAIN_EVENT' && typeof message.d?.id === 'number') noticeOrder.push(message.d.id);
      } catch {
        /* not a bus message */
      }
    });
    await observer.query('listen lien_thong_events');
    // as many sockets as the most writers of any run: a smaller pool would queue writers in the agent
    const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(connections, ...writerCounts) });
    const submittedIds: string[] = [];
    const decidedIds: string[] = [];
    const serverSubmit = await phase(
      'server: submitRequest',
      drafts,
      connections,
      warmupMs,
      durationMs,
      async (id) => {
        await postGraphQL(agent, api, tokens.staff, SUBMIT, submitVars(id));
      },
      (id) => submittedIds.push(id),
    );
    const serverDecide = await phase(
      'server: decideProposal',
      proposals,
      connections,
      warmupMs,
      durationMs,
      async (p) => {
        await postGraphQL(agent, api, tokens.lead, DECIDE, decideVars(p));
      },
      (p) => decidedIds.push(p.id),
    );

    // --- scaling with writers: the same mutations at 1, 5, 20, 50 concurrent writers ---
    const sweep: SweepStep[] = [];
    for (const writers of writerCounts) {
      const stepDrafts = await cloner.requests(templateRequest.id, sweepItems);
      const stepProposals = await cloner.proposals(templateProposal.id, sweepItems);
      await pool.query('analyze requests, request_participants, proposals, proposal_items');
      const submitLocks = lockSampler(pool);
      const submit = await phase(
        `sweep ${writers} writers: submitRequest`,
        stepDrafts,
        writers,
        sweepWarmupMs,
        sweepMs,
        async (id) => {
          await postGraphQL(agent, api, tokens.staff, SUBMIT, submitVars(id));
        },
        (id) => submittedIds.push(id),
      );
      const submitWaits = await submitLocks.stop();
      const decideLocks = lockSampler(pool);
      const decide = await phase(
        `sweep ${writers} writers: decideProposal`,
        stepProposals,
        writers,
        sweepWarmupMs,
        sweepMs,
        async (p) => {
          await postGraphQL(agent, api, tokens.lead, DECIDE, decideVars(p));
        },
        (p) => decidedIds.push(p.id),
      );
      const decideWaits = await decideLocks.stop();
      sweep.push({ writers, submit, decide, submitWaits, decideWaits });
    }
    agent.destroy();

    // --- events: written once per successful mutation, delivered once to the subscriber ---
    const eventCheck = async (feed: string, aggregateType: string, type: string, okIds: string[]) => {
      const { rows: written } = await pool!.query<{ id: string; aggregate_id: string }>(
        'select id::text, aggregate_id from events where id > $1 and aggregate_type = $2 and type = $3 order by id',
        [eventsBefore, aggregateType, type],
      );
      const perAggregate = new Map<string, number>();
      for (const e of written) perAggregate.set(e.aggregate_id, (perAggregate.get(e.aggregate_id) ?? 0) + 1);
      const ok = new Set(okIds);
      const writtenIds = new Set(written.map((e) => Number(e.id)));
      await subscriber!.until(feed, writtenIds, 10_000);
      const got = (await subscriber!.take())[feed];
      const received = new Set(got.ids);
      const lostIds = [...writtenIds].filter((id) => !received.has(id));
      // Notices of this feed that reached the listener after a notice with a higher id.
      let highest = 0;
      const overtaken: number[] = [];
      for (const id of noticeOrder) {
        if (!writtenIds.has(id)) continue;
        if (id < highest) overtaken.push(id);
        highest = Math.max(highest, id);
      }
      const overtakenSet = new Set(overtaken);
      return {
        mutationsOk: okIds.length,
        eventsWritten: written.length,
        /** Successful mutations with no event. */
        lostInLog: okIds.filter((id) => !perAggregate.has(id)).length,
        /** Aggregates with more than one such event. */
        duplicatedInLog: [...perAggregate.values()].filter((n) => n > 1).length,
        /** Events for a mutation that was reported as failed. */
        unexpectedInLog: written.filter((e) => !ok.has(e.aggregate_id)).length,
        received: [...writtenIds].filter((id) => received.has(id)).length,
        lostLive: lostIds.length,
        lostLiveIds: lostIds.slice(0, 50),
        noticesSeenByObserver: noticeOrder.filter((id) => writtenIds.has(id)).length,
        noticesOvertaken: overtaken.length,
        lostLiveThatWereOvertaken: lostIds.filter((id) => overtakenSet.has(id)).length,
        duplicatedLive: got.duplicates,
        unexpectedLive: got.ids.filter((id) => id > eventsBefore && !writtenIds.has(id)).length,
        feedErrors: got.errors,
        feedCloses: got.closes,
      };
    };
    const submitEvents = await eventCheck('requestFeed', 'REQUEST', 'SUBMITTED', submittedIds);
    const decideEvents = await eventCheck('proposalFeed', 'PROPOSAL', 'DECIDED', decidedIds);
    await subscriber.stop();
    subscriber = undefined;
    await observer.end();
    await server.stop();
    spawned.splice(spawned.indexOf(server), 1);

    const floorB = withFloor ? await floor('B') : await skippedFloor();

    // Decision numbers (server and floor alike drew them from the same counter): unique, gapless.
    const [decisions, distinctNumbers, minNumber, maxNumber] = one(
      `select count(*), count(distinct number), min(number), max(number) from decisions where issuer_code = 'UBND' and year = ${decisionSql(one)}`,
    )
      .split('|')
      .map(Number);
    let auditVerify = '';
    try {
      auditVerify = execFileSync(process.execPath, [AUDIT_CLI], {
        env: { ...process.env, DATABASE_URL: dbUrl(DB), AUDIT_HEAD_LOG: auditHeadLog },
        encoding: 'utf8',
      }).trim();
    } catch (error) {
      auditVerify = `FAILED: ${String((error as { stderr?: string }).stderr ?? error).trim()}`;
    }

    // --- report ---
    const mean = (a: number, b: number) => (a + b) / 2;
    const floorRps = {
      submit: mean(floorA.submit.measured.rps, floorB.submit.measured.rps),
      decide: mean(floorA.decide.measured.rps, floorB.decide.measured.rps),
    };
    const statementsPer = { submit: avg(submitCounts), decide: avg(decideCounts) };
    // BEGIN..COMMIT inclusive: what holds the row locks; the rest is the read-back and the NOTIFYs.
    const inTransaction = (sql: CapturedStatement[]) =>
      sql.findIndex((s) => /^commit/i.test(s.text.trim())) - sql.findIndex((s) => /^begin/i.test(s.text.trim())) + 1;
    const r1 = (v: number) => Number(v.toFixed(1));
    const floorRow = (name: string, a: Phase, b: Phase, stmts: number) => ({
      mutation: name,
      'ops/s': Math.round(mean(a.measured.rps, b.measured.rps)),
      'ratio vs floor': 1,
      'p50 ms': r1(mean(a.measured.p50Ms, b.measured.p50Ms)),
      'p99 ms': r1(Math.max(a.measured.p99Ms, b.measured.p99Ms)),
      'SQL/mutation': stmts,
      errors: a.measured.errors + b.measured.errors,
      'events ok/written/received': '—',
      'lost/dup': '—',
    });
    const serverRow = (
      name: string,
      p: Phase,
      floor: number,
      stmts: number,
      ev: Awaited<ReturnType<typeof eventCheck>>,
    ) => ({
      mutation: name,
      'ops/s': Math.round(p.measured.rps),
      'ratio vs floor': Number((p.measured.rps / floor).toFixed(2)),
      'p50 ms': r1(p.measured.p50Ms),
      'p99 ms': r1(p.measured.p99Ms),
      'SQL/mutation': stmts,
      errors: p.warmup.errors + p.measured.errors,
      'events ok/written/received': `${ev.mutationsOk}/${ev.eventsWritten}/${ev.received}`,
      'lost/dup': `${ev.lostInLog + ev.lostLive}/${ev.duplicatedInLog + ev.duplicatedLive}`,
    });
    const out = [
      floorRow('floor: submit, raw pg replay', floorA.submit, floorB.submit, submitTemplate.length),
      serverRow('submitRequest (stnmt.staff)', serverSubmit, floorRps.submit, statementsPer.submit, submitEvents),
      floorRow('floor: decide, raw pg replay', floorA.decide, floorB.decide, decideTemplate.length),
      serverRow('decideProposal (ubnd.lead)', serverDecide, floorRps.decide, statementsPer.decide, decideEvents),
    ];
    const clean = (ev: Awaited<ReturnType<typeof eventCheck>>) =>
      ev.lostInLog + ev.lostLive + ev.duplicatedInLog + ev.duplicatedLive + ev.unexpectedInLog + ev.unexpectedLive ===
        0 && ev.eventsWritten === ev.mutationsOk;
    const verdict = [
      { mutation: 'submitRequest', p: serverSubmit, floor: floorRps.submit, ev: submitEvents },
      { mutation: 'decideProposal', p: serverDecide, floor: floorRps.decide, ev: decideEvents },
    ].map(({ mutation, p, floor: f, ev }) => ({
      mutation,
      '≥ 0.30× floor':
        p.measured.rps / f >= 0.3
          ? `met (${(p.measured.rps / f).toFixed(2)}×)`
          : `NOT met (${(p.measured.rps / f).toFixed(2)}×)`,
      'p99 ≤ 50 ms':
        p.measured.p99Ms <= 50 ? `met (${r1(p.measured.p99Ms)} ms)` : `NOT met (${r1(p.measured.p99Ms)} ms)`,
      'no lost/duplicated events': clean(ev) ? 'met' : 'NOT met',
    }));
    const loadavgAtEnd = load();
    console.log(
      `\nwrites: ${connections} connections × ${durationMs / 1000} s (after ${warmupMs / 1000} s warm-up); floor = raw pg pool of ${poolSize}, the server's statements replayed; floor runs A (before) and B (after) the server, ratio against their mean`,
    );
    console.log(
      `floor submit: A ${Math.round(floorA.submit.measured.rps)}/s, B ${Math.round(floorB.submit.measured.rps)}/s; floor decide: A ${Math.round(floorA.decide.measured.rps)}/s, B ${Math.round(floorB.decide.measured.rps)}/s`,
    );
    console.log(table(out));
    console.log('');
    console.log(table(verdict));
    console.log(`\nevents (server runs, warm-up included): submit ${JSON.stringify(submitEvents)}`);
    console.log(`events: decide ${JSON.stringify(decideEvents)}`);
    console.log(
      `decision numbers ${minNumber}..${maxNumber}: ${decisions} decisions, ${distinctNumbers} distinct; ${auditVerify}`,
    );
    const sweepTable = sweep.map(sweepRow);
    if (sweepTable.length) {
      console.log(
        `\nscaling with writers (server only; ${sweepWarmupMs / 1000} s warm-up + ${sweepMs / 1000} s measured per step and mutation; one keep-alive socket per writer):`,
      );
      console.log(table(sweepTable));
    }
    console.log(`load average: ${loadavgAtStart.join(' ')} at start, ${loadavgAtEnd.join(' ')} at end`);
    for (const [name, sql] of [
      ['submitRequest', submitSql],
      ['decideProposal', decideSql],
    ] as const) {
      console.log(`\nSQL of one ${name} (${sql.length} statements; connection number in brackets):`);
      for (const s of sql) console.log(`  [${s.connection}] ${short(s)}`);
    }
    const file = writeResults('writes', {
      settings: {
        connections,
        durationS: durationMs / 1000,
        warmupS: warmupMs / 1000,
        floorPool: poolSize,
        requestsInDatabase: rows,
        floorItems,
        serverItems,
        measuredSubmit:
          'submitRequest of drafts prepared before the window (cloned in SQL from one draft created through the API)',
        measuredDecide:
          'decideProposal (full grant) of IN_REVIEW proposals with 2 items (EQUIPMENT, LAND: no appraisal routing), cloned in SQL from one created and submitted through the API',
        documents: "the client's SubmitRequest / DecideProposal (RequestDetailFields / ProposalDetailFields)",
        subscriber:
          'one process, two graphql-ws sockets: requestFeed as stnmt.staff, proposalFeed as stnmt.lead, after = the event cursor read before the runs',
      },
      serverUncommitted: serverWorkingTree(),
      loadavg: { start: loadavgAtStart, end: loadavgAtEnd },
      floor: {
        A: floorA,
        B: floorB,
        meanRps: floorRps,
        method:
          "captured statements replayed per item in captured order on one pooled client: BEGIN..COMMIT, the read-back, the pg_notify calls (the job worker's fetch left out); see bench/src/lib/sql-replay.ts",
        statements: { submit: submitTemplate.length, decide: decideTemplate.length },
      },
      server: { submit: serverSubmit, decide: serverDecide },
      statementsPerMutation: {
        submit: submitCounts,
        decide: decideCounts,
        inTransaction: { submit: inTransaction(submitSql), decide: inTransaction(decideSql) },
        method: 'wire-protocol capture (Query + Execute), one mutation at a time, 10 each',
      },
      events: { submit: submitEvents, decide: decideEvents },
      decisionNumbers: {
        decisions,
        distinct: distinctNumbers,
        min: minNumber,
        max: maxNumber,
        gapless: maxNumber - minNumber + 1 === decisions && distinctNumbers === decisions,
      },
      auditVerify,
      templateWarnings,
      sqlOfOneMutation: { submitRequest: submitSql.map(short), decideProposal: decideSql.map(short) },
      table: out,
      verdict,
      sweep: {
        writers: writerCounts,
        warmupS: sweepWarmupMs / 1000,
        durationS: sweepMs / 1000,
        itemsPerStep: sweepItems,
        floorRun: withFloor,
        steps: sweep,
        table: sweepTable,
      },
    });
    console.log(`\nwritten: ${file}`);
  } finally {
    await subscriber?.stop();
    for (const s of spawned.reverse()) await s.stop();
    await pool?.end();
    await capture.close();
    if (!args.includes('--keep-db')) {
      dropDatabase(DB);
      fs.rmSync(auditHeadLog, { force: true });
    }
  }
}

interface SweepStep {
  writers: number;
  submit: Phase;
  decide: Phase;
  submitWaits: LockWaits;
  decideWaits: LockWaits;
}

/** How many of the database's sessions were running a statement, and how many of them waited on a lock, on average. */
interface LockWaits {
  samples: number;
  active: number;
  waitingOnLock: number;
  /** lock type (advisory, transactionid, tuple…) → mean sessions waiting on it */
  byType: Record<string, number>;
}

/**
 * Samples pg_stat_activity / pg_locks every 100 ms until stopped: serialisation shows as sessions
 * waiting on a lock (the commit-order advisory lock, a counter row's transaction), whatever else
 * is loading the machine — unlike mutations/s, which a busy shared machine moves a lot.
 */
function lockSampler(pool: Pool): { stop(): Promise<LockWaits> } {
  let running = true;
  const totals: LockWaits = { samples: 0, active: 0, waitingOnLock: 0, byType: {} };
  const loop = (async () => {
    while (running) {
      const { rows } = await pool.query<{ active: number; waiting: number; types: Record<string, number> | null }>(
        `select (select count(*)::int from pg_stat_activity a where a.datname = current_database() and a.state = 'active' and a.pid <> pg_backend_pid()) as active,
                (select count(*)::int from pg_stat_activity a where a.datname = current_database() and a.wait_event_type = 'Lock') as waiting,
                (select json_object_agg(locktype, n) from (select locktype, count(*)::int as n from pg_locks l
                   join pg_stat_activity a on a.pid = l.pid where not l.granted and a.datname = current_database() group by locktype) t) as types`,
      );
      totals.samples++;
      totals.active += rows[0].active;
      totals.waitingOnLock += rows[0].waiting;
      for (const [type, n] of Object.entries(rows[0].types ?? {})) totals.byType[type] = (totals.byType[type] ?? 0) + n;
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const n = Math.max(1, totals.samples);
      return {
        samples: totals.samples,
        active: totals.active / n,
        waitingOnLock: totals.waitingOnLock / n,
        byType: Object.fromEntries(Object.entries(totals.byType).map(([k, v]) => [k, Number((v / n).toFixed(2))])),
      };
    },
  };
}

/** A phase that did not run (--no-floor): no operations, no latencies. */
const NO_RUN: WriteLoadResult = {
  ok: 0,
  errors: 0,
  errorSamples: [],
  exhausted: false,
  durationS: 0,
  rps: NaN,
  p50Ms: NaN,
  p90Ms: NaN,
  p99Ms: NaN,
  maxMs: NaN,
};

/** `--writers=1,5,20,50` (the default): the writer counts of the scaling sweep; `--writers=` runs none. */
function writersOption(args: string[]): number[] {
  const hit = args.find((a) => a.startsWith('--writers='));
  const list = hit ? hit.slice('--writers='.length) : '1,5,20,50';
  return list
    .split(',')
    .filter(Boolean)
    .map((n) => {
      const writers = Number(n);
      if (!Number.isInteger(writers) || writers < 1) throw new Error(`--writers: "${n}" is not a writer count`);
      return writers;
    });
}

function sweepRow({ writers, submit, decide, submitWaits, decideWaits }: SweepStep) {
  const r1 = (v: number) => Number(v.toFixed(1));
  const warn = (p: Phase) => (p.measured.exhausted ? ' (ran out of items)' : '');
  return {
    writers,
    'submit/s': `${Math.round(submit.measured.rps)}${warn(submit)}`,
    'submit p50 ms': r1(submit.measured.p50Ms),
    'submit p99 ms': r1(submit.measured.p99Ms),
    'submit: SQL running / waiting on a lock': `${r1(submitWaits.active)} / ${r1(submitWaits.waitingOnLock)}`,
    'decide/s': `${Math.round(decide.measured.rps)}${warn(decide)}`,
    'decide p50 ms': r1(decide.measured.p50Ms),
    'decide p99 ms': r1(decide.measured.p99Ms),
    'decide: SQL running / waiting on a lock': `${r1(decideWaits.active)} / ${r1(decideWaits.waitingOnLock)}`,
    errors: submit.warmup.errors + submit.measured.errors + decide.warmup.errors + decide.measured.errors,
  };
}

const avg = (values: number[]) => Number((values.reduce((s, v) => s + v, 0) / values.length).toFixed(1));

/** The year the server numbers decisions in (the newest decision's). */
function decisionSql(one: (sql: string) => string): string {
  return one('select year from decisions order by signed_at desc limit 1');
}
