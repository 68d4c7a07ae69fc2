import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Config } from '../server/src/config';
import { startTestApp } from '../server/src/test-support/test-app';
import { launchBrowser } from './browser';

const CLIENT_DIST = path.resolve(__dirname, '..', 'client', 'dist');

/** The real app serving the built client, and a browser in which several officials sign in. */
export interface Journey {
  /** A separate browser context per official: their own cookies, their own live connection. */
  signedIn(username: string, startAt: string): Promise<Page>;
  stop(): Promise<void>;
}

/** `config`: e.g. `{ demoRequests: true }` for the whole demo world (requests, tasks, proposals). */
export async function startJourney(config: Partial<Config> = {}): Promise<Journey> {
  const t = await startTestApp({ config: { clientDist: CLIENT_DIST, ...config } });
  const browser: Browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    async signedIn(username, startAt) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${t.url}${startAt}`);
      await page.waitForURL('**/login**');
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill('demo1234');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      return page;
    },
    async stop() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await t.stop();
    },
  };
}
