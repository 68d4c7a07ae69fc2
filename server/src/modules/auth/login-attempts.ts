import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../shared/errors';
import { message } from '../../shared/messages';
import { sql, type Selectable, type SqlBool } from 'kysely';
import type { Database } from '../../shared/database.generated';
import { db, runQuery, runStatement } from '../../shared/typed-sql';
import { BACKOFF_RESET_MS, bucketKeys, judgeAttempt, release, type Attempt, type Bucket } from './login-throttle';
import type { LoginLimits } from '../../shared/context';

/** A counter's row as `lockBuckets` returns it, with the database's clock. */
type BucketRow = Pick<
  Selectable<Database['login_buckets']>,
  'key' | 'failures' | 'window_started_at' | 'last_failure_at' | 'usernames'
> & { now: string };

/** A reserved attempt: counted as a failure until `releaseLoginAttempt` gives it back. */
export interface LoginReservation {
  keys: string[];
  username: string;
}

/**
 * Judges and reserves an attempt in one transaction, before the password is checked: the
 * counters' rows are created or locked (in key order, so concurrent attempts cannot deadlock),
 * judged with the database's clock, and written back with this attempt counted. Parallel
 * attempts queue on the row locks, so no more pass than the limits allow, on any process.
 * Throws RATE_LIMITED with `retryAfter` (seconds) when the attempt must wait.
 */
export async function reserveLoginAttempt(
  em: EntityManager,
  attempt: Attempt,
  limits: LoginLimits,
): Promise<LoginReservation> {
  const keys = bucketKeys(attempt)
    .map((bucket) => bucket.key)
    .sort();
  await em.transactional(async (tx) => {
    const { buckets, now } = await lockBuckets(tx, keys);
    const verdict = judgeAttempt(buckets, attempt.username, now, limits);
    if (!verdict.allowed) throw loginThrottled(verdict.retryAfterMs);
    await writeBuckets(tx, verdict.reserved);
  });
  return { keys, username: attempt.username };
}

/** After a successful sign-in: the attempt is not a failure, and its backoff starts over. */
export async function releaseLoginAttempt(em: EntityManager, reservation: LoginReservation): Promise<void> {
  await em.transactional(async (tx) => {
    const { buckets } = await lockBuckets(tx, reservation.keys);
    await writeBuckets(
      tx,
      buckets.map((bucket) => release(bucket, reservation.username)),
    );
  });
  await runStatement(
    em,
    db.deleteFrom('login_buckets').where(
      'key',
      'in',
      db
        .selectFrom('login_buckets')
        .select('key')
        .where(sql<SqlBool>`touched_at < now() - ${BACKOFF_RESET_MS} * interval '1 millisecond'`)
        .limit(100)
        .forUpdate()
        .skipLocked(),
    ),
  );
}

function loginThrottled(retryAfterMs: number): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const text =
    seconds < 120
      ? message('auth.tooManyAttemptsSeconds', { seconds })
      : message('auth.tooManyAttemptsMinutes', { minutes: Math.ceil(seconds / 60) });
  return new DomainError(ErrorCode.RATE_LIMITED, text, [], { retryAfter: seconds });
}

async function lockBuckets(tx: EntityManager, keys: string[]): Promise<{ buckets: Bucket[]; now: Date }> {
  // "do update" (a no-op) rather than "do nothing": it locks an existing row and returns it
  const rows = await runQuery(
    tx,
    sql<BucketRow>`insert into login_buckets (key) select k from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) as k order by k
     on conflict (key) do update set failures = login_buckets.failures
     returning key, failures, window_started_at, last_failure_at, usernames, clock_timestamp() as now`,
  );
  const buckets = rows.map((row) => ({
    key: row.key,
    failures: row.failures,
    windowStartedAt: new Date(row.window_started_at),
    lastFailureAt: row.last_failure_at === null ? null : new Date(row.last_failure_at),
    usernames: row.usernames,
  }));
  return { buckets, now: new Date(rows[0].now) };
}

async function writeBuckets(tx: EntityManager, buckets: Bucket[]): Promise<void> {
  const values = JSON.stringify(
    buckets.map((b) => ({
      key: b.key,
      failures: b.failures,
      window_started_at: b.windowStartedAt,
      last_failure_at: b.lastFailureAt,
      usernames: b.usernames,
    })),
  );
  await runStatement(
    tx,
    sql`update login_buckets b
        set failures = v.failures, window_started_at = v.window_started_at, last_failure_at = v.last_failure_at,
            usernames = v.usernames, touched_at = clock_timestamp()
       from jsonb_to_recordset(${values}::jsonb) as v(key text, failures int, window_started_at timestamptz, last_failure_at timestamptz, usernames text[])
      where b.key = v.key`,
  );
}
