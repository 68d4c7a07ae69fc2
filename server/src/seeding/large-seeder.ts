import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import {
  generateProposal,
  generateRequest,
  generateTask,
  LargeWorld,
  type LargeAgency,
  type LargeUser,
} from '@lien-thong/seeds';
import { ormConfig } from '../db/orm-config';
import type { ProposalSettings } from '../modules/proposals';
import { foldForSearch } from '../shared/search';
import { seedDemoData } from './demo-seeder';

/**
 * Fills a database with a large, deterministic dataset on top of the demo world's agencies and
 * users: requests (with participants and events), proposals (with items) and tasks (with
 * completions). Rows go through `pg` directly as multi-row INSERT ... SELECT FROM unnest(...),
 * one transaction per batch; the next batch is generated while PostgreSQL writes the previous one.
 *
 * Generated history has events but no audit_log rows (the hash chain is only extended by the app),
 * and no notifications.
 */
export interface LargeSeedOptions {
  requests: number;
  proposals: number;
  tasks: number;
  seed: number;
  /** Rows of the main table per INSERT statement / transaction. */
  batch: number;
  /** YYYY-MM-DD: dates are spread backwards from this day. */
  today: string;
  /**
   * Drop the secondary (non-constraint) indexes of requests, request_participants and events while
   * loading and build them again afterwards (much faster for large loads). Default: from 20,000 requests.
   */
  rebuildIndexes?: boolean;
  /** Called as rows are written (for a progress bar). */
  progress?: (phase: string, done: number, total: number, rows: number) => void;
}

export interface LargeSeedCounts {
  requests: number;
  participants: number;
  events: number;
  proposals: number;
  proposalItems: number;
  tasks: number;
  taskCompletions: number;
  rows: number;
  seconds: number;
}

const INSERT_REQUESTS = `insert into requests (id, code, title, body, domain, priority, due_date, status, requesting_agency_id, author_id,
    lead_agency_id, search_text, escalation_reason, created_at, updated_at, submitted_at, closed_at, last_activity_at, version)
  select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::domain_area[], $6::request_priority[], $7::date[],
    $8::request_status[], $9::uuid[], $10::uuid[], $11::uuid[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[],
    $16::timestamptz[], $17::timestamptz[], $18::timestamptz[], $19::int[])`;
// last_activity_at is the request's (a trigger copies it, but triggers may be off while loading)
const INSERT_PARTICIPANTS = `insert into request_participants (id, request_id, agency_id, role, state, assignee_id, reply, decline_reason,
    acknowledged_at, responded_at, last_activity_at)
  select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::participant_role[], $5::participant_state[], $6::uuid[], $7::text[],
    $8::text[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[])`;
const INSERT_EVENTS = `insert into events (aggregate_type, aggregate_id, type, actor_user_id, actor_agency_id, restricted, audience, data, created_at)
  select 'REQUEST', t.aggregate_id, t.type, t.actor_user_id, t.actor_agency_id, t.restricted, t.audience::uuid[], t.data::jsonb, t.created_at
    from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::bool[], $6::text[], $7::text[], $8::timestamptz[])
         with ordinality as t(aggregate_id, type, actor_user_id, actor_agency_id, restricted, audience, data, created_at, n)
   order by t.n`;
const INSERT_PROPOSALS = `insert into proposals (id, code, title, rationale, fiscal_year, requesting_agency_id, author_id, status, revision,
    return_reason, linked_request_ids, created_at, updated_at, submitted_at, decided_at, last_activity_at, version, linked_task_ids)
  select t.id, t.code, t.title, t.rationale, t.fiscal_year, t.agency, t.author, t.status, 1, t.return_reason, '{}', t.created_at,
         t.updated_at, t.submitted_at, null, t.last_activity_at, t.version, '{}'
    from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::uuid[], $7::uuid[], $8::proposal_status[], $9::text[],
         $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::int[])
         as t(id, code, title, rationale, fiscal_year, agency, author, status, return_reason, created_at, updated_at, submitted_at,
              last_activity_at, version)`;
const INSERT_ITEMS = `insert into proposal_items (id, proposal_id, position, kind, description, quantity, unit, amount, justification)
  select * from unnest($1::uuid[], $2::uuid[], $3::int[], $4::resource_kind[], $5::text[], $6::int[], $7::text[], $8::bigint[], $9::text[])`;
