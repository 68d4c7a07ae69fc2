import { SessionCache } from './session-cache';
import { Role, type Viewer } from './viewer';

const viewer = (n: number): Viewer => ({
  sessionId: `s${n}`,
  userId: `u${n}`,
  agencyId: 'a',
  role: Role.STAFF,
  inCommittee: false,
});

describe('SessionCache', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('remembers a live session and forgets it when it is revoked', () => {
    const cache = new SessionCache({}, clock);
    cache.remember('h1', viewer(1), new Date(now + 60_000));
    expect(cache.get('h1')).toEqual(viewer(1));
    cache.forget(['s1']);
    expect(cache.get('h1')).toBeUndefined();
  });

  it('stops trusting a session when it expires, or after the cache bound, whichever is first', () => {
    const cache = new SessionCache({ maxAgeMs: 30_000 }, clock);
    cache.remember('short', viewer(1), new Date(now + 10_000));
    cache.remember('long', viewer(2), new Date(now + 3_600_000));
    now += 10_000;
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('long')).toEqual(viewer(2));
    now += 20_000;
    expect(cache.get('long')).toBeUndefined();
  });

  it('drops the oldest session when full, and everything on clear', () => {
    const cache = new SessionCache({ maxEntries: 2 }, clock);
    for (const n of [1, 2, 3]) cache.remember(`h${n}`, viewer(n), new Date(now + 60_000));
    expect(cache.get('h1')).toBeUndefined();
    expect(cache.get('h3')).toEqual(viewer(3));
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.get('h2')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('hands out a frozen copy, so a caller cannot change what others get', () => {
    const cache = new SessionCache({}, clock);
    const original = viewer(1);
    cache.remember('h1', original, new Date(now + 60_000));
    original.role = Role.ADMIN;
    const remembered = cache.get('h1')!;
    expect(remembered.role).toBe(Role.STAFF);
    expect(Object.isFrozen(remembered)).toBe(true);
  });
});
