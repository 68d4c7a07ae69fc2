import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The request id of the HTTP request or WebSocket operation being served, for code that is not
 * handed the request (Apollo's error formatter): set around the GraphQL handler, it follows every
 * `await` of the operation.
 */
const scope = new AsyncLocalStorage<{ requestId: string }>();

export function inRequestScope<T>(requestId: string, work: () => T): T {
  return scope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/** Letters, digits and `._:-`, up to 128: safe to echo in a header and to log as it came. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The caller's request id when it is a sane token (a proxy's or a client's, so one id follows a
 * request across systems), else a new one.
 */
export function acceptRequestId(given: unknown): string {
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
