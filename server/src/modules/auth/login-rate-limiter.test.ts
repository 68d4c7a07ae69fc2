import { LoginRateLimiter } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  it('blocks a key after the allowed failures until the window passes', () => {
    let now = 0;
    const limiter = new LoginRateLimiter(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.isBlocked('u|ip')).toBe(false);
      limiter.recordFailure('u|ip');
    }
    expect(limiter.isBlocked('u|ip')).toBe(true);
    expect(limiter.isBlocked('other|ip')).toBe(false);
    now = 1000;
    expect(limiter.isBlocked('u|ip')).toBe(false);
  });

  it('forgets failures after a successful login', () => {
    const limiter = new LoginRateLimiter(1, 1000, () => 0);
    limiter.recordFailure('k');
    limiter.reset('k');
    expect(limiter.isBlocked('k')).toBe(false);
  });
});
