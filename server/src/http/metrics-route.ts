import { BlockList, isIP } from 'node:net';
import type { RequestHandler } from 'express';
import { metricsText } from '../observability/metrics';

function allowList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/**
 * GET /metrics: Prometheus text for allowed addresses (METRICS_ALLOW, see config.ts), 403 for
 * everyone else. Compared with the connection's own address, not X-Forwarded-For: a proxy in
 * front must not open it to the world.
 */
export function metricsRoute(allowed: string[]): RequestHandler {
  const list = allowList(allowed);
  return async (req, res, next) => {
    const remote = (req.socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    const type = isIP(remote) === 4 ? 'ipv4' : 'ipv6';
    if (!remote || !list.check(remote, type)) {
      res.status(403).type('text/plain').send('forbidden\n');
      return;
    }
    try {
      const { contentType, text } = await metricsText();
      res.setHeader('Content-Type', contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.send(text);
    } catch (error) {
      next(error);
    }
  };
}
