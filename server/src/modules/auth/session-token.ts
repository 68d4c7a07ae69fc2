import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'lt_session';

/** 256 random bits, URL-safe: opaque to clients, meaningless without the server's table. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Reads the session token from `Authorization: Bearer …`, falling back to the session cookie. */
export function tokenFromHeaders(authorization: unknown, cookieHeader: unknown): string | null {
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/i.exec(authorization.trim());
    if (match) return match[1];
  }
  return cookieValue(cookieHeader, SESSION_COOKIE);
}

export function cookieValue(cookieHeader: unknown, cookie: string): string | null {
  if (typeof cookieHeader !== 'string') return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookie) return rest.join('=') || null;
  }
  return null;
}
