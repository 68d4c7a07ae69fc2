import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AuditHeadSettings {
  /** AUDIT_HEAD_KEY: the key itself (at least 32 characters). */
  key: string | null;
  /** AUDIT_HEAD_KEY_FILE: read when no key is given; created on first start outside production. */
  keyFile: string;
  /** AUDIT_HEAD_LOG: every published head is also appended here (null: not written). */
  logFile: string | null;
  /** How often a head is published (0: only at start and at shutdown). */
  intervalMs: number;
}

const MIN_KEY_LENGTH = 32;

/**
 * The key that signs audit heads, from outside the database: AUDIT_HEAD_KEY, else the key file.
 * Outside production a missing file is created (random, readable by its owner only); in
 * production the server refuses to start without a key, since a key made up on the spot on a
 * throw-away disk would leave the heads unverifiable.
 */
export function loadAuditHeadKey(
  settings: AuditHeadSettings,
  options: { production: boolean; create: boolean },
): { key: Buffer; created: string | null } {
  const check = (key: string, from: string) => {
    if (key.length < MIN_KEY_LENGTH)
      throw new Error(`the audit head key from ${from} is shorter than ${MIN_KEY_LENGTH} characters`);
    return Buffer.from(key, 'utf8');
  };
  if (settings.key) return { key: check(settings.key, 'AUDIT_HEAD_KEY'), created: null };
  if (fs.existsSync(settings.keyFile))
    return { key: check(fs.readFileSync(settings.keyFile, 'utf8').trim(), settings.keyFile), created: null };
  if (!options.create || options.production) {
    throw new Error(
      `no audit head key: set AUDIT_HEAD_KEY (e.g. \`openssl rand -hex 32\`) or put one in ${settings.keyFile} (AUDIT_HEAD_KEY_FILE), ` +
        'and keep a copy outside the database server',
    );
  }
  fs.mkdirSync(path.dirname(settings.keyFile), { recursive: true });
  const key = randomBytes(32).toString('hex');
  fs.writeFileSync(settings.keyFile, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return { key: Buffer.from(key, 'utf8'), created: settings.keyFile };
}
