import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { dbUrl, dropDatabase, recreateDatabase } from '../lib/db';
import { option } from '../lib/env';
import { table, writeResults } from '../lib/results';
import { ROOT, spawnServer } from '../lib/server';

const DB = 'lt_bench_first_load';
const CLIENT_DIST = path.join(ROOT, 'client', 'dist');
/** Debian's package, as the browser journeys use it (e2e/chromium.ts); CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The first meaningful page within this on a district's connection (issue 13). */
const TARGET_MS = 2500;

interface Transfer {
  url: string;
  /** Bytes on the wire: headers and body as sent (compressed when the server compressed it). */
  bytes: number;
  contentEncoding: string;
}

interface Visit {
  /** navigation start → the login form's username field visible. */
  loginFormMs: number;
  /** Bytes transferred until the login form was visible. */
  loginBytes: number;
  /** click on "Đăng nhập" → the landing page's heading shown with no loading state left in <main>. */
  firstPageMs: number;
  /** Bytes transferred from the click until that page was shown (code chunks and data). */
  firstPageBytes: number;
  /** Bytes transferred in all, login form to first page (with what the client fetched while the user typed). */
  totalBytes: number;
  transfers: Transfer[];
}

/** Every response's bytes on the wire, and the requests still waiting, through the DevTools protocol. */
function recordTransfers(cdp: CDPSession): { transfers: Transfer[]; inFlight: Set<string> } {
  const transfers: Transfer[] = [];
  const inFlight = new Set<string>();
  const responses = new Map<string, Omit<Transfer, 'bytes'>>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.type !== 'WebSocket') inFlight.add(event.requestId);
  });
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    responses.set(event.requestId, {
      url: event.response.url,
      contentEncoding: String(headers['content-encoding'] ?? ''),
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    inFlight.delete(event.requestId);
    const response = responses.get(event.requestId);
    if (!response) return;
    responses.delete(event.requestId);
    transfers.push({ ...response, bytes: event.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (event) => inFlight.delete(event.requestId));
  return { transfers, inFlight };
}

/**
 * Waits until the page sign-in landed on is shown: off /login, the shell's sign-out button and
 * the page's heading present, no spinner left in <main>, and no HTTP request (code or data) pending.
 */
async function firstPageShown(page: Page, inFlight: Set<string>): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const shown =
      inFlight.size === 0 &&
      (await page.evaluate(
        () =>
          !location.pathname.startsWith('/login') &&
          !!document.querySelector('header button') &&
          !!document.querySelector('main h1') &&
          !document.querySelector('main .spinner'),
      ));
    if (shown && inFlight.size === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the first page after signing in was not shown within 60 s');
}

const sum = (transfers: Transfer[]) => transfers.reduce((total, t) => total + t.bytes, 0);

async function visit(browser: Browser, url: string, network: NetworkConditions, thinkMs: number): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downKbit * 1000) / 8,
      uploadThroughput: (network.upKbit * 1000) / 8,
    });
    const { transfers, inFlight } = recordTransfers(cdp);

    const t0 = performance.now();
    await page.goto(`${url}/login`, { waitUntil: 'commit' });
    await page.getByLabel('Tên đăng nhập').waitFor({ state: 'visible', timeout: 60_000 });
    const loginFormMs = performance.now() - t0;
    const loginBytes = sum(transfers);

    await page.waitForTimeout(thinkMs); // the official typing a name and password
    await page.getByLabel('Tên đăng nhập').fill('stnmt.staff');
    await page.getByLabel('Mật khẩu').fill('demo1234');
    const t1 = performance.now();
    const bytesBeforeClick = sum(transfers);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await firstPageShown(page, inFlight);
    const firstPageMs = performance.now() - t1;
    return {
      loginFormMs,
      loginBytes,
      firstPageMs,
      firstPageBytes: sum(transfers) - bytesBeforeClick,
      totalBytes: sum(transfers),
      transfers: [...transfers],
    };
  } finally {
    await context.close();
  }
}

