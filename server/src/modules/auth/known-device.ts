import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../../shared/sql';
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
  const rows = await runSql<{ token_hash: string }[]>(em,
    `select d.token_hash from known_devices d join users u on u.id = d.user_id
      where d.token_hash = ? and u.username = ? and d.expires_at > now()`,
    [tokenHash, username],
  );
  return rows[0]?.token_hash ?? null;
}

/**
 * After a sign-in: the browser stays known for another period, with the same token when it
 * already was known, else a new one (persisted with the session). Returns what its cookie holds.
 */
export async function rememberDevice(em: EntityManager, user: User, known: { token: string; hash: string } | null): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + KNOWN_DEVICE_TTL_MS);
  if (known) {
    await runSql(em, 'update known_devices set expires_at = ? where token_hash = ?', [expiresAt, known.hash]);
    return { token: known.token, expiresAt };
  }
  // API clients never send the cookie back: keep an account's newest devices only
  await runSql(em,
    `delete from known_devices where user_id = ? and id not in (
       select id from known_devices where user_id = ? order by expires_at desc limit ?)`,
    [user.id, user.id, MAX_DEVICES_PER_USER - 1],
  );
  const token = newSessionToken();
  em.persist(new KnownDevice({ tokenHash: hashSessionToken(token), user, expiresAt }));
  return { token, expiresAt };
}
