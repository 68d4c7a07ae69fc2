import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../server/src/test-support/test-app';
import { launchBrowser, withScreenshotOnFailure } from './browser';

const CLIENT_DIST = path.resolve(__dirname, '..', 'client', 'dist');

describe('journey: an official signs in on the work queue, finds the directory, signs out', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp({ config: { clientDist: CLIENT_DIST } });
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterEach(() => page?.close());
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function signIn(username: string) {
    await page.goto(t.url);
    await page.waitForURL('**/login**');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  it('stnmt.staff lands on the work queue, sees Sở TN&MT in the header and the directory, then logs out', () =>
    withScreenshotOnFailure(page, 'login-directory-logout', async () => {
      await signIn('stnmt.staff');
      // sign-in lands on the work queue (HOME_PATH)
      await page.waitForURL('**/work');
      await page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' }).waitFor();
      const header = page.locator('header');
      await header.getByText('Phạm Thu Hà').waitFor();
      await header
        .getByText(/Sở (TN&MT|Tài nguyên và Môi trường)/)
        .first()
        .waitFor();

      await page.getByRole('link', { name: 'Danh bạ cơ quan' }).first().click();
      await page.waitForURL('**/agencies');
      const main = page.locator('main');
      await main.getByText('Sở Tài nguyên và Môi trường', { exact: true }).first().waitFor();
      await main.getByText('Văn phòng Đăng ký đất đai', { exact: true }).first().waitFor();

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL('**/login**');
      // the session is gone on the server too: reloading a protected page lands on the login form again
      await page.goto(`${t.url}/agencies`);
      await page.waitForURL('**/login**');
    }));

  it('shows a clear message for a wrong password', () =>
    withScreenshotOnFailure(page, 'wrong-password', async () => {
      await page.goto(`${t.url}/login`);
      await page.getByLabel('Tên đăng nhập').fill('stnmt.staff');
      await page.getByLabel('Mật khẩu').fill('not-the-password');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    }));

  it('a new agency appears in an open directory without reloading', () =>
    withScreenshotOnFailure(page, 'live-directory', async () => {
      await signIn('stc.staff');
      await page.getByRole('link', { name: 'Danh bạ cơ quan' }).first().click();
      await page.locator('main').getByText('Sở Tài chính', { exact: true }).first().waitFor();

      const admin = await t.login('admin');
      // The page subscribes as soon as it renders; retry publishing with a bound until it shows.
      const deadline = Date.now() + 15_000;
      for (let i = 0; ; i++) {
        const code = `SVHTTDL${i}`;
        await t.gql(
          'mutation($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id } } }',
          {
            input: {
              code,
              name: `Sở Văn hóa, Thể thao và Du lịch ${i}`,
              shortName: `Sở VHTTDL ${i}`,
              kind: 'DEPARTMENT',
            },
          },
          admin,
        );
        const shown = await page
          .locator('main')
          .getByText(`Sở Văn hóa, Thể thao và Du lịch ${i}`, { exact: true })
          .waitFor({ timeout: 2000 })
          .then(
            () => true,
            () => false,
          );
        if (shown) break;
        if (Date.now() > deadline) throw new Error('the new agency never appeared in the open directory');
      }
    }));
});
