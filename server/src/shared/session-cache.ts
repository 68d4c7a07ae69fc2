import type { Viewer } from './viewer';

interface Entry {
  viewer: Viewer;
  sessionExpiresAt: number;
  cachedUntil: number;
}

export interface SessionCacheOptions {
  /** Sessions remembered at most; the oldest go first. */
  maxEntries: number;
  /**
   * How long a remembered session is trusted without asking the database again. Revocations
   * reach the cache at once (the same process forgets synchronously, the others on the bus
   * notification); this bound only matters if a session is ended behind the application's back.
   */
  maxAgeMs: number;
}

/**
 * On the bus: the agency tree changed (an agency moved), so what remembered viewers act for
 * (`Viewer.actedFor`, a leader's units) may be stale. Every process forgets every remembered
 * session on it; the next request of each reads its viewer again, with the new tree.
 */
export const VIEWERS_STALE = 'VIEWERS_STALE';

declare module './event-bus' {
  interface BusTopics {
    [VIEWERS_STALE]: { agencyId: string };
  }
}

const DEFAULTS: SessionCacheOptions = { maxEntries: 20_000, maxAgeMs: 30_000 };

/**
 * Per-process memory of live sessions, keyed by the token's hash, so an authenticated read costs
 * no statement for "who is asking". A session's user, agency, role and must-change-password flag
 * never change while it lives (disabling an account, a new role or agency, a password reset or
 * change all end the account's sessions: modules/auth/account.service.ts), so what is
 * remembered cannot go stale except by revocation or expiry, both handled here. The delegations
 * a viewer received are remembered whole (not yet ended); the auth service keeps per request
 * those its clock finds in force, and giving or revoking one forgets the delegate's sessions
 * (delegations/delegation.events.ts), or by the agency tree moving under a leader
 * (`VIEWERS_STALE`: everything is forgotten). Unknown or
 * invalid tokens are never remembered: guessing tokens cannot fill the cache.
 */
export class SessionCache {
  private readonly byTokenHash = new Map<string, Entry>();
  private readonly tokenHashBySession = new Map<string, string>();
  private readonly options: SessionCacheOptions;

  constructor(
    options: Partial<SessionCacheOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The remembered viewer, or undefined when the database must be asked. */
  get(tokenHash: string): Viewer | undefined {
    const entry = this.byTokenHash.get(tokenHash);
    if (!entry) return undefined;
    const now = this.now();
    if (now >= entry.sessionExpiresAt || now >= entry.cachedUntil) {
      this.drop(tokenHash, entry.viewer.sessionId);
      return undefined;
    }
    return entry.viewer;
  }

  remember(tokenHash: string, viewer: Viewer, sessionExpiresAt: Date): void {
    if (this.byTokenHash.size >= this.options.maxEntries) {
      const [oldestHash, oldest] = this.byTokenHash.entries().next().value!;
      this.drop(oldestHash, oldest.viewer.sessionId);
    }
    this.byTokenHash.set(tokenHash, {
      viewer: Object.freeze({ ...viewer }),
      sessionExpiresAt: sessionExpiresAt.getTime(),
      cachedUntil: this.now() + this.options.maxAgeMs,
    });
    this.tokenHashBySession.set(viewer.sessionId, tokenHash);
  }

  /** Ended sessions: the next request with their token asks the database (and is refused). */
  forget(sessionIds: readonly string[]): void {
    for (const sessionId of sessionIds) {
      const tokenHash = this.tokenHashBySession.get(sessionId);
      if (tokenHash) this.drop(tokenHash, sessionId);
    }
  }

  /** After the bus lost notifications (its LISTEN connection dropped), trust nothing remembered. */
  clear(): void {
    this.byTokenHash.clear();
    this.tokenHashBySession.clear();
  }

  get size(): number {
    return this.byTokenHash.size;
  }

  private drop(tokenHash: string, sessionId: string): void {
    this.byTokenHash.delete(tokenHash);
    this.tokenHashBySession.delete(sessionId);
  }
}
