import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  durationS: number;
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  bytesPerResponse: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
  /** Checks a response body once (the first one), so a broken endpoint is not benchmarked. */
  validate?: (body: string) => void;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * A closed-loop load generator: `connections` keep-alive sockets, each sending the next POST as
 * soon as the previous answer is read. Latency is measured per request with hrtime.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL(opts.url);
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(opts.body)),
    ...opts.headers,
  };
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let validated = !opts.validate;
  const one = () =>
    new Promise<void>((resolve) => {
      const start = process.hrtime.bigint();
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
            const buf = Buffer.concat(chunks);
            bytes += buf.length;
            if (res.statusCode !== 200) errors++;
            else if (!validated) {
              validated = true;
              opts.validate!(buf.toString('utf8'));
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(opts.body);
    });
  const started = Date.now();
  const deadline = started + opts.durationMs;
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (Date.now() < deadline) await one();
    }),
  );
  const durationS = (Date.now() - started) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    durationS,
    rps: latencies.length / durationS,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1] ?? NaN,
    bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}
