import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../test-support/test-app';

/**
 * The client's HTML carries a Content-Security-Policy: scripts from this origin only (no inline
 * script, so an injected `<script>` or `onerror=` does not run), data and WebSocket back to the
 * same host, no framing. e2e/login.e2e.test.ts proves the built client still loads under it.
 */
describe('the content security policy of the client', () => {
  let t: TestApp;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-client-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>',
    );
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'export {};');
    t = await startTestApp({ config: { clientDist: dist } });
  });
  afterAll(async () => {
    await t.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each(['/', '/requests/123', '/index.html'])('is sent with the page at %s', async (page) => {
    const response = await fetch(`${t.url}${page}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const policy = Object.fromEntries(
      (response.headers.get('content-security-policy') ?? '')
        .split('; ')
        .map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    const host = new URL(t.url).host;
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });
});
