import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { Field } from 'type-graphql';
import { fieldError, invalidInput } from '../../shared/errors';
import { message } from '../../shared/messages';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { canonicalJson } from '../audit';

/** A call that carries an idempotency key: who, which key, and what exactly it asks for. */
export interface IdempotentCall {
  userId: string;
  key: string;
  operation: string;
  fingerprint: string;
}

/** Thrown inside the work's transaction when a concurrent call with the same key committed first. */
class AlreadyDone extends Error {}

const MAX_KEY_LENGTH = 100;

/** The call's identity, or null when the client sent no key (then every call runs). */
export function idempotentCall(
  viewer: Viewer,
  operation: string,
  input: { idempotencyKey?: string | null },
  secrets: string[] = [],
): IdempotentCall | null {
  const key = input.idempotencyKey?.trim();
  if (!key) return null;
  if (key.length > MAX_KEY_LENGTH)
    throw invalidInput([fieldError('idempotencyKey', 'TOO_LONG', message('field.tooLong', { max: MAX_KEY_LENGTH }))]);
  // secrets (a new user's password) stay out of the stored fingerprint
  const payload = Object.fromEntries(
    Object.entries(input).filter(([name]) => name !== 'idempotencyKey' && !secrets.includes(name)),
  );
  const fingerprint = createHash('sha256').update(operation).update('\n').update(canonicalJson(payload)).digest('hex');
  return { userId: viewer.userId, key, operation, fingerprint };
}

/** The first call's result id, or null; a key reused for a different call is refused. */
async function earlierResult(em: EntityManager, call: IdempotentCall): Promise<string | null> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('idempotency_keys')
      .select(['operation', 'fingerprint', 'result_id'])
      .where('user_id', '=', call.userId)
      .where('key', '=', call.key),
  );
  if (!row) return null;
  if (row.operation !== call.operation || row.fingerprint !== call.fingerprint) {
    throw invalidInput([fieldError('idempotencyKey', 'TAKEN', message('field.idempotencyKeyTaken'))]);
  }
  return row.result_id;
}

/**
 * Inside the work's transaction, at its end: takes the key for `resultId`. If a concurrent call
 * with the same key is in flight, this waits for it (the primary key's lock); if it committed,
 * this transaction is rolled back and the caller answers with the first result instead.
 */
export async function takeKey(tx: EntityManager, call: IdempotentCall | null, resultId: string): Promise<void> {
  if (!call) return;
  const taken = await runQuery(
    tx,
    db
      .insertInto('idempotency_keys')
      .values({
        user_id: call.userId,
        key: call.key,
        operation: call.operation,
        fingerprint: call.fingerprint,
        result_id: resultId,
        created_at: sql<string>`now()`,
      })
      .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
      .returning(sql<number>`1`.as('taken')),
  );
  if (taken.length === 0) throw new AlreadyDone();
}

/**
 * Runs `work` once per key: a retry (even a concurrent one) gets the first call's result id; a
 * retry with a different payload gets BAD_USER_INPUT on `idempotencyKey`. `work` must call
 * `takeKey` in its transaction.
 */
export async function once(
  em: EntityManager,
  call: IdempotentCall | null,
  work: () => Promise<string>,
): Promise<string> {
  if (!call) return work();
  const earlier = await earlierResult(em, call);
  if (earlier) return earlier;
  try {
    return await work();
  } catch (error) {
    // A concurrent call with the same key may have won in another way (e.g. it moved the version
    // this one checked, so this one met CONFLICT): if the key is now taken, answer with its result.
    const winner = await earlierResult(em, call);
    if (winner) return winner;
    throw error;
  }
}

/** An input's optional `idempotencyKey` field (mutations a client may retry after a lost answer). */
export const IdempotencyKeyField = (): PropertyDecorator =>
  Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' });

/**
 * A state transition of the record `input.id`, applied once per idempotency key. A client that
 * lost the answer and retries with the same key and input (its version now stale) gets the
 * record as it is now, not CONFLICT, and nothing is applied twice; the same key with another
 * input is refused (BAD_USER_INPUT, TAKEN on `idempotencyKey`). `run` does the transition and
 * must call `claim(tx)` in its transaction. Without a viewer (the scheduler) or a key, it just runs.
 */
export async function transitionOnce(
  em: EntityManager,
  viewer: Viewer | null,
  operation: string,
  input: { id: string; idempotencyKey?: string | null },
  run: (claim: (tx: EntityManager) => Promise<void>) => Promise<void>,
): Promise<void> {
  const call = viewer ? idempotentCall(viewer, operation, input) : null;
  await once(em, call, async () => {
    await run((tx) => takeKey(tx, call, input.id));
    return input.id;
  });
}
