import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { db, runQuery, runStatement } from '../../shared/typed-sql';
import type { User } from '../users';
import { KnownDevice } from './known-device.entity';
import { hashSessionToken, newSessionToken } from './session-token';

export const KNOWN_DEVICE_COOKIE = 'lt_device';
/** How long a browser stays known after its last sign-in. */
export const KNOWN_DEVICE_TTL_MS = 180 * 24 * 3600_000;
const MAX_DEVICES_PER_USER = 20;

/** The hash of `token` when it is a live known-device token of `username`'s account, else null. */
export async function knownDeviceOf(em: EntityManager, token: string | null, username: string): Promise<string | null> {
  if (!token || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const tokenHash = hashSessionToken(token);
  const rows = await runQuery(
    em,
    db
      .selectFrom('known_devices as d')
      .innerJoin('users as u', 'u.id', 'd.user_id')
      .select('d.token_hash')
      .where('d.token_hash', '=', tokenHash)
      .where('u.username', '=', username)
      .where(sql<SqlBool>`d.expires_at > now()`),
  );
  return rows[0]?.token_hash ?? null;
}

/**
 * After a sign-in: the browser stays known for another period, with the same token when it
 * already was known, else a new one (persisted with the session). Returns what its cookie holds.
 */
export async function rememberDevice(
  em: EntityManager,
  user: User,
  known: { token: string; hash: string } | null,
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + KNOWN_DEVICE_TTL_MS);
  if (known) {
    await runStatement(
      em,
      db.updateTable('known_devices').set({ expires_at: expiresAt.toISOString() }).where('token_hash', '=', known.hash),
    );
    return { token: known.token, expiresAt };
  }
  // API clients never send the cookie back: keep an account's newest devices only
  await runStatement(
    em,
    db
      .deleteFrom('known_devices')
      .where('user_id', '=', user.id)
      .where(
        'id',
        'not in',
        db
          .selectFrom('known_devices')
          .select('id')
          .where('user_id', '=', user.id)
          .orderBy('expires_at', 'desc')
          .limit(MAX_DEVICES_PER_USER - 1),
      ),
  );
  const token = newSessionToken();
  em.persist(new KnownDevice({ tokenHash: hashSessionToken(token), user, expiresAt }));
  return { token, expiresAt };
}
