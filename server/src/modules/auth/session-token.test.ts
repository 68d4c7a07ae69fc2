import { hashSessionToken, newSessionToken, tokenFromHeaders } from './session-token';

describe('session tokens', () => {
  it('are long, random and hashed with SHA-256', () => {
    const a = newSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(a);
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are read from a bearer header first, then from the session cookie', () => {
    const token = newSessionToken();
    expect(tokenFromHeaders(`Bearer ${token}`, 'lt_session=other-token-value-xxxxxxxx')).toBe(token);
    expect(tokenFromHeaders(undefined, `theme=dark; lt_session=${token}`)).toBe(token);
    expect(tokenFromHeaders('Basic abc', undefined)).toBeNull();
    expect(tokenFromHeaders('Bearer short', undefined)).toBeNull();
    expect(tokenFromHeaders(undefined, 'lt_session=')).toBeNull();
  });
});
