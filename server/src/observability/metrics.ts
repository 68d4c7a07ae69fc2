import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The one place that knows Prometheus: the process's registry and the metrics in it. Other
 * modules call the small functions below (no prom-client import elsewhere), so names, labels and
 * buckets are decided here once. Label values are bounded: operation names go through
 * `operationLabel`, routes through the HTTP layer's fixed list.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const httpDuration = new Histogram({
  name: 'lt_http_request_duration_seconds',
  help: 'HTTP requests by route, method and status code',
  labelNames: ['route', 'method', 'status'],
  buckets: SECONDS,
  registers: [registry],
});

const operationDuration = new Histogram({
  name: 'lt_graphql_operation_duration_seconds',
  help: 'GraphQL queries and mutations over HTTP by operation name, type and outcome code (OK or the first error code)',
  labelNames: ['operation', 'type', 'outcome'],
  buckets: SECONDS,
  registers: [registry],
});

const subscriptionsStarted = new Counter({
  name: 'lt_graphql_subscriptions_started_total',
  help: 'GraphQL subscriptions asked for over WebSocket, by operation name and outcome code',
  labelNames: ['operation', 'outcome'],
  registers: [registry],
});

const wsConnections = new Gauge({
  name: 'lt_ws_connections',
  help: 'Open graphql-ws connections (authenticated)',
  registers: [registry],
});

const wsSubscriptions = new Gauge({
  name: 'lt_ws_subscriptions',
  help: 'Active GraphQL subscriptions over WebSocket',
  registers: [registry],
});

const eventsPublished = new Counter({
  name: 'lt_events_published_total',
  help: 'Domain events committed, as heard on the bus by this process (every process hears each one once)',
  registers: [registry],
});

const eventsDelivered = new Counter({
  name: 'lt_events_delivered_total',
  help: 'Events handed to a subscriber (one per subscriber that may see the event), live or replayed',
  labelNames: ['source'],
  registers: [registry],
});

const deliveryLag = new Histogram({
  name: 'lt_event_delivery_lag_seconds',
  help: 'Live events: commit (its NOTIFY heard by this process) → handed to the subscriber',
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

const busReconnects = new Counter({
  name: 'lt_event_bus_reconnects_total',
  help: 'Times the event bus LISTEN connection was lost and re-established',
  registers: [registry],
});

const loginFailures = new Counter({
  name: 'lt_login_failures_total',
  help: 'Sign-ins refused for a wrong username or password',
  registers: [registry],
});

const rateLimitRefusals = new Counter({
  name: 'lt_rate_limit_refusals_total',
  help: 'Requests refused by a limit: login throttle, subscriptions per socket, sockets per user',
  labelNames: ['limit'],
  registers: [registry],
});

/** A connection pool as the gauges read it at scrape time. */
export interface PoolReading {
  inUse: number;
  idle: number;
  waiting: number;
}

/** Readers per pool name (tests run several apps in one process: their pools add up). */
const pools = new Map<string, Set<() => PoolReading>>();
const poolGauge = (name: string, help: string, pick: (reading: PoolReading) => number) =>
  new Gauge({
    name,
    help,
    labelNames: ['pool'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, readers] of pools) {
        let total = 0;
        for (const read of readers) total += pick(read());
        this.set({ pool }, total);
      }
    },
  });
poolGauge('lt_db_pool_connections_in_use', 'Database connections lent out, per pool', (r) => r.inUse);
poolGauge('lt_db_pool_connections_idle', 'Database connections open and free, per pool', (r) => r.idle);
poolGauge('lt_db_pool_waiting', 'Callers waiting for a database connection, per pool', (r) => r.waiting);

/** Reads `read` at every scrape under `pool`, until the returned function is called. */
export function watchPool(pool: string, read: () => PoolReading): () => void {
  const readers = pools.get(pool) ?? new Set();
  pools.set(pool, readers.add(read));
  return () => {
    readers.delete(read);
    if (readers.size === 0) pools.delete(pool);
  };
}

