import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from './errors';
import type { Message } from './messages';

/** Writes the unit of work; a record whose version another writer moved on meanwhile is CONFLICT. */
export async function flushOrConflict(tx: EntityManager, message?: Message): Promise<void> {
  try {
    await tx.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(message);
    throw error;
  }
}