const INSERT_TASKS = `insert into tasks (id, code, title, description, category, domain, period_year, period_quarter, owner_agency_id, due_date,
    assigned_on, assigned_by_id, directive_id, carried_from_id, status, progress_percent, completed_on, cancelled_on, cancel_reason,
    carried_over_on, linked_request_ids, created_at, last_activity_at, version)
  select t.id, t.code, t.title, t.description, t.category, t.domain, t.py, t.pq, t.owner, t.due, t.assigned_on, t.assigned_by, null, null,
         t.status, t.progress, t.completed_on, t.cancelled_on, t.cancel_reason, null, '{}', t.created_at, t.last_activity_at, t.version
    from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::task_category[], $6::domain_area[], $7::smallint[], $8::smallint[],
         $9::uuid[], $10::date[], $11::date[], $12::uuid[], $13::task_status[], $14::smallint[], $15::date[], $16::date[], $17::text[],
         $18::timestamptz[], $19::timestamptz[], $20::int[])
         as t(id, code, title, description, category, domain, py, pq, owner, due, assigned_on, assigned_by, status, progress, completed_on,
              cancelled_on, cancel_reason, created_at, last_activity_at, version)`;
const INSERT_COMPLETIONS = `insert into task_completions (id, task_id, completed_on, reopened_on)
  select t.id, t.task_id, t.completed_on, null from unnest($1::uuid[], $2::uuid[], $3::date[]) as t(id, task_id, completed_on)`;

/** foldForSearch of a fragment, remembered: titles and bodies repeat a lot. Folding is per character, so fragments joined by a space fold to the folded fragments joined by a space. */
function foldCache(): (text: string) => string {
  let cache = new Map<string, string>();
  return (text) => {
    let folded = cache.get(text);
    if (folded === undefined) {
      folded = foldForSearch(text);
      if (cache.size > 200_000) cache = new Map();
      cache.set(text, folded);
    }
    return folded;
  };
}

/** Column-wise buffers: one array per statement parameter. */
const columns = (n: number): unknown[][] => Array.from({ length: n }, () => []);

/** Highest number used per (scope, year), to move the reference counters past generated codes. */
class Numbering {
  readonly max = new Map<string, number>();
  note(scope: string, numbering: { year: number; number: number } | null): void {
    if (!numbering) return;
    const key = `${scope}:${numbering.year}`;
    if ((this.max.get(key) ?? 0) < numbering.number) this.max.set(key, numbering.number);
  }
}

/** LT_LARGE_TIMING=1: print the time spent in each INSERT statement at exit (for tuning). */
const TIMING = process.env.LT_LARGE_TIMING ? new Map<string, number>() : null;
if (TIMING) process.on('exit', () => console.error(TIMING));

/**
 * Writes batches through one client, one transaction per batch. `write` queues the batch and
 * returns once the previous batch has committed, so generation overlaps the database's work.
 */

class BatchWriter {
  private pending: Promise<unknown> = Promise.resolve();
  constructor(private readonly client: pg.Client) {}

  async write(statements: [string, unknown[][]][]): Promise<void> {
    await this.pending;
    const client = this.client;
    const run = async () => {
      await client.query('begin');
      try {
        for (const [sql, params] of statements) {
          if ((params[0] as unknown[]).length === 0) continue;
          const t0 = Date.now();
          await client.query(sql, params);
          if (TIMING) TIMING.set(sql.slice(0, 30), (TIMING.get(sql.slice(0, 30)) ?? 0) + Date.now() - t0);
        }
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      }
    };
    this.pending = run();
    // surface a failure at the next call at the latest; keep it from being "unhandled" meanwhile
    this.pending.catch(() => {});
  }

  async flush(): Promise<void> {
    await this.pending;
  }
}

export async function loadWorld(client: pg.ClientBase, today: string, seed: number): Promise<LargeWorld> {
  const agencies = (await client.query<LargeAgency>('select id, code, kind from agencies order by code')).rows;
  const users = (
    await client.query<LargeUser & { agencyId: string }>(
      'select id, agency_id as "agencyId", role from users where active order by username',
    )
  ).rows;
  return new LargeWorld({ agencies, users }, { seed, today });
}

