import type { RequestHandler } from 'express';
import type { Logger } from '../observability/logger';

/** A component's check: resolves when it can serve, rejects (or times out) when it cannot. */
export type ReadinessCheck = () => Promise<unknown>;

const CHECK_TIMEOUT_MS = 2000;

/**
 * GET /readyz: each component checked on its own, side by side, within a bound —
 * `{ status, components: { database: { status: 'up' }, eventBus: { status: 'down' } } }`,
 * 503 when any is down, so a balancer stops sending work to a process that cannot do it. The
 * cause goes to the log, not the answer (it may name hosts and ports; /readyz is often public).
 */
export function readiness(checks: Record<string, ReadinessCheck>, logger: Logger): RequestHandler {
  return async (_req, res) => {
    const entries = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS);
          return [name, { status: 'up' }] as const;
        } catch (error) {
          logger.warn({ component: name, err: error }, 'readiness: component down');
          return [name, { status: 'down' }] as const;
        }
      }),
    );
    const ready = entries.every(([, state]) => state.status === 'up');
    res
      .status(ready ? 200 : 503)
      .setHeader('Cache-Control', 'no-store')
      .json({ status: ready ? 'ok' : 'unavailable', components: Object.fromEntries(entries) });
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
