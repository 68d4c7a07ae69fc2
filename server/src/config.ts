import type { AuditHeadSettings } from './modules/audit';
import type { SigningSettings } from './modules/signing';
import type { JobSettings } from './jobs';
import { isIP } from 'node:net';
import path from 'node:path';
import { logLevel } from './observability/logger';
import type { LoginLimits } from './shared/context';

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
  /** Login throttle: backoff per (username, address), caps per address and per account (modules/auth/login-throttle.ts). */
  loginLimits: LoginLimits;
  /** Built client to serve on the same port; null to serve the API only. */
  clientDist: string | null;
  /** Where attached files are stored, and the largest accepted upload. */
  attachmentsDir: string;
  attachmentMaxBytes: number;
  /** Attachment bytes one request, and one agency over all its uploads, may hold. */
  attachmentQuota: { perRequestBytes: number; perAgencyBytes: number };
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
  /** LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel: string;
  /** Addresses and subnets that may read GET /metrics (METRICS_ALLOW; default loopback). */
  metricsAllow: string[];
  /** The key that signs audit heads (kept outside the database), where heads are logged, how often. */
  auditHead: AuditHeadSettings;
  /** DOCUMENT_PROFILE_FILE: a JSON file overriding the province's document profile (legal bases, recipients…). */
  documentProfileFile: string | null;
  /** Digital signatures: the local demo CA under `dataDir`, or an operator's real certificates (modules/signing). */
  signing: SigningSettings;
  /**
   * REDIS_URL: the event bus runs over Redis pub/sub instead of PostgreSQL LISTEN/NOTIFY (replicas
   * then commit without NOTIFY's lock); null keeps NOTIFY. REDIS_CHANNEL names its channel.
   */
  redisUrl: string | null;
  redisChannel: string;
  /** The job engine (graphile-worker): JOBS=off stops it in this process; JOB_CONCURRENCY, JOB_POLL_MS. */
  jobs: JobSettings;
  /** Queries run through a plan compiled once per document (`http/compiled-execution.ts`); COMPILED_EXECUTION=false: graphql-js. */
  compiledExecution: boolean;
}

