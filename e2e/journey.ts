import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Config } from '../server/src/config';
import { startTestApp, type TestApp } from '../server/src/test-support/test-app';
import { launchBrowser } from './browser';

const CLIENT_DIST = path.resolve(__dirname, '..', 'client', 'dist');

/** The real app serving the built client, and a browser in which several officials sign in. */
export interface Journey {
  app: TestApp;
  /** A new browser context, not signed in: its own cookies, its own live connection (`options`: a phone, a locale). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A new context signed in on the landing page `/`, as an official starts the day. */
  signIn(username: string): Promise<Page>;
  /** The same, then `section` opened from the main navigation. */
  signInAt(username: string, section: string): Promise<Page>;
  /** A new context that opens a deep link and signs in there (deep links are checked in addition). */
  signedIn(username: string, startAt: string): Promise<Page>;
  stop(): Promise<void>;
}

/** Types the demo credentials into the login form the page shows, and waits for the app. */
export async function signInOnForm(page: Page, username: string): Promise<void> {
  await page.waitForURL('**/login**');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A section's link in the main navigation, by its label: read "Đề nghị phối hợp", or
 * "Đề nghị phối hợp 3 việc" while the work queue has items for that section.
 */
export const menuLink = (page: Page, label: string) =>
  mainNav(page).getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}( \\d+\\+? việc)?$`) });

/** Clicks a section in the main navigation and waits for its page to be the current one. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  await menuLink(page, label).click();
  await menuLink(page, label).and(page.locator('[aria-current="page"]')).waitFor();
}

/** Clicks tab `name` in the row of tabs labelled `tabs` (e.g. "Hộp đề nghị" › "Đi"). */
export async function openTab(page: Page, tabs: string, name: string): Promise<void> {
  await page.getByRole('navigation', { name: tabs }).getByRole('link', { name, exact: true }).click();
}

/** From the requests section: the agency's outgoing requests, then the one titled `title`. */
export async function openOutgoingRequest(page: Page, title: string): Promise<void> {
  await openTab(page, 'Hộp đề nghị', 'Đi');
  await page.getByRole('link', { name: title }).click();
}

/** `config`: e.g. `{ demoRequests: true }` for the whole demo world (requests, tasks, proposals). */
export async function startJourney(config: Partial<Config> = {}): Promise<Journey> {
  const app = await startTestApp({ config: { clientDist: CLIENT_DIST, ...config } });
  const browser: Browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  async function newPage(options: BrowserContextOptions = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    return context.newPage();
  }
  async function signedIn(username: string, startAt: string) {
    const page = await newPage();
    await page.goto(`${app.url}${startAt}`);
    await signInOnForm(page, username);
    return page;
  }
  return {
    app,
    newPage,
    signedIn,
    signIn: (username) => signedIn(username, '/'),
    async signInAt(username, section) {
      const page = await signedIn(username, '/');
      await openFromMenu(page, section);
      return page;
    },
    async stop() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await app.stop();
    },
  };
}
