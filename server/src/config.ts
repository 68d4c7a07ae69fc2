import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** Null: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  /** Load the demo data when the database is empty: default on outside production (SEED_ON_EMPTY). */
  seedOnEmpty: boolean;
  demoPassword: string;
  /** The demo world's requests too, not just its agencies and officials (tests start without them). */
  demoRequests: boolean;
  sessionTtlMs: number;
  /** Failed logins allowed per username, and per client address, in a 15-minute window. */
  loginLimits: { perUser: number; perAddress: number };
  /** Built client to serve on the same port; null to serve the API only. */
  clientDist: string | null;
  /** Where attached files are stored, and the largest accepted upload. */
  attachmentsDir: string;
  attachmentMaxBytes: number;
  /** Which agency appraises which kind of proposal item (agency codes), e.g. {"FUNDING":"STC"}. */
  appraisalRouting: Record<string, string>;
  /** The province's name for documents (decision headers, place of signing). */
  provinceName: string;
  /** Deadline job: every N minutes (0: off), reminders N days ahead, escalation after N days late (0: never). */
  deadlineSweepMinutes: number;
  remindDaysBefore: number;
  autoEscalateAfterDays: number;
  /** Browser origins allowed to open WebSocket connections, besides the server's own host. */
  allowedOrigins: string[];
  /** Open WebSocket connections one user may hold at once (WS_MAX_SOCKETS_PER_USER). */
  maxSocketsPerUser: number;
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY): "loopback", subnets, or a hop count. */
  trustProxy: string | number;
}

const projectRoot = path.resolve(__dirname, '..', '..');

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.DATA_DIR || path.join(projectRoot, '.data'));
  return {
    port: int(env.PORT, 4000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    production,
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    embeddedPgPort: int(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT'),
    seedOnEmpty: env.SEED_ON_EMPTY ? env.SEED_ON_EMPTY === 'true' : !production,
    demoPassword: env.DEMO_PASSWORD || 'demo1234',
    demoRequests: env.DEMO_REQUESTS !== 'false',
    sessionTtlMs: int(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS') * 3600 * 1000,
    loginLimits: { perUser: int(env.LOGIN_MAX_FAILURES, 10, 'LOGIN_MAX_FAILURES'), perAddress: int(env.LOGIN_MAX_FAILURES_PER_ADDRESS, 50, 'LOGIN_MAX_FAILURES_PER_ADDRESS') },
    clientDist: env.CLIENT_DIST === '' ? null : path.resolve(env.CLIENT_DIST || path.join(projectRoot, 'client', 'dist')),
    attachmentsDir: path.resolve(env.ATTACHMENTS_DIR || path.join(dataDir, 'attachments')),
    attachmentMaxBytes: int(env.ATTACHMENT_MAX_MB, 20, 'ATTACHMENT_MAX_MB') * 1024 * 1024,
    appraisalRouting: parseRouting(env.APPRAISAL_ROUTING),
    provinceName: env.PROVINCE_NAME || 'Hòa Bình',
    deadlineSweepMinutes: int(env.DEADLINE_SWEEP_MINUTES, 10, 'DEADLINE_SWEEP_MINUTES'),
    remindDaysBefore: int(env.REMIND_DAYS_BEFORE, 2, 'REMIND_DAYS_BEFORE'),
    autoEscalateAfterDays: int(env.AUTO_ESCALATE_AFTER_DAYS, 3, 'AUTO_ESCALATE_AFTER_DAYS'),
    allowedOrigins: (env.ALLOWED_ORIGINS || '').split(',').map((o) => o.trim()).filter(Boolean),
    maxSocketsPerUser: int(env.WS_MAX_SOCKETS_PER_USER, 20, 'WS_MAX_SOCKETS_PER_USER'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

/**
 * Which proxies' X-Forwarded-For is believed (Express 'trust proxy'): by default only loopback;
 * behind a load balancer, its subnet (`10.0.0.0/8`, comma-separated list) or a hop count (`1`).
 */
function parseTrustProxy(value: string | undefined): string | number {
  if (!value) return 'loopback';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Finance appraises money and Home Affairs staff positions, unless the province says otherwise. */
function parseRouting(value: string | undefined): Record<string, string> {
  if (!value) return { FUNDING: 'STC', PERSONNEL: 'SNV' };
  const parsed: unknown = JSON.parse(value);
  if (!parsed || typeof parsed !== 'object' || Object.values(parsed).some((code) => typeof code !== 'string')) {
    throw new Error('APPRAISAL_ROUTING must be a JSON object of item kind → agency code');
  }
  return parsed as Record<string, string>;
}
