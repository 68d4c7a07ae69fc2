import type { Request, Response } from 'express';
import { KNOWN_DEVICE_COOKIE, SESSION_COOKIE, cookieValue, tokenFromHeaders } from '../modules/auth';
import type { SessionCookie } from '../shared/context';

export const tokenFromRequest = (req: Request): string | null =>
  tokenFromHeaders(req.headers.authorization, req.headers.cookie);

/** HttpOnly so scripts cannot read it, SameSite=Lax against cross-site posts, Secure in production. */
export function httpSessionCookie(req: Request, res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
    deviceToken: cookieValue(req.headers.cookie, KNOWN_DEVICE_COOKIE),
    // only the login mutation reads it; logging out keeps the browser known
    setDevice: (token, expiresAt) =>
      res.cookie(KNOWN_DEVICE_COOKIE, token, { ...options, sameSite: 'strict', path: '/graphql', expires: expiresAt }),
  };
}
