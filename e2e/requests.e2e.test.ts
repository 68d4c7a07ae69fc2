import type { Page } from 'playwright-core';
import { withScreenshotOnFailure } from './browser';
import { openOutgoingRequest, startJourney, type Journey } from './journey';

const LIVE_TIMEOUT = 15_000;

/** A due date safely in the future whatever the time zone: 30 days from now, typed dd/MM/yyyy. */
function dueInAMonth(): string {
  return new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10).split('-').reverse().join('/');
}

describe('journey: a locality asks Sở TN&MT for coordination, the department answers, the locality closes it', () => {
  let journey: Journey;
  const atRequests = (username: string) => journey.signInAt(username, 'Đề nghị phối hợp');

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(() => journey?.stop());

  const statusBadge = (page: Page, label: string) => page.locator('.request-header .status-badge', { hasText: label });
  const unreadBadge = (page: Page, count: number) => page.locator(`.notification-bell__badge[data-count="${count}"]`);

  it('goes from submission to closure, live in every open window', async () => {
    const title = `Phối hợp rà soát hồ sơ cấp giấy chứng nhận tồn đọng ${Date.now()}`;

    // The department has its inbox open before anything is sent.
    const department = await atRequests('stnmt.staff');
    await withScreenshotOnFailure(department, 'requests-department-inbox', async () => {
      await department.getByRole('navigation', { name: 'Hộp đề nghị' }).getByRole('link', { name: 'Đến' }).waitFor();
      await department.locator('main table, main .state--empty').first().waitFor();
      if ((await department.getByRole('link', { name: title }).count()) !== 0)
        throw new Error('the request exists too early');
    });

    // The locality writes the request and sends it to Sở TN&MT.
    const locality = await atRequests('ubnd-dh.staff');
    let requestUrl = '';
    await withScreenshotOnFailure(locality, 'requests-locality-submits', async () => {
      await locality.getByRole('link', { name: 'Tạo đề nghị' }).click();
      await locality.waitForURL('**/requests/new');
      await locality.getByLabel('Tiêu đề').fill(title);
      await locality
        .getByLabel('Nội dung đề nghị')
        .fill('Đề nghị Sở chủ trì rà soát 120 hồ sơ tồn đọng tại huyện Đông Hưng.');
      await locality.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
      await locality.getByLabel('Độ ưu tiên').selectOption({ label: 'Cao' });
      await locality.getByLabel('Hạn xử lý').fill(dueInAMonth());
      await locality.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Sở Tài nguyên và Môi trường' });
      await locality.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await locality.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      await statusBadge(locality, 'Đã gửi').waitFor();
      await locality.getByText(/^PH-\d{4}-\d{4}$/).waitFor();
      requestUrl = locality.url();
    });

    // It lands in the department's open inbox and on its bell without a reload; the notification
    // leads to the request and is read from then on. The department answers.
    await withScreenshotOnFailure(department, 'requests-department-responds', async () => {
      await department.getByRole('link', { name: title }).waitFor({ timeout: LIVE_TIMEOUT });
      await unreadBadge(department, 1).waitFor({ timeout: LIVE_TIMEOUT });
      await department.getByRole('button', { name: 'Thông báo' }).click();
      await department.getByRole('dialog', { name: 'Thông báo' }).getByRole('link', { name: title }).click();
      await department.waitForURL(requestUrl);
      await department.locator('.notification-bell__badge').waitFor({ state: 'detached' });
      await department.getByRole('button', { name: 'Trả lời' }).click();
      await department
        .getByLabel('Nội dung trả lời')
        .fill('Sở đã rà soát, 98 hồ sơ đủ điều kiện, 22 hồ sơ cần bổ sung.');
      await department.getByRole('button', { name: 'Gửi trả lời' }).click();
      await statusBadge(department, 'Đã trả lời').waitFor();
    });

    // The locality's page, left open, shows the answer live, and its bell counts it.
    await withScreenshotOnFailure(locality, 'requests-locality-sees-reply', async () => {
      await statusBadge(locality, 'Đã trả lời').waitFor({ timeout: LIVE_TIMEOUT });
      await unreadBadge(locality, 1).waitFor({ timeout: LIVE_TIMEOUT });
      await locality.getByText('Sở đã rà soát, 98 hồ sơ đủ điều kiện, 22 hồ sơ cần bổ sung.').first().waitFor();
      // closing needs a lead: the staff member is not offered it
      if ((await locality.getByRole('button', { name: 'Đóng đề nghị' }).count()) !== 0) {
        throw new Error('a staff member was offered "Đóng đề nghị"');
      }
    });

    // The locality's lead finds it among the agency's outgoing requests and closes it.
    const lead = await atRequests('ubnd-dh.lead');
    await withScreenshotOnFailure(lead, 'requests-lead-closes', async () => {
      await openOutgoingRequest(lead, title);
      await lead.waitForURL(requestUrl);
      await lead.getByRole('button', { name: 'Đóng đề nghị' }).click();
      await lead.getByRole('button', { name: 'Xác nhận đóng' }).click();
      await statusBadge(lead, 'Đã đóng').waitFor();
    });

    await withScreenshotOnFailure(locality, 'requests-locality-sees-closed', async () => {
      await statusBadge(locality, 'Đã đóng').waitFor({ timeout: LIVE_TIMEOUT });
    });

    // In addition: the request's own address opens it after signing in there.
    const deepLink = await journey.signedIn('stnmt.lead', new URL(requestUrl).pathname);
    await withScreenshotOnFailure(deepLink, 'requests-deep-link', async () => {
      await deepLink.waitForURL(requestUrl);
      await statusBadge(deepLink, 'Đã đóng').waitFor();
    });
  });
});
