import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type RawBuilder } from 'kysely';
import { runStatement } from '../shared/typed-sql';

/** One job to add: its task, its payload, and when and how often it may run. */
export interface JobSpec {
  task: string;
  payload: Record<string, unknown>;
  /** Not before (default: now); SQL when the time is computed from the row being written. */
  runAt?: Date | RawBuilder<unknown>;
  /** Jobs with the same key collapse into one: a later add replaces the waiting job. */
  jobKey?: string;
  /** Runs before the job is given up (default: the engine's 25, backing off exponentially). */
  maxAttempts?: number;
  /** Jobs of one named queue run one at a time, in the order they were added (default: in parallel). */
  queueName?: string;
}

/**
 * Adds a job through the engine's SQL function, on the EntityManager's connection: inside the
 * caller's transaction, the job exists only if that transaction commits (a rolled-back change
 * leaves none), and a worker may pick it up from the moment of the commit.
 */
export function enqueueJob(em: EntityManager, job: JobSpec): Promise<void> {
  const runAt = job.runAt instanceof Date ? sql`${job.runAt.toISOString()}::timestamptz` : (job.runAt ?? sql`now()`);
  return runStatement(
    em,
    sql`select graphile_worker.add_job(
      identifier => ${job.task},
      payload => ${JSON.stringify(job.payload)}::json,
      run_at => ${runAt},
      job_key => ${job.jobKey ?? null},
      queue_name => ${job.queueName ?? null},
      max_attempts => ${job.maxAttempts ?? null}::int
    )`,
  );
}
