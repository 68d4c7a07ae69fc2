import type { Page } from 'playwright-core';
import { withScreenshotOnFailure } from './browser';
import { openFromMenu, startJourney, type Journey } from './journey';

const LIVE_TIMEOUT = 15_000;

/** The big number of one of the four groups, e.g. "Chưa hoàn thành, quá hạn". */
async function groupNumber(page: Page, label: string): Promise<number> {
  const link = page.getByRole('link', { name: new RegExp(`^\\d+ ${label}$`) });
  await link.waitFor();
  return Number(await link.locator('.group-number__value').textContent());
}

const groupLink = (page: Page, count: number, label: string) =>
  page.getByRole('link', { name: `${count} ${label}`, exact: true });

describe('journey: the Committee watches the province dashboard while Sở TN&MT completes a late land task', () => {
  let journey: Journey;
  /** Opens the dashboard from the menu with its default quarter, then picks `year`/`quarter`. */
  const showQuarter = async (page: Page, year: number, quarter: number) => {
    await openFromMenu(page, 'Tổng quan');
    await page.getByLabel('Quý', { exact: true }).selectOption(`${year}-${quarter}`);
    await page.waitForURL(
      (url) => url.searchParams.get('year') === `${year}` && url.searchParams.get('quarter') === `${quarter}`,
    );
  };

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true }); // the demo world, with its quarters of tasks
  });
  afterAll(() => journey?.stop());

  it('reads the article’s quarter, then the province numbers move live when a land task is completed', async () => {
    // The vice-chair opens the province's Q2/2023 before anything changes.
    const committee = await journey.signIn('ubnd.lead');
    let overdue = 0;
    let late = 0;
    await withScreenshotOnFailure(committee, 'dashboard-committee-reads', async () => {
      await showQuarter(committee, 2023, 2);
      await committee.getByRole('heading', { name: 'Toàn tỉnh — Quý II/2023' }).waitFor();
      overdue = await groupNumber(committee, 'Chưa hoàn thành, quá hạn');
      late = await groupNumber(committee, 'Hoàn thành quá hạn');
      if (overdue < 3) throw new Error(`expected the 3 carried-over land tasks among the overdue ones, got ${overdue}`);
      await committee
        .getByRole('region', { name: 'Các cơ quan, đơn vị' })
        .getByRole('link', { name: 'Sở TN&MT' })
        .waitFor();
      await committee.getByText(/^Cập nhật lúc \d{2}:\d{2}:\d{2}$/).waitFor();
      // marks this page: a reload would lose it
      await committee.evaluate(() => Object.assign(window, { __dashboardNotReloaded: true }));
    });

    // Sở TN&MT sees the article's Q1/2023 in one sentence, and its printable report.
    const department = await journey.signIn('stnmt.lead');
    await withScreenshotOnFailure(department, 'dashboard-department-q1', async () => {
      await showQuarter(department, 2023, 1);
      await department
        .getByText(
          'Sở TN&MT: 1 nhiệm vụ đột phá, 11/14 nhiệm vụ chuyên môn hoàn thành; 3 nhiệm vụ lĩnh vực đất đai chưa hoàn thành',
          { exact: true },
        )
        .waitFor();
      await groupLink(department, 3, 'Chưa hoàn thành, quá hạn').waitFor();
      // the CSV link downloads the quarter's tasks with the session cookie
      const csvPath = await department.getByRole('link', { name: 'Tải CSV nhiệm vụ' }).getAttribute('href');
      const csv = await department.request.get(new URL(csvPath ?? '', department.url()).href);
      if (
        !csv.ok() ||
        !(await csv.text()).includes('Giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng')
      ) {
        throw new Error(`the task CSV (${csvPath}) answered ${csv.status()} without the land task`);
      }
      await department.getByRole('link', { name: 'Báo cáo quý' }).click();
      await department
        .getByRole('heading', { level: 1, name: 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I/2023' })
        .waitFor();
      await department.getByRole('button', { name: 'In báo cáo' }).waitFor();
    });

    // It completes one of the land tasks carried into Q2/2023 (overdue): from its dashboard's
    // overdue number to the task list, narrowed to land.
    await withScreenshotOnFailure(department, 'dashboard-department-completes', async () => {
      await showQuarter(department, 2023, 2);
      await department.getByRole('link', { name: /^\d+ Chưa hoàn thành, quá hạn$/ }).click();
      await department.waitForURL('**/tasks?**');
      await department.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
      await department.waitForURL((url) => url.searchParams.get('domain') === 'LAND');
      await department.locator('main table a[href^="/tasks/"]').first().click();
      await department.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
      await department.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
      await department.getByLabel('Kết quả thực hiện').fill('Đã giải quyết xong hồ sơ tồn đọng tại các chi nhánh.');
      await department.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
      await department.getByRole('button', { name: 'Báo cáo hoàn thành' }).waitFor({ state: 'detached' });
    });

    // The Committee's open dashboard moves without a reload: one task from overdue to completed late.
    await withScreenshotOnFailure(committee, 'dashboard-committee-sees-it-move', async () => {
      await groupLink(committee, overdue - 1, 'Chưa hoàn thành, quá hạn').waitFor({ timeout: LIVE_TIMEOUT });
      await groupLink(committee, late + 1, 'Hoàn thành quá hạn').waitFor({ timeout: LIVE_TIMEOUT });
      if (!(await committee.evaluate(() => (window as unknown as Record<string, unknown>).__dashboardNotReloaded))) {
        throw new Error('the dashboard was reloaded');
      }
    });

    // In addition: a quarter in the address opens that quarter after signing in there.
    const deepLink = await journey.signedIn('ubnd.staff', '/dashboard?year=2023&quarter=1');
    await withScreenshotOnFailure(deepLink, 'dashboard-deep-link', async () => {
      await deepLink.getByRole('heading', { name: 'Toàn tỉnh — Quý I/2023' }).waitFor();
    });
  });
});
