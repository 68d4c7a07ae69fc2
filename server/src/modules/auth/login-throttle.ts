/**
 * The login throttle's rules, pure: which counters an attempt touches, whether it may go ahead,
 * and how the counters change. Counters are reserved before the (slow) password check and given
 * back on success, so parallel attempts cannot all pass a limit that none of them has yet reached.
 *
 * Nothing here locks an account for its owner: guessing is slowed per (username, address) with
 * exponential backoff, bounded per address (an office behind one NAT shares it, so the bound is
 * generous but counts distinct usernames to stop spraying), and bounded per account only for
 * browsers the account has not signed in from before; a known device has its own backoff instead.
 */

import type { LoginLimits } from '../../shared/context';

/** The fixed window of the account and address counters. */
export const WINDOW_MS = 15 * 60_000;
/** A backoff counter with no failure for this long starts over. */
export const BACKOFF_RESET_MS = 24 * 3600_000;

export type BucketKind = 'account' | 'address' | 'pair' | 'device';

export interface Bucket {
  key: string;
  failures: number;
  windowStartedAt: Date;
  lastFailureAt: Date | null;
  /** Distinct usernames failed in the window (address counters only). */
  usernames: string[];
}

export interface Attempt {
  username: string;
  address: string;
  /** Hash of a known-device token valid for this username, or null. */
  knownDevice: string | null;
}

/** The counters an attempt is judged by: a known device answers for itself alone. */
export function bucketKeys(attempt: Attempt): { kind: BucketKind; key: string }[] {
  if (attempt.knownDevice) return [{ kind: 'device', key: `device:${attempt.knownDevice}` }];
  const network = clientNetwork(attempt.address);
  return [
    { kind: 'account', key: `account:${attempt.username}` },
    { kind: 'address', key: `address:${network}` },
    { kind: 'pair', key: `pair:${JSON.stringify([attempt.username, network])}` },
  ];
}

/**
 * The network an address stands for: an IPv4 address itself, but an IPv6 address's /64, which one
 * subscriber is usually given whole (counting single IPv6 addresses would let them rotate freely).
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export const kindOf = (key: string): BucketKind => key.slice(0, key.indexOf(':')) as BucketKind;

export type Verdict = { allowed: true; reserved: Bucket[] } | { allowed: false; retryAfterMs: number };

/** Whether an attempt may go ahead now; if so, the counters with this attempt counted as a failure. */
export function judgeAttempt(buckets: Bucket[], username: string, now: Date, limits: LoginLimits): Verdict {
  const current = buckets.map((bucket) => fresh(bucket, now));
  const waitMs = Math.max(0, ...current.map((bucket) => waitFor(bucket, username, now, limits)));
  if (waitMs > 0) return { allowed: false, retryAfterMs: waitMs };
  return { allowed: true, reserved: current.map((bucket) => reserve(bucket, username, now)) };
}

/** After a successful sign-in: the reservation is given back and the backoff forgotten. */
export function release(bucket: Bucket, username: string): Bucket {
  switch (kindOf(bucket.key)) {
    case 'pair':
    case 'device':
      return { ...bucket, failures: 0, lastFailureAt: null };
    case 'address':
      return {
        ...bucket,
        failures: Math.max(0, bucket.failures - 1),
        usernames: bucket.usernames.filter((name) => name !== username),
      };
    case 'account':
      return { ...bucket, failures: Math.max(0, bucket.failures - 1) };
  }
}

/** Backoff after n failures (n ≥ backoffAfter): 1 s, 2 s, 4 s … up to the cap. */
export const backoffMs = (failures: number, limits: LoginLimits): number =>
  failures < limits.backoffAfter
    ? 0
    : Math.min(limits.backoffMaxMs, 1000 * 2 ** Math.min(failures - limits.backoffAfter, 30));

const isWindowed = (kind: BucketKind) => kind === 'account' || kind === 'address';

function fresh(bucket: Bucket, now: Date): Bucket {
  const expired = isWindowed(kindOf(bucket.key))
    ? now.getTime() >= bucket.windowStartedAt.getTime() + WINDOW_MS
    : bucket.lastFailureAt !== null && now.getTime() >= bucket.lastFailureAt.getTime() + BACKOFF_RESET_MS;
  return expired ? { ...bucket, failures: 0, windowStartedAt: now, lastFailureAt: null, usernames: [] } : bucket;
}

function waitFor(bucket: Bucket, username: string, now: Date, limits: LoginLimits): number {
  const windowLeft = bucket.windowStartedAt.getTime() + WINDOW_MS - now.getTime();
  switch (kindOf(bucket.key)) {
    case 'pair':
    case 'device': {
      const wait = backoffMs(bucket.failures, limits);
      return wait === 0 || !bucket.lastFailureAt ? 0 : bucket.lastFailureAt.getTime() + wait - now.getTime();
    }
    case 'account':
      return bucket.failures >= limits.accountMaxFailures ? windowLeft : 0;
    case 'address': {
      const newName = !bucket.usernames.includes(username);
      const full =
        bucket.failures >= limits.addressMaxFailures ||
        (newName && bucket.usernames.length >= limits.addressMaxUsernames);
      return full ? windowLeft : 0;
    }
  }
}

function reserve(bucket: Bucket, username: string, now: Date): Bucket {
  const usernames =
    kindOf(bucket.key) === 'address' && !bucket.usernames.includes(username)
      ? [...bucket.usernames, username]
      : bucket.usernames;
  return { ...bucket, failures: bucket.failures + 1, lastFailureAt: now, usernames };
}