const projectRoot = path.resolve(__dirname, '..', '..');

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.DATA_DIR || path.join(projectRoot, '.data'));
  const provinceName = env.PROVINCE_NAME || 'Hòa Bình';
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
    loginLimits: {
      backoffAfter: int(env.LOGIN_BACKOFF_AFTER, 5, 'LOGIN_BACKOFF_AFTER'),
      backoffMaxMs: int(env.LOGIN_BACKOFF_MAX_SECONDS, 900, 'LOGIN_BACKOFF_MAX_SECONDS') * 1000,
      accountMaxFailures: int(env.LOGIN_ACCOUNT_MAX_FAILURES, 20, 'LOGIN_ACCOUNT_MAX_FAILURES'),
      addressMaxFailures: int(env.LOGIN_ADDRESS_MAX_FAILURES, 100, 'LOGIN_ADDRESS_MAX_FAILURES'),
      addressMaxUsernames: int(env.LOGIN_ADDRESS_MAX_USERNAMES, 20, 'LOGIN_ADDRESS_MAX_USERNAMES'),
    },
    clientDist:
      env.CLIENT_DIST === '' ? null : path.resolve(env.CLIENT_DIST || path.join(projectRoot, 'client', 'dist')),
    attachmentsDir: path.resolve(env.ATTACHMENTS_DIR || path.join(dataDir, 'attachments')),
    attachmentMaxBytes: int(env.ATTACHMENT_MAX_MB, 20, 'ATTACHMENT_MAX_MB') * 1024 * 1024,
    attachmentQuota: {
      perRequestBytes: int(env.ATTACHMENT_QUOTA_REQUEST_MB, 100, 'ATTACHMENT_QUOTA_REQUEST_MB') * 1024 * 1024,
      perAgencyBytes: int(env.ATTACHMENT_QUOTA_AGENCY_MB, 2048, 'ATTACHMENT_QUOTA_AGENCY_MB') * 1024 * 1024,
    },
    appraisalRouting: parseRouting(env.APPRAISAL_ROUTING),
    provinceName,
    deadlineSweepMinutes: int(env.DEADLINE_SWEEP_MINUTES, 10, 'DEADLINE_SWEEP_MINUTES'),
    remindDaysBefore: int(env.REMIND_DAYS_BEFORE, 2, 'REMIND_DAYS_BEFORE'),
    autoEscalateAfterDays: int(env.AUTO_ESCALATE_AFTER_DAYS, 3, 'AUTO_ESCALATE_AFTER_DAYS'),
    allowedOrigins: (env.ALLOWED_ORIGINS || '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    maxSocketsPerUser: int(env.WS_MAX_SOCKETS_PER_USER, 20, 'WS_MAX_SOCKETS_PER_USER'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: logLevel(env.LOG_LEVEL),
    metricsAllow: parseMetricsAllow(env.METRICS_ALLOW),
    auditHead: {
      key: env.AUDIT_HEAD_KEY || null,
      keyFile: path.resolve(env.AUDIT_HEAD_KEY_FILE || path.join(dataDir, 'audit-head.key')),
      logFile:
        env.AUDIT_HEAD_LOG === '' ? null : path.resolve(env.AUDIT_HEAD_LOG || path.join(dataDir, 'audit-heads.log')),
      intervalMs: int(env.AUDIT_HEAD_MINUTES, 5, 'AUDIT_HEAD_MINUTES') * 60_000,
    },
    documentProfileFile: env.DOCUMENT_PROFILE_FILE ? path.resolve(env.DOCUMENT_PROFILE_FILE) : null,
    signing: {
      dir: path.resolve(env.SIGNING_DIR || path.join(dataDir, 'signing')),
      keyPassphrase: env.SIGNING_KEY_PASSPHRASE || null,
      caCertFile: env.SIGNING_CA_CERT ? path.resolve(env.SIGNING_CA_CERT) : null,
      p12Dir: env.SIGNING_P12_DIR ? path.resolve(env.SIGNING_P12_DIR) : null,
      p12Passphrase: env.SIGNING_P12_PASSPHRASE ?? '',
      provinceName,
    },
    redisUrl: env.REDIS_URL || null,
    redisChannel: env.REDIS_CHANNEL || 'lien_thong_events',
    jobs: {
      enabled: parseOnOff(env.JOBS, true, 'JOBS'),
      concurrency: Math.max(1, int(env.JOB_CONCURRENCY, 2, 'JOB_CONCURRENCY')),
      pollIntervalMs: Math.max(100, int(env.JOB_POLL_MS, 2000, 'JOB_POLL_MS')),
    },
    compiledExecution: env.COMPILED_EXECUTION !== 'false',
  };
}

/** `on`/`off` (also true/false, 1/0); unset: `fallback`. */
function parseOnOff(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (['on', 'true', '1'].includes(value)) return true;
  if (['off', 'false', '0'].includes(value)) return false;
  throw new Error(`${name} must be on or off, got "${value}"`);
}

/** `METRICS_ALLOW`: addresses or subnets (`10.0.0.0/8`) that may read /metrics; loopback by default. */
function parseMetricsAllow(value: string | undefined): string[] {
  const entries = (value ?? '127.0.0.1,::1')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    if (!family || (prefix !== undefined && !(/^\d+$/.test(prefix) && Number(prefix) <= bits))) {
      throw new Error(`METRICS_ALLOW: "${entry}" is not an IP address or subnet`);
    }
  }
  return entries;
}

/**
 * Which proxies' X-Forwarded-For is believed (Express 'trust proxy'): by default only loopback;
 * behind a load balancer, its subnet (`10.0.0.0/8`, comma-separated list) or a hop count (`1`).
 */
function parseTrustProxy(value: string | undefined): string | number {
  if (!value) return 'loopback';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Finance appraises every line that carries money (`MONEY`: funding, equipment, land, …) and Home
 * Affairs staff positions, unless the province says otherwise.
 */
function parseRouting(value: string | undefined): Record<string, string> {
  if (!value) return { MONEY: 'STC', PERSONNEL: 'SNV' };
  const parsed: unknown = JSON.parse(value);
  if (!parsed || typeof parsed !== 'object' || Object.values(parsed).some((code) => typeof code !== 'string')) {
    throw new Error('APPRAISAL_ROUTING must be a JSON object of item kind → agency code');
  }
  return parsed as Record<string, string>;
}
