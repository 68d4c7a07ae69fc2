import type { Page } from 'playwright-core';
import { withScreenshotOnFailure } from './browser';
import { openFromMenu, startJourney, type Journey } from './journey';

// Issue 13 item 5: a typed form survives a reload. The browser asks before the reload (unsaved
// typing), the form offers the draft back, and once sent nothing is left in this browser.

/** A due date safely in the future whatever the time zone: 30 days from now, typed dd/MM/yyyy. */
function dueInAMonth(): string {
  return new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10).split('-').reverse().join('/');
}

const storedDrafts = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('lien-thong.draft.')));

describe('journey: a department staff member types a request, reloads, restores it and sends it', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(() => journey?.stop());

  it('keeps the typing through a reload and clears it once sent and at sign-out', async () => {
    const title = `Đề nghị phối hợp thẩm định giá đất ${Date.now()}`;
    const due = dueInAMonth();
    const page = await journey.signIn('stnmt.staff');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });

    await withScreenshotOnFailure(page, 'drafts-type', async () => {
      await openFromMenu(page, 'Đề nghị phối hợp');
      await page.getByRole('link', { name: 'Tạo đề nghị' }).click();
      await page.waitForURL('**/requests/new');
      await page.getByLabel('Tiêu đề').fill(title);
      await page.getByLabel('Nội dung đề nghị').fill('Đề nghị Sở Tài chính phối hợp thẩm định bảng giá đất năm tới.');
      await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
      await page.getByLabel('Hạn xử lý').fill(due);
      await page.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Sở Tài chính' });
    });

    await withScreenshotOnFailure(page, 'drafts-reload-restore', async () => {
      await page.reload(); // straight after typing: the last keystrokes are written as the page goes
      expect(dialogs).toEqual(['beforeunload']);
      const banner = page.getByRole('region', { name: /Có bản nháp chưa lưu từ/ });
      await banner.waitFor();
      expect(await page.getByLabel('Tiêu đề').inputValue()).toBe('');
      await banner.getByRole('button', { name: 'Khôi phục' }).click();
      await banner.waitFor({ state: 'detached' });
      expect(await page.getByLabel('Tiêu đề').inputValue()).toBe(title);
      expect(await page.getByLabel('Hạn xử lý').inputValue()).toBe(due);
      await page.getByLabel('Cơ quan chủ trì').locator('option:checked', { hasText: 'Sở Tài chính' }).waitFor({
        state: 'attached',
      });
    });

    await withScreenshotOnFailure(page, 'drafts-send', async () => {
      await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      await page.locator('.request-header .status-badge', { hasText: 'Đã gửi' }).waitFor();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await storedDrafts(page)).toEqual([]);
    });

    await withScreenshotOnFailure(page, 'drafts-sign-out', async () => {
      await openFromMenu(page, 'Đề nghị phối hợp');
      await page.getByRole('link', { name: 'Tạo đề nghị' }).click();
      await page.getByLabel('Tiêu đề').fill('Bản nháp không được để lại cho người sau');
      await page.waitForFunction(() => Object.keys(localStorage).some((name) => name.startsWith('lien-thong.draft.')));
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL('**/login**');
      expect(await storedDrafts(page)).toEqual([]);
    });
  });
});
