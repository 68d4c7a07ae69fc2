import type { Page } from 'playwright-core';
import { withScreenshotOnFailure } from './browser';
import { mainNav, openFromMenu, startJourney, type Journey } from './journey';

/** How long a change may take to reach an open work queue (a feed event, then a re-read). */
const LIVE_TIMEOUT = 15_000;

/** Demo requests (seeds/src/requests.ts) the officials below start their day with. */
const STAFFING = 'Phối hợp bổ sung biên chế cho Văn phòng Đăng ký đất đai';
const NAM_PHUOC = 'Giải quyết khiếu nại của người dân về chậm cấp giấy chứng nhận tại thị xã Nam Phước';

const requestsGroup = (page: Page) => page.getByRole('region', { name: /^Đề nghị phối hợp/ });
const itemAbout = (page: Page, title: string) =>
  requestsGroup(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title }) });

/** Signs in on `/` and checks that the day starts on the work queue. */
async function startTheDay(journey: Journey, username: string): Promise<Page> {
  const page = await journey.signIn(username);
  await page.waitForURL((url) => url.pathname === '/work');
  await page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' }).waitFor();
  return page;
}

describe('journeys: officials start the day on their work queue (Việc cần xử lý)', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true });
  });
  afterAll(() => journey?.stop());

  it('a department (Sở Tài chính) acknowledges a request from its queue; back by the menu, the item has moved on', async () => {
    const page = await startTheDay(journey, 'stc.staff');
    await withScreenshotOnFailure(page, 'work-queue-department', async () => {
      const item = itemAbout(page, STAFFING);
      await item.getByText('Đề nghị của Sở TN&MT chờ Sở Tài chính tiếp nhận.').waitFor();
      // the menu counts it, and says so to a screen reader
      await mainNav(page).getByRole('link', { name: 'Đề nghị phối hợp 1 việc' }).waitFor();

      await item.getByRole('link', { name: STAFFING }).click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      // acknowledged: answering is what is left
      await page.getByRole('button', { name: 'Trả lời', exact: true }).waitFor();

      await openFromMenu(page, 'Việc cần xử lý');
      await itemAbout(page, STAFFING)
        .getByText('Sở Tài chính đã tiếp nhận đề nghị của Sở TN&MT, chưa trả lời.')
        .waitFor({ timeout: LIVE_TIMEOUT });
      if ((await page.getByText('Đề nghị của Sở TN&MT chờ Sở Tài chính tiếp nhận.').count()) !== 0)
        throw new Error('the request still waits for acknowledgement in the queue');

      // answering it takes it out of the queue, and out of the menu's count
      await itemAbout(page, STAFFING).getByRole('link', { name: STAFFING }).click();
      await page.getByRole('button', { name: 'Trả lời', exact: true }).click();
      await page.getByLabel('Nội dung trả lời').fill('Sở Tài chính thống nhất bố trí kinh phí cho 12 vị trí.');
      await page.getByRole('button', { name: 'Gửi trả lời' }).click();
      await page.getByRole('button', { name: 'Trả lời', exact: true }).waitFor({ state: 'detached' });
      await openFromMenu(page, 'Việc cần xử lý');
      await mainNav(page)
        .getByRole('link', { name: 'Đề nghị phối hợp', exact: true })
        .waitFor({ timeout: LIVE_TIMEOUT });
      await requestsGroup(page)
        .getByRole('link', { name: STAFFING })
        .waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
      // the rest of the queue is still there: Finance's unfinished 2023 task
      await page.getByRole('region', { name: /^Nhiệm vụ/ }).waitFor();
    });
  });

  it('the Committee (ubnd.lead) gives its directive on an overdue escalation from its queue; the item leaves it', async () => {
    const page = await startTheDay(journey, 'ubnd.lead');
    await withScreenshotOnFailure(page, 'work-queue-committee', async () => {
      const item = itemAbout(page, NAM_PHUOC);
      await item.getByText('Đề nghị của UBND TX Nam Phước đã chuyển UBND tỉnh, chờ ý kiến chỉ đạo.').waitFor();
      await item.getByText('Quá hạn').waitFor();

      await item.getByRole('link', { name: NAM_PHUOC }).click();
      await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      await page.getByRole('button', { name: 'Chỉ đạo xử lý' }).click();
      await page
        .getByLabel('Nội dung chỉ đạo')
        .fill('Giao Văn phòng Đăng ký đất đai tỉnh chủ trì, giải quyết dứt điểm và trả lời công dân.');
      await page.getByLabel('Cơ quan chủ trì mới').selectOption({ label: 'Văn phòng Đăng ký đất đai' });
      await page.getByRole('button', { name: 'Ban hành chỉ đạo' }).click();
      await page.locator('.request-header .status-badge', { hasText: 'Đang xử lý' }).waitFor();

      await openFromMenu(page, 'Việc cần xử lý');
      await page.getByRole('heading', { level: 1, name: 'Việc cần xử lý' }).waitFor();
      await requestsGroup(page)
        .getByRole('link', { name: NAM_PHUOC })
        .waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
      // the rest of the queue is still there: the proposal awaiting its decision
      await page.getByRole('region', { name: /^Đề xuất/ }).waitFor();
    });
  });
});
