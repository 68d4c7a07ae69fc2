import { startTestApp, type TestApp } from '../../test-support/test-app';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

interface Outcome {
  code: string;
  message?: string;
  retryAfter?: number;
  /** The known-device cookie the server set, if any. */
  device?: string;
}

/** One login over HTTP as a browser at `address` (the test server trusts X-Forwarded-For from loopback). */
async function login(
  t: TestApp,
  username: string,
  password: string,
  address: string,
  device?: string,
): Promise<Outcome> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(device ? { cookie: `lt_device=${device}` } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  });
  const body = (await response.json()) as {
    errors?: { message: string; extensions: { code: string; retryAfter?: number } }[];
  };
  const setDevice = response.headers.getSetCookie().find((cookie) => cookie.startsWith('lt_device='));
  const device_ = setDevice ? /^lt_device=([^;]+)/.exec(setDevice)![1] : undefined;
  if (!body.errors) return { code: 'OK', device: device_ };
  const [error] = body.errors;
  return { code: error.extensions.code, message: error.message, retryAfter: error.extensions.retryAfter };
}

/**
 * The most wrong passwords one (username, address) can have checked in `ms`: the 5 free ones, then
 * one more after each wait of the backoff (1 s, 2 s, 4 s …), waits which start after each failure.
 */
function mostFailuresWithin(ms: number): number {
  let allowed = 5;
  for (let wait = 1000, at = wait; at <= ms; wait *= 2, at += wait) allowed++;
  return allowed;
}

const tally = (outcomes: Outcome[]) =>
  outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.code]: (acc[o.code] ?? 0) + 1 }), {});

describe('login throttle', () => {
  let t: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    second = await startTestApp({ database: t.database }); // a second server process on the same database
  });
  afterAll(async () => {
    await second.stop();
    await t.stop();
  });

  it('lets no more than the limit of 100 parallel wrong passwords through, across two processes', async () => {
    const started = Date.now();
    const attempts = Array.from({ length: 100 }, (_, i) =>
      login(i % 2 ? second : t, 'stc.staff', `doan-sai-${i}`, '198.51.100.1'),
    );
    const outcomes = await Promise.all(attempts);
    const { UNAUTHENTICATED: checked, RATE_LIMITED: refused } = tally(outcomes);
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(mostFailuresWithin(Date.now() - started));
    expect(checked + refused).toBe(100);
    const first = outcomes.find((o) => o.code === 'RATE_LIMITED')!;
    expect(first.retryAfter).toEqual(expect.any(Number));
    expect(first.message).toMatch(/^Đăng nhập sai nhiều lần, hãy thử lại sau \d+ giây\.$/);
  });

  it('backs off per username and address: 1 s after the fifth failure, then doubling, and counts refusals as nothing', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login(t, 'skhdt.staff', `sai-${i}`, '198.51.100.2')).code).toBe('UNAUTHENTICATED');
    const refused = await login(t, 'skhdt.staff', 'demo1234', '198.51.100.2');
    expect(refused).toEqual(expect.objectContaining({ code: 'RATE_LIMITED', retryAfter: 1 }));
    // the same account from elsewhere, and another account from the same address, go on
    expect((await login(t, 'skhdt.staff', 'demo1234', '198.51.100.3')).code).toBe('OK');
    expect((await login(t, 'skhdt.lead', 'demo1234', '198.51.100.2')).code).toBe('OK');
  });

  it('does not let an attacker lock the owner out: 50 failures from A, the owner signs in from B', async () => {
    const owner = await login(t, 'stnmt.lead', 'demo1234', '192.0.2.10');
    expect(owner.device).toEqual(expect.any(String));

    const [attacker, started] = [[] as Outcome[], Date.now()];
    for (let i = 0; i < 50; i++) attacker.push(await login(t, 'stnmt.lead', `doan-${i}`, '203.0.113.66'));
    const { UNAUTHENTICATED: checked, RATE_LIMITED: refused } = tally(attacker);
    expect(checked).toBeLessThanOrEqual(mostFailuresWithin(Date.now() - started));
    expect(refused).toBeGreaterThanOrEqual(40);
    expect(attacker[49]).toEqual(expect.objectContaining({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) }));

    expect((await login(t, 'stnmt.lead', 'demo1234', '192.0.2.11', owner.device)).code).toBe('OK'); // known device
    expect((await login(t, 'stnmt.lead', 'demo1234', '192.0.2.12')).code).toBe('OK'); // a fresh browser too
  });

  it('locks an account for unknown browsers after failures from many addresses, never for its known devices', async () => {
    const owner = await login(t, 'snv.lead', 'demo1234', '192.0.2.20');
    for (let address = 0; address < 4; address++) {
      for (let i = 0; i < 5; i++)
        expect((await login(t, 'snv.lead', `sai-${i}`, `203.0.113.${address + 1}`)).code).toBe('UNAUTHENTICATED');
    }
    // 20 failures: the account-wide limit for browsers the account does not know
    const stranger = await login(t, 'snv.lead', 'demo1234', '192.0.2.21');
    expect(stranger).toEqual(expect.objectContaining({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) }));
    expect(stranger.retryAfter!).toBeGreaterThan(60);
    expect(stranger.message).toMatch(/hãy thử lại sau \d+ phút\./);
    expect((await login(t, 'snv.lead', 'demo1234', '192.0.2.21', owner.device)).code).toBe('OK');
    // a forged or foreign device cookie is no key
    expect((await login(t, 'snv.lead', 'demo1234', '192.0.2.21', 'x'.repeat(43))).code).toBe('RATE_LIMITED');
  });

  it('gives a known device its own backoff, so a stolen cookie does not allow unlimited guessing', async () => {
    const { device } = await login(t, 'stc.lead', 'demo1234', '192.0.2.30');
    for (let i = 0; i < 5; i++)
      expect((await login(t, 'stc.lead', `sai-${i}`, '192.0.2.30', device)).code).toBe('UNAUTHENTICATED');
    expect((await login(t, 'stc.lead', 'demo1234', '192.0.2.30', device)).code).toBe('RATE_LIMITED');
  });

  it('stops password spraying from one address by counting distinct usernames', async () => {
    for (let i = 0; i < 20; i++)
      expect((await login(t, `khong-co-${i}`, 'Matkhau@123', '198.51.100.99')).code).toBe('UNAUTHENTICATED');
    expect((await login(t, 'khong-co-20', 'Matkhau@123', '198.51.100.99')).code).toBe('RATE_LIMITED');
    expect((await login(t, 'khong-co-3', 'lan-nua', '198.51.100.99')).code).toBe('UNAUTHENTICATED'); // a name already tried
  });
});
