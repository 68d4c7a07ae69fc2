import http from 'node:http';

/** Latency summary of one closed-loop run (ms), shared by the HTTP and the raw-pg loops. */
export interface WriteLoadResult {
  /** Operations that succeeded (HTTP 200 without GraphQL errors, or a committed transaction). */
  ok: number;
  errors: number;
  /** The first few error messages, to tell a broken setup from contention. */
  errorSamples: string[];
  /** The item queue ran dry before the deadline (then the run is shorter than asked). */
  exhausted: boolean;
  durationS: number;
  /** Successful operations per second. */
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * A closed loop over a queue of items (`take` returns the next, undefined when empty; a warm-up and
 * the measured run share one queue): `workers` loops each take the next item, run `op` on it and
 * start again when it finishes, until the deadline or the queue is empty. Each mutation needs its
 * own item (a draft can be submitted once), unlike a read, so the body cannot be fixed as in load.ts.
 * Latency (every attempt, successful or not) from hrtime around `op`.
 */
export async function closedLoop<T>(
  take: () => T | undefined,
  workers: number,
  durationMs: number,
  op: (item: T) => Promise<void>,
  onSuccess?: (item: T) => void,
): Promise<WriteLoadResult> {
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let ok = 0;
  let errors = 0;
  let exhausted = false;
  const started = Date.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < deadline) {
        const item = take();
        if (item === undefined) {
          exhausted = true;
          return;
        }
        const t0 = process.hrtime.bigint();
        try {
          await op(item);
          ok++;
          onSuccess?.(item);
        } catch (error) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(String((error as Error).message ?? error).slice(0, 300));
        }
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const durationS = (Date.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    ok,
    errors,
    errorSamples,
    exhausted,
    durationS,
    rps: ok / durationS,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1] ?? NaN,
  };
}

/**
 * A GraphQL POST on a shared keep-alive agent (one socket per closed-loop worker); rejects on a
 * non-200 answer or a GraphQL `errors` entry, so a refused mutation counts as an error.
 */
export function postGraphQL(
  agent: http.Agent,
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const body = JSON.stringify({ query, variables });
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
          if (parsed.errors?.length)
            return reject(new Error(`GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`));
          resolve(parsed.data);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A queue over an array, for closedLoop: items are used once, in order. */
export function queue<T>(items: T[]): { take: () => T | undefined; left: () => number } {
  let next = 0;
  return { take: () => (next < items.length ? items[next++] : undefined), left: () => items.length - next };
}
