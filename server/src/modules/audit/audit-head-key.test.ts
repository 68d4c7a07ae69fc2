import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAuditHeadKey, type AuditHeadSettings } from './audit-head-key';

describe('the audit head key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-head-key-'));
  const settings = (over: Partial<AuditHeadSettings> = {}): AuditHeadSettings => ({
    key: null,
    keyFile: path.join(dir, 'keys', 'audit-head.key'),
    logFile: null,
    intervalMs: 0,
    ...over,
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('in production, refuses to start without AUDIT_HEAD_KEY or a key file', () => {
    expect(() => loadAuditHeadKey(settings(), { production: true, create: true })).toThrow(
      /no audit head key: set AUDIT_HEAD_KEY/,
    );
    expect(fs.existsSync(settings().keyFile)).toBe(false);
  });

  it('outside production, creates a key file readable by its owner only, and reads it back later', () => {
    const first = loadAuditHeadKey(settings(), { production: false, create: true });
    expect(first.created).toBe(settings().keyFile);
    expect(fs.statSync(settings().keyFile).mode & 0o777).toBe(0o600);
    expect(loadAuditHeadKey(settings(), { production: true, create: true })).toEqual({ key: first.key, created: null });
  });

  it('prefers AUDIT_HEAD_KEY and refuses a short one', () => {
    expect(
      loadAuditHeadKey(settings({ key: 'k'.repeat(32) }), { production: true, create: false }).key.toString(),
    ).toBe('k'.repeat(32));
    expect(() => loadAuditHeadKey(settings({ key: 'short' }), { production: true, create: false })).toThrow(
      /shorter than 32/,
    );
  });
});
