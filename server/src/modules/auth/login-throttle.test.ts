import { backoffMs, bucketKeys, clientNetwork, judgeAttempt, release, WINDOW_MS, type Bucket } from './login-throttle';

const limits = {
  backoffAfter: 5,
  backoffMaxMs: 900_000,
  accountMaxFailures: 20,
  addressMaxFailures: 100,
  addressMaxUsernames: 3,
};
const now = new Date('2026-12-06T08:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const bucket = (key: string, over: Partial<Bucket> = {}): Bucket => ({
  key,
  failures: 0,
  windowStartedAt: now,
  lastFailureAt: null,
  usernames: [],
  ...over,
});

describe('login throttle rules', () => {
  it('judges an unknown browser by account, address and (username, address); a known device by itself', () => {
    expect(bucketKeys({ username: 'a', address: '10.0.0.1', knownDevice: null }).map((b) => b.kind)).toEqual([
      'account',
      'address',
      'pair',
    ]);
    expect(bucketKeys({ username: 'a', address: '10.0.0.1', knownDevice: 'abc' })).toEqual([
      { kind: 'device', key: 'device:abc' },
    ]);
  });

  it('counts an IPv6 client by its /64, an IPv4 client by its address', () => {
    expect(
      ['203.0.113.5', '::ffff:203.0.113.5', '2001:db8:aa:bb:1:2:3:4', '2001:DB8:AA:BB::9', '2001:db8::1', '::1'].map(
        clientNetwork,
      ),
    ).toEqual([
      '203.0.113.5',
      '203.0.113.5',
      '2001:db8:aa:bb::/64',
      '2001:db8:aa:bb::/64',
      '2001:db8:0:0::/64',
      '0:0:0:0::/64',
    ]);
  });

  it('backs off 1 s after the fifth failure, doubling up to the cap', () => {
    expect([4, 5, 6, 7, 30].map((n) => backoffMs(n, limits))).toEqual([0, 1000, 2000, 4000, 900_000]);
    const pair = bucket('pair:["a","x"]', { failures: 6, lastFailureAt: ago(1500) });
    expect(judgeAttempt([pair], 'a', now, limits)).toEqual({ allowed: false, retryAfterMs: 500 });
    expect(judgeAttempt([{ ...pair, lastFailureAt: ago(2000) }], 'a', now, limits).allowed).toBe(true);
    // a day without failures starts over
    expect(judgeAttempt([{ ...pair, failures: 40, lastFailureAt: ago(25 * 3600_000) }], 'a', now, limits).allowed).toBe(
      true,
    );
  });

  it('counts an allowed attempt as a failure until it is released', () => {
    const verdict = judgeAttempt(
      [bucket('address:x', { usernames: ['b'] }), bucket('pair:["a","x"]', { failures: 2 })],
      'a',
      now,
      limits,
    );
    expect(verdict).toEqual({
      allowed: true,
      reserved: [
        bucket('address:x', { failures: 1, lastFailureAt: now, usernames: ['b', 'a'] }),
        bucket('pair:["a","x"]', { failures: 3, lastFailureAt: now }),
      ],
    });
    if (!verdict.allowed) return;
    expect(verdict.reserved.map((b) => release(b, 'a'))).toEqual([
      bucket('address:x', { failures: 0, lastFailureAt: now, usernames: ['b'] }),
      bucket('pair:["a","x"]'),
    ]);
  });

  it('caps an address by failures and by distinct usernames, until its window ends', () => {
    const sprayed = bucket('address:x', { failures: 3, usernames: ['a', 'b', 'c'], windowStartedAt: ago(60_000) });
    expect(judgeAttempt([sprayed], 'd', now, limits)).toEqual({ allowed: false, retryAfterMs: WINDOW_MS - 60_000 });
    expect(judgeAttempt([sprayed], 'a', now, limits).allowed).toBe(true);
    expect(judgeAttempt([{ ...sprayed, failures: 100 }], 'a', now, limits).allowed).toBe(false);
    expect(judgeAttempt([{ ...sprayed, windowStartedAt: ago(WINDOW_MS) }], 'd', now, limits).allowed).toBe(true);
  });

  it('caps an account for unknown browsers, and waits for the longest of the counters', () => {
    const account = bucket('account:a', { failures: 20, windowStartedAt: ago(WINDOW_MS - 5000) });
    const pair = bucket('pair:["a","x"]', { failures: 9, lastFailureAt: now });
    expect(judgeAttempt([account, pair], 'a', now, limits)).toEqual({ allowed: false, retryAfterMs: 16_000 });
  });
});
