import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = path.join(__dirname, 'artifacts');

/**
 * Headless Chromium (the one e2e/global-setup.ts resolved, see chromium.ts) with the flags this
 * closed network needs. Playwright gives the browser a fresh temporary profile, and every
 * `newPage()` its own context (no shared cookies).
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath || !fs.existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath ?? '(CHROMIUM_PATH unset: run through jest, whose e2e global setup resolves it)'}`,
    );
  }
  return chromium.launch({
    executablePath,
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
}

/** Runs a journey step; on failure saves a screenshot named after the test before rethrowing. */
export async function withScreenshotOnFailure<T>(page: Page, name: string, journey: () => Promise<T>): Promise<T> {
  try {
    return await journey();
  } catch (error) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`${(error as Error).message}\n(screenshot: ${file})`, { cause: error });
  }
}
