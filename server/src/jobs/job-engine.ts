import { EventEmitter } from 'node:events';
import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  type Task,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import pg from 'pg';
import type { Logger } from '../observability/logger';
import { observeJobRun, watchJobQueue, type JobQueueReading } from '../observability/metrics';

/** JOBS (on/off), JOB_CONCURRENCY, JOB_POLL_MS: see config.ts. */
export interface JobSettings {
  enabled: boolean;
  /** Jobs one process runs at once. */
  concurrency: number;
  /** How often a process looks for jobs that became due (retries, future run times); new jobs arrive by NOTIFY. */
  pollIntervalMs: number;
}

/** A task's work; throwing makes the engine retry the job later (exponential backoff). */
export type JobHandler = (payload: unknown) => Promise<void>;

/** A task run on the clock: exactly one job per tick across every replica. */
export interface Schedule {
  task: string;
  /** A crontab pattern (schedule.ts `everyMinutes`). */
  pattern: string;
}

/** What a module gives the engine: its tasks by name, and which of them run on the clock. */
export interface JobSet {
  tasks: Record<string, JobHandler>;
  schedules: Schedule[];
}

export interface JobEngineOptions {
  databaseUrl: string;
  settings: JobSettings;
  /** Every module's jobs (task names are unique across them). */
  jobs: JobSet[];
  logger: Logger;
}

export interface JobEngine {
  /** Resolves while the engine can take jobs: running, listening for new ones, its pool answering. */
  check(): Promise<void>;
  /** Waits for the running jobs, then closes the engine's pool. */
  stop(): Promise<void>;
}

/** A scheduled run that fails is retried this many times in all (backoff e^attempt seconds) before the next tick. */
const SCHEDULED_ATTEMPTS = 5;

/**
 * Starts graphile-worker on its own small pool (the LISTEN connection plus one per concurrent
 * job; the handlers use the ORM's pool). Its schema is installed or upgraded first, under its own
 * lock, so replicas starting together are safe. Signals are main.ts's: the app stops the engine.
 */
export async function startJobEngine(options: JobEngineOptions): Promise<JobEngine> {
  const { settings, logger } = options;
  const tasks = Object.assign({}, ...options.jobs.map((set) => set.tasks)) as Record<string, JobHandler>;
  const schedules = options.jobs.flatMap((set) => set.schedules);
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: settings.concurrency + 1,
    connectionTimeoutMillis: 5000,
  });
  const poolError = (error: Error) => logger.warn({ component: 'jobs', err: error }, 'job engine pool error');
  // an idle client's lost connection surfaces on the pool, a checked-out one's on the client
  pool.on('error', poolError);
  pool.on('connect', (client) => client.on('error', poolError));
  const events: WorkerEvents = new EventEmitter();
  let listening = false;
  events.on('pool:listen:success', () => (listening = true));
  events.on('pool:listen:error', () => (listening = false));
  events.on('job:failed', ({ job, error }) =>
    logger.error({ component: 'jobs', err: error, task: job.task_identifier, jobId: job.id }, 'job given up'),
  );

  const runner = await run({
    pgPool: pool,
    concurrency: settings.concurrency,
    pollInterval: settings.pollIntervalMs,
    noHandleSignals: true,
    logger: workerLogger(logger),
    events,
    taskList: measured(tasks),
    parsedCronItems: parseCronItems(
      schedules.map(({ task, pattern }) => ({
        task,
        match: pattern,
        identifier: task,
        // a tick missed while every replica was down is not made up: the next one sweeps anyway
        options: { backfillPeriod: 0, maxAttempts: SCHEDULED_ATTEMPTS, jobKey: task },
      })),
    ),
  });
  let stopped = false;
  void runner.promise
    .catch((error: unknown) => logger.error({ component: 'jobs', err: error }, 'job engine stopped on an error'))
    .finally(() => (stopped = true));
  const unwatch = watchJobQueue(() => readQueue(pool));

  return {
    async check() {
      if (stopped) throw new Error('job engine stopped');
      if (!listening) throw new Error('job engine LISTEN connection lost, reconnecting');
      await pool.query('select 1');
    },
    async stop() {
      unwatch();
      if (!stopped) await runner.stop();
      await pool.end();
    },
  };
}

/** Each task counted and timed for /metrics; the error goes back to the engine, which schedules the retry. */
function measured(tasks: Record<string, JobHandler>): TaskList {
  const list: TaskList = {};
  for (const [name, handler] of Object.entries(tasks)) {
    const task: Task = async (payload) => {
      const started = performance.now();
      try {
        await handler(payload);
        observeJobRun(name, 'success', (performance.now() - started) / 1000);
      } catch (error) {
        observeJobRun(name, 'failure', (performance.now() - started) / 1000);
        throw error;
      }
    };
    list[name] = task;
  }
  return list;
}

/** Jobs by task: ready (due now), scheduled (later, retries included) and given up (attempts spent). */
async function readQueue(pool: pg.Pool): Promise<JobQueueReading[]> {
  const { rows } = await pool.query<JobQueueReading>(
    `select task_identifier as task,
            case when attempts >= max_attempts then 'failed' when run_at <= now() then 'ready' else 'scheduled' end as state,
            count(*)::int as count
       from graphile_worker.jobs
      where locked_at is null or attempts >= max_attempts
      group by 1, 2`,
  );
  return rows;
}

/** The engine's log lines through the app's logger; its per-job chatter only at debug. */
function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { component: 'jobs', ...scope, ...meta };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}