/** At most this many distinct operation names become labels; later ones count as "other". */
const MAX_OPERATION_LABELS = 200;
const operationNames = new Set<string>();
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * A bounded label for an operation name: "anonymous" without one, "other" past the first
 * MAX_OPERATION_LABELS names this process has seen (the client's documents are far fewer), so
 * a caller inventing names cannot grow the series without bound.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_LABELS) return 'other';
  operationNames.add(name);
  return name;
}

export function observeHttpRequest(route: string, method: string, status: number, seconds: number): void {
  httpDuration.observe({ route, method, status: String(status) }, seconds);
}

export function observeOperation(operation: string, type: string, outcome: string, seconds: number): void {
  operationDuration.observe({ operation, type, outcome }, seconds);
}

export function countSubscriptionStart(operation: string, outcome: string): void {
  subscriptionsStarted.inc({ operation, outcome });
}

export function countConnection(delta: 1 | -1): void {
  wsConnections.inc(delta);
}

export function countSubscription(delta: 1 | -1): void {
  wsSubscriptions.inc(delta);
}

export function countEventPublished(): void {
  eventsPublished.inc();
}

/** An event handed to one subscriber; `lagSeconds` for live ones (replays are not late, they are caught up). */
export function countEventDelivered(lagSeconds: number | null): void {
  eventsDelivered.inc({ source: lagSeconds === null ? 'replay' : 'live' });
  if (lagSeconds !== null) deliveryLag.observe(lagSeconds);
}

export function countBusReconnect(): void {
  busReconnects.inc();
}

export function countLoginFailure(): void {
  loginFailures.inc();
}

export type RateLimit = 'login' | 'subscriptions_per_socket' | 'sockets_per_user';

export function countRateLimitRefusal(limit: RateLimit): void {
  rateLimitRefusals.inc({ limit });
}

const jobRuns = new Counter({
  name: 'lt_job_runs_total',
  help: 'Background jobs run by this process, by task and outcome (success, or failure: retried with backoff until its attempts are spent)',
  labelNames: ['task', 'outcome'],
  registers: [registry],
});

const jobDuration = new Histogram({
  name: 'lt_job_duration_seconds',
  help: 'Background job run time, by task',
  labelNames: ['task'],
  buckets: SECONDS,
  registers: [registry],
});

/** Jobs waiting in the queue, by task and state, as one engine reads them. */
export interface JobQueueReading {
  task: string;
  /** ready: due now; scheduled: later (retries too); failed: given up. */
  state: string;
  count: number;
}

/** Queue readers (tests run several apps on one database in one process: one reading is the queue). */
const jobQueueReaders = new Set<() => Promise<JobQueueReading[]>>();
new Gauge({
  name: 'lt_jobs_queued',
  help: 'Background jobs in the queue (all replicas), by task and state: ready, scheduled or failed; read at scrape time',
  labelNames: ['task', 'state'],
  registers: [registry],
  async collect() {
    this.reset();
    const [read] = jobQueueReaders;
    if (!read) return;
    try {
      for (const { task, state, count } of await read()) this.set({ task, state }, count);
    } catch {
      // the database is unreachable: no reading (readiness reports it)
    }
  },
});

export function observeJobRun(task: string, outcome: 'success' | 'failure', seconds: number): void {
  jobRuns.inc({ task, outcome });
  jobDuration.observe({ task }, seconds);
}

/** Reads the job queue at every scrape, until the returned function is called. */
export function watchJobQueue(read: () => Promise<JobQueueReading[]>): () => void {
  jobQueueReaders.add(read);
  return () => jobQueueReaders.delete(read);
}

/** The exposition text and its content type, for GET /metrics. */
export async function metricsText(): Promise<{ contentType: string; text: string }> {
  return { contentType: registry.contentType, text: await registry.metrics() };
}
