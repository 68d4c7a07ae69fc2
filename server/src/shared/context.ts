import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock';
import type { EventBus } from './event-bus';
import type { LiveReadConnections } from './live-reads';
import { Loaders } from './loaders';
import type { SessionCache } from './session-cache';
import type { Viewer } from './viewer';

/** Lets the auth module set or clear the browser's session cookie (HTTP only). */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** The browser's known-device token, which spares it the account-wide login limit. */
  deviceToken: string | null;
  setDevice(token: string, expiresAt: Date): void;
}

export interface RequestMeta {
  ip: string;
  userAgent: string;
}

/** The login throttle's limits (rules in modules/auth/login-throttle.ts). */
export interface LoginLimits {
  /** Failures allowed per (username, address), or per known device, before the backoff starts. */
  backoffAfter: number;
  /** The longest wait the backoff imposes (it doubles from 1 s). */
  backoffMaxMs: number;
  /** Failures per account in a window from devices it has not signed in from; its known devices are exempt. */
  accountMaxFailures: number;
  /** Failures from one address in a window, whichever usernames. */
  addressMaxFailures: number;
  /** Distinct usernames failed from one address in a window (password spraying). */
  addressMaxUsernames: number;
}

export interface AppSettings {
  sessionTtlMs: number;
  loginLimits: LoginLimits;
  /** Proposal item kind → code of the agency that appraises it. */
  appraisalRouting: Record<string, string>;
  /** The province's name, as printed on decisions, e.g. "Hòa Bình". */
  provinceName: string;
}

export interface GraphQLContext {
  /** A fork of the EntityManager for this request (or this subscription event). */
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  bus: EventBus;
  /** Connections of their own for the payloads of live events (see LiveReadConnections). */
  liveReads: LiveReadConnections;
  /** This process's memory of live sessions (auth reads and revokes through it). */
  sessions: SessionCache;
  sessionCookie: SessionCookie | null;
  meta: RequestMeta;
  settings: AppSettings;
  /** The time delegations are judged at (the wall clock; tests may pass their own to createApp). */
  clock: Clock;
}

/**
 * A subscription keeps one context for its whole life, but each pushed event must read current
 * data: give the event a fresh EntityManager fork and fresh loaders. Events of one subscription
 * are resolved one after another, so replacing them in place is safe.
 */
export function startEventScope(ctx: GraphQLContext): void {
  ctx.em = ctx.em.fork();
  ctx.loaders = new Loaders(ctx.em);
}
