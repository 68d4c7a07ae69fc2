import type { Page } from 'playwright-core';
import { withScreenshotOnFailure } from './browser';
import { openFromMenu, openTab, startJourney, type Journey } from './journey';

const LIVE_TIMEOUT = 15_000;

describe('journey: Sở TN&MT proposes funding, Sở Tài chính appraises, the Committee decides', () => {
  let journey: Journey;
  const atProposals = (username: string) => journey.signInAt(username, 'Đề xuất');

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(() => journey?.stop());

  const statusBadge = (page: Page, label: string) => page.locator('.request-header .status-badge', { hasText: label });

  it('goes from a funding proposal to a printable numbered decision, live on the proposer’s open page', async () => {
    const title = `Kinh phí số hóa hồ sơ địa chính ${Date.now()}`;

    // The department's lead writes the proposal with one funding item and sends it.
    const department = await atProposals('stnmt.lead');
    let proposalPath = '';
    await withScreenshotOnFailure(department, 'proposals-department-submits', async () => {
      await department.getByRole('link', { name: 'Tạo đề xuất' }).click();
      await department.waitForURL('**/proposals/new');
      await department.getByLabel('Tên đề xuất').fill(title);
      await department
        .getByLabel('Sự cần thiết, căn cứ đề xuất')
        .fill('Phục vụ giải quyết các nhiệm vụ đất đai còn tồn đọng trong quý I.');
      await department.getByLabel('Loại, dòng 1').selectOption({ label: 'Kinh phí' });
      await department.getByLabel('Nội dung, dòng 1').fill('Số hóa 120.000 hồ sơ địa chính');
      await department.getByLabel('Số tiền (đồng), dòng 1').fill('1250000000');
      await department.getByLabel('Thuyết minh, dòng 1').fill('Theo định mức số hóa tài liệu lưu trữ.');
      await department.getByText('1.250.000.000 ₫').first().waitFor();
      await department.getByRole('button', { name: 'Gửi đề xuất' }).click();
      await department.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
      await statusBadge(department, 'Đang thẩm định').waitFor();
      await department.locator('.request-header__code', { hasText: /^ĐX-\d{4}-\d{4}$/ }).waitFor();
      proposalPath = new URL(department.url()).pathname;
    });

    // Finance finds it in its list and appraises the funding item: support.
    const finance = await atProposals('stc.lead');
    await withScreenshotOnFailure(finance, 'proposals-finance-appraises', async () => {
      await finance.getByRole('link', { name: title }).click();
      await finance.waitForURL(`**${proposalPath}`);
      await finance.getByRole('button', { name: 'Thẩm định', exact: true }).click();
      await finance.getByLabel('Đồng ý', { exact: true }).check();
      await finance.getByLabel('Nhận xét').fill('Sở Tài chính thống nhất mức kinh phí đề xuất.');
      await finance.getByRole('button', { name: 'Gửi ý kiến thẩm định' }).click();
      await statusBadge(finance, 'Chờ quyết định').waitFor();
    });

    // The vice-chair finds it in the queue awaiting a decision and decides, granting what Finance supported.
    const committee = await atProposals('ubnd.lead');
    let decisionNumber = '';
    await withScreenshotOnFailure(committee, 'proposals-committee-decides', async () => {
      await openTab(committee, 'Danh sách đề xuất', 'Chờ quyết định');
      await committee.getByRole('link', { name: title }).click();
      await committee.waitForURL(`**${proposalPath}`);
      await committee.getByRole('button', { name: 'Quyết định', exact: true }).click();
      const panel = committee.getByRole('form', { name: 'Quyết định' });
      await panel
        .getByLabel('Điều kiện, yêu cầu kèm theo')
        .fill('Sở TN&MT sử dụng kinh phí đúng mục đích, quyết toán theo quy định.');
      await panel.getByRole('button', { name: 'Ban hành quyết định' }).click();
      await statusBadge(committee, 'Đã quyết định').waitFor();
      const link = committee.getByRole('link', { name: /^Quyết định số \d+\/QĐ-UBND$/ });
      await link.waitFor();
      decisionNumber = ((await link.textContent()) ?? '').replace('Quyết định số ', '');
    });

    // The department's page, left open, shows the decision without a reload, then prints it.
    await withScreenshotOnFailure(department, 'proposals-department-sees-decision', async () => {
      await statusBadge(department, 'Đã quyết định').waitFor({ timeout: LIVE_TIMEOUT });
      await department.getByRole('link', { name: `Quyết định số ${decisionNumber}` }).click();
      await department.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
      await department.getByRole('heading', { level: 1, name: 'QUYẾT ĐỊNH' }).waitFor();
      await department.getByText(`Số: ${decisionNumber}`).waitFor();
      await department.getByText(/^Hòa Bình, ngày \d{2} tháng \d{2} năm \d{4}$/).waitFor(); // the place the server records
      await department.getByText('PHÓ CHỦ TỊCH', { exact: true }).waitFor();
      await department.getByText('1.250.000.000 ₫').first().waitFor();
      await department.getByRole('button', { name: 'In quyết định' }).waitFor();
    });

    // The register lists it: the Committee opens it from the menu.
    await withScreenshotOnFailure(committee, 'proposals-committee-register', async () => {
      await openFromMenu(committee, 'Quyết định');
      await committee.locator('main').getByRole('link', { name: decisionNumber, exact: true }).click();
      await committee.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
      await committee.getByText(`Số: ${decisionNumber}`).waitFor();
    });

    // In addition: the proposal's own address opens it after signing in there.
    const deepLink = await journey.signedIn('stc.staff', proposalPath);
    await withScreenshotOnFailure(deepLink, 'proposals-deep-link', async () => {
      await statusBadge(deepLink, 'Đã quyết định').waitFor();
    });
  });
});
