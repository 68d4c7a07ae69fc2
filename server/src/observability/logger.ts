import os from 'node:os';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS: readonly (Level | 'silent')[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Never written to a log, wherever they sit in a logged object (one level deep, or under the
 * usual request shapes): credentials, cookies, and what officials wrote (GraphQL documents,
 * variables, bodies). A line names who did what (user and agency ids), never with what secret.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'connectionParams',
  '*.connectionParams',
  'variables',
  '*.variables',
  'query',
  '*.query',
  'body',
  '*.body',
];

export interface LoggerOptions {
  /** LOG_LEVEL: fatal … trace, or silent. */
  level: string;
  /** Human-readable lines (pino-pretty, a dev dependency) instead of JSON. */
  pretty?: boolean;
  /** Where JSON lines go (tests capture them); standard output by default. */
  destination?: DestinationStream;
}

/**
 * The server's one logger: JSON lines (one object per line, `time`, `level`, `msg`, and the
 * request's fields) that a log shipper reads as they are; pretty only in development when
 * pino-pretty is installed (production images prune dev dependencies).
 */
export function createLogger({ level, pretty = false, destination }: LoggerOptions): Logger {
  const options = {
    level,
    base: { service: 'lien-thong', pid: process.pid, hostname: os.hostname() },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // `err` keeps type, message, code and the full stack; never the whole error object's fields
    serializers: { err: pino.stdSerializers.err },
  };
  if (destination) return pino(options, destination);
  if (pretty && installed('pino-pretty')) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } });
  }
  return pino(options);
}

/** The logger the environment asks for (LOG_LEVEL, NODE_ENV=development for pretty lines). */
export function loggerFromEnv(env: NodeJS.ProcessEnv = process.env): Logger {
  return createLogger({ level: logLevel(env.LOG_LEVEL), pretty: env.NODE_ENV === 'development' });
}

export function logLevel(value: string | undefined): string {
  if (!value) return 'info';
  const level = value.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  }
  return level;
}

/**
 * The `log(message, error?)` callback the modules take (they stay free of the logger's API): a
 * line with an error is an error with its full stack, any other line is information.
 */
export function logFunction(logger: Logger): (message: string, error?: unknown) => void {
  return (message, error) => {
    if (error === undefined || error === null || error === '') logger.info(message);
    else if (error instanceof Error) logger.error({ err: error }, message);
    else logger.warn({ detail: String(error) }, message);
  };
}

/** knex's `log` option: its own warnings (a lost connection, a deprecation) as log lines. */
export function knexLog(logger: Logger) {
  const to = (level: 'warn' | 'error' | 'debug') => (line: unknown) =>
    logger[level]({ component: 'knex' }, String(line));
  return { warn: to('warn'), error: to('error'), deprecate: to('warn'), debug: to('debug') };
}

function installed(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}