/** Adds the large dataset to a database that already holds the demo agencies and users. */
export async function writeLargeData(databaseUrl: string, options: LargeSeedOptions): Promise<LargeSeedCounts> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  // events have no foreign keys: a second connection writes them alongside (only it writes events,
  // in order, so their sequence ids are deterministic too)
  const eventsClient = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts: LargeSeedCounts = {
    requests: 0,
    participants: 0,
    events: 0,
    proposals: 0,
    proposalItems: 0,
    tasks: 0,
    taskCompletions: 0,
    rows: 0,
    seconds: 0,
  };
  const numbering = new Numbering();
  const progress = options.progress ?? (() => {});
  const batch = Math.max(1, options.batch);
  let dropped: { name: string; definition: string }[] = [];
  try {
    await eventsClient.connect();
    for (const c of [client, eventsClient]) {
      await c.query('set synchronous_commit = off');
      // skip foreign-key triggers while loading (the generator only refers to rows it wrote or read);
      // needs a superuser, so without one the checks simply stay on
      await c.query('set session_replication_role = replica').catch(() => {});
    }
    const world = await loadWorld(client, options.today, options.seed);
    const writer = new BatchWriter(client);
    const eventsWriter = new BatchWriter(eventsClient);
    const fold = foldCache();
    if (options.rebuildIndexes ?? options.requests >= 20_000) {
      // plain indexes only: primary keys and unique constraints stay (they guard the data)
      const { rows } = await client.query<{ name: string; definition: string }>(
        `select i.indexname as name, i.indexdef as definition from pg_indexes i
          where i.schemaname = current_schema() and i.tablename in ('requests', 'request_participants', 'events')
            and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
          order by i.indexname`,
      );
      dropped = rows;
      for (const index of dropped) await client.query(`drop index "${index.name}"`);
    }

    // requests, participants, events
    for (let start = 0; start < options.requests; start += batch) {
      const end = Math.min(options.requests, start + batch);
      const r = columns(19);
      const p = columns(11);
      const e = columns(8);
      for (let i = start; i < end; i++) {
        const g = generateRequest(world, i);
        const q = g.request;
        const folded = `${fold(q.title)} ${fold(q.body)}`;
        const searchText = q.code ? `${q.code.toLowerCase()} ${folded}` : folded;
        const values = [
          q.id,
          q.code,
          q.title,
          q.body,
          q.domain,
          q.priority,
          q.dueDate,
          q.status,
          q.requestingAgencyId,
          q.authorId,
          q.leadAgencyId,
          searchText,
          q.escalationReason,
          q.createdAt,
          q.updatedAt,
          q.submittedAt,
          q.closedAt,
          q.lastActivityAt,
          q.version,
        ];
        for (let c = 0; c < 19; c++) r[c].push(values[c]);
        for (const x of g.participants) {
          const v = [
            x.id,
            x.requestId,
            x.agencyId,
            x.role,
            x.state,
            x.assigneeId,
            x.reply,
            x.declineReason,
            x.acknowledgedAt,
            x.respondedAt,
            q.lastActivityAt,
          ];
          for (let c = 0; c < 11; c++) p[c].push(v[c]);
        }
        for (const x of g.events) {
          const v = [
            x.aggregateId,
            x.type,
            x.actorUserId,
            x.actorAgencyId,
            x.restricted,
            `{${x.audience.join(',')}}`,
            x.data,
            x.createdAt,
          ];
          for (let c = 0; c < 8; c++) e[c].push(v[c]);
        }
        numbering.note('REQUEST', g.numbering);
      }
      await writer.write([
        [INSERT_REQUESTS, r],
        [INSERT_PARTICIPANTS, p],
      ]);
      await eventsWriter.write([[INSERT_EVENTS, e]]);
      counts.requests += end - start;
      counts.participants += p[0].length;
      counts.events += e[0].length;
      counts.rows += end - start + p[0].length + e[0].length;
      progress('requests', counts.requests, options.requests, counts.rows);
    }

    for (let start = 0; start < options.proposals; start += batch) {
      const end = Math.min(options.proposals, start + batch);
      const pr = columns(14);
      const it = columns(9);
      for (let i = start; i < end; i++) {
        const g = generateProposal(world, i);
        const x = g.proposal;
        const v = [
          x.id,
          x.code,
          x.title,
          x.rationale,
          x.fiscalYear,
          x.requestingAgencyId,
          x.authorId,
          x.status,
          x.returnReason,
          x.createdAt,
          x.updatedAt,
          x.submittedAt,
          x.lastActivityAt,
          x.version,
        ];
        for (let c = 0; c < 14; c++) pr[c].push(v[c]);
        for (const y of g.items) {
          const w = [
            y.id,
            y.proposalId,
            y.position,
            y.kind,
            y.description,
            y.quantity,
            y.unit,
            y.amount,
            y.justification,
          ];
          for (let c = 0; c < 9; c++) it[c].push(w[c]);
        }
        numbering.note('PROPOSAL', g.numbering);
      }
      await writer.write([
        [INSERT_PROPOSALS, pr],
        [INSERT_ITEMS, it],
      ]);
      counts.proposals += end - start;
      counts.proposalItems += it[0].length;
      counts.rows += end - start + it[0].length;
      progress('proposals', counts.proposals, options.proposals, counts.rows);
    }

    for (let start = 0; start < options.tasks; start += batch) {
      const end = Math.min(options.tasks, start + batch);
      const t = columns(20);
      const tc = columns(3);
      for (let i = start; i < end; i++) {
        const g = generateTask(world, i);
        const x = g.task;
        const v = [
          x.id,
          x.code,
          x.title,
          x.description,
          x.category,
          x.domain,
          x.periodYear,
          x.periodQuarter,
          x.ownerAgencyId,
          x.dueDate,
          x.assignedOn,
          x.assignedById,
          x.status,
          x.progressPercent,
          x.completedOn,
          x.cancelledOn,
          x.cancelReason,
          x.createdAt,
          x.lastActivityAt,
          x.version,
        ];
        for (let c = 0; c < 20; c++) t[c].push(v[c]);
        if (g.completion) {
          tc[0].push(g.completion.id);
          tc[1].push(g.completion.taskId);
          tc[2].push(g.completion.completedOn);
        }
        numbering.note('TASK', g.numbering);
      }
      await writer.write([
        [INSERT_TASKS, t],
        [INSERT_COMPLETIONS, tc],
      ]);
      counts.tasks += end - start;
      counts.taskCompletions += tc[0].length;
      counts.rows += end - start + tc[0].length;
      progress('tasks', counts.tasks, options.tasks, counts.rows);
    }
    await writer.flush();
    await eventsWriter.flush();

    // codes handed out by the app must not collide with generated ones
    const keys = [...numbering.max.keys()].sort();
    await client.query(
      `insert into reference_counters (scope, year, last)
       select * from unnest($1::text[], $2::int[], $3::int[])
       on conflict (scope, year) do update set last = greatest(reference_counters.last, excluded.last)`,
      [
        keys.map((k) => k.split(':')[0]),
        keys.map((k) => Number(k.split(':')[1])),
        keys.map((k) => numbering.max.get(k)),
      ],
    );
  } finally {
    try {
      if (dropped.length > 0) {
        progress('indexes', 0, dropped.length, counts.rows);
        await client.query(`set maintenance_work_mem = '256MB'`);
        for (const [i, index] of dropped.entries()) {
          await client.query(index.definition);
          progress('indexes', i + 1, dropped.length, counts.rows);
        }
      }
      await client.query(
        'analyze requests, request_participants, events, proposals, proposal_items, tasks, task_completions',
      );
    } finally {
      await client.end();
      await eventsClient.end().catch(() => {});
    }
  }
  counts.seconds = (Date.now() - started) / 1000;
  return counts;
}

/** Migrates, reloads the demo world (agencies and users only: it truncates), then adds the large dataset. */
export async function seedLargeDatabase(
  databaseUrl: string,
  options: LargeSeedOptions & { password: string; settings: ProposalSettings; ormLogger?: (line: string) => void },
): Promise<LargeSeedCounts> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, options.ormLogger ? { logger: options.ormLogger } : {}));
  try {
    await orm.getMigrator().up();
    await seedDemoData(orm.em.fork(), { password: options.password, withRequests: false, settings: options.settings });
  } finally {
    await orm.close();
  }
  return writeLargeData(databaseUrl, options);
}