interface NetworkConditions {
  downKbit: number;
  upKbit: number;
  latencyMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

/**
 * The client's first load on a district's connection: the built client served by the real server,
 * opened in Chromium throttled through DevTools (1.6 Mbit/s down, 150 ms latency, cache disabled).
 * Measures the bytes and the time to the login form, then to the first page after signing in.
 * Between the two the user "types" for `--think` ms (default 3000, a quick typist's name and
 * password), time the client may use to fetch ahead; `--think=0` signs in at once.
 * `--build=0` reuses client/dist as it is.
 */
export async function run(args: string[]) {
  const runs = option(args, 'runs', 5);
  const thinkMs = option(args, 'think', 3000);
  const network: NetworkConditions = {
    downKbit: option(args, 'down', 1600),
    upKbit: option(args, 'up', 750),
    latencyMs: option(args, 'latency', 150),
  };
  if (option(args, 'build', 1)) {
    console.log('[first-load] building the client (npm run build -w client)');
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) throw new Error(`${CLIENT_DIST} has no index.html`);
  const assets = fs.readdirSync(path.join(CLIENT_DIST, 'assets'));
  const assetBytes = Object.fromEntries(
    assets.map((file) => [file, fs.statSync(path.join(CLIENT_DIST, 'assets', file)).size]),
  );

  recreateDatabase(DB);
  const server = await spawnServer({ DATABASE_URL: dbUrl(DB), CLIENT_DIST });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    await visit(browser, server.url, { downKbit: 1e6, upKbit: 1e6, latencyMs: 0 }, 0); // warm-up, not counted
    const visits: Visit[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await visit(browser, server.url, network, thinkMs);
      visits.push(result);
      console.log(
        `[first-load] run ${i + 1}: login form ${result.loginFormMs.toFixed(0)} ms (${kb(result.loginBytes)} KB), ` +
          `first page ${result.firstPageMs.toFixed(0)} ms (+${kb(result.firstPageBytes)} KB after the click, ${kb(result.totalBytes)} KB in all)`,
      );
    }
    const rows = [
      {
        step: 'open /login → login form visible',
        'median ms': median(visits.map((v) => v.loginFormMs)),
        'min ms': Math.min(...visits.map((v) => v.loginFormMs)),
        'max ms': Math.max(...visits.map((v) => v.loginFormMs)),
        'KB transferred': kb(median(visits.map((v) => v.loginBytes))),
      },
      {
        step: 'sign in → first page shown',
        'median ms': median(visits.map((v) => v.firstPageMs)),
        'min ms': Math.min(...visits.map((v) => v.firstPageMs)),
        'max ms': Math.max(...visits.map((v) => v.firstPageMs)),
        'KB transferred': kb(median(visits.map((v) => v.firstPageBytes))),
      },
      {
        step: 'in all, /login → first page',
        'median ms': median(visits.map((v) => v.loginFormMs + thinkMs + v.firstPageMs)),
        'min ms': Math.min(...visits.map((v) => v.loginFormMs + thinkMs + v.firstPageMs)),
        'max ms': Math.max(...visits.map((v) => v.loginFormMs + thinkMs + v.firstPageMs)),
        'KB transferred': kb(median(visits.map((v) => v.totalBytes))),
      },
    ];
    const met = median(visits.map((v) => v.loginFormMs)) <= TARGET_MS;
    console.log(
      `\nfirst-load: ${network.downKbit} kbit/s down, ${network.upKbit} kbit/s up, ${network.latencyMs} ms latency, cache disabled, ${thinkMs} ms typing, ${runs} runs`,
    );
    console.log(table(rows));
    console.log('\ntransfers of the last run:');
    console.log(
      table(
        visits[visits.length - 1].transfers.map((t) => ({
          url: t.url.replace(server.url, ''),
          KB: kb(t.bytes),
          encoding: t.contentEncoding || '-',
        })),
      ),
    );
    console.log(`\ntarget: first meaningful page (login form) ≤ ${TARGET_MS} ms (median): ${met ? 'met' : 'NOT met'}`);
    const file = writeResults('first-load', {
      settings: { runs, ...network, thinkMs, cacheDisabled: true, user: 'stnmt.staff' },
      assetBytes,
      visits,
      table: rows,
      target: { firstMeaningfulPageMs: TARGET_MS, met },
    });
    console.log(`written: ${file}`);
  } finally {
    await browser?.close();
    await server.stop();
    dropDatabase(DB);
  }
}
