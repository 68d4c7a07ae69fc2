import type { RequestHandler } from 'express';
import type { Logger } from '../observability/logger';
import { observeHttpRequest } from '../observability/metrics';
import { acceptRequestId } from '../observability/request-scope';

/** Bounded route labels: a path's first segment among the server's own, else the client's pages. */
function routeOf(path: string): string {
  const first = path.split('/')[1] ?? '';
  return ['graphql', 'files', 'exports', 'healthz', 'readyz', 'metrics'].includes(first) ? first : 'client';
}

/** Probes are polled every few seconds: their lines only at debug level. */
const QUIET_ROUTES = new Set(['healthz', 'readyz', 'metrics']);

/**
 * Every HTTP request gets a request id (the caller's `X-Request-Id` when sane, else a new one),
 * echoed in the `X-Request-Id` response header so a user's report finds the log line. When the
 * response ends: the duration histogram, and a log line for the routes GraphQL does not log
 * itself (GraphQL operations get one line each, with their name and outcome, from the
 * operation plugin).
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = acceptRequestId(req.get('x-request-id'));
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    const route = routeOf(req.path); // now: mounted routers rewrite req.path while they run
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      observeHttpRequest(route, req.method, res.statusCode, seconds);
      if (route === 'graphql') return;
      const line = {
        requestId,
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1e4) / 10,
      };
      if (res.statusCode >= 500) logger.warn(line, 'http request failed');
      else if (QUIET_ROUTES.has(route)) logger.debug(line, 'http request');
      else logger.info(line, 'http request');
    });
    next();
  };
}
