import type { Page } from 'playwright-core';
import { withScreenshotOnFailure } from './browser';
import { menuLink, openOutgoingRequest, openTab, signInOnForm, startJourney, type Journey } from './journey';

/** A due date safely in the future whatever the time zone: 30 days from now, typed dd/MM/yyyy. */
const dueInAMonth = () =>
  new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10).split('-').reverse().join('/');

/** The seeded proposal Finance has appraised: it waits for the Committee's decision. */
const AWAITING_DECISION = 'Kinh phí vận hành mạng lưới quan trắc môi trường nước mặt các lưu vực sông';

const statusBadge = (page: Page, label: string) => page.locator('.request-header .status-badge', { hasText: label });

describe('unhappy paths: what goes wrong for officials is shown plainly, and they can recover', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true });
  });
  afterAll(() => journey?.stop());

  const atRequests = (username: string) => journey.signInAt(username, 'Đề nghị phối hợp');

  /** A draft two officials of one agency can both edit, written and found as they would. */
  interface DraftWorkflow {
    section: string;
    create: string;
    titleLabel: string;
    bodyLabel: string;
    /** Fills the rest of a new draft's form. */
    fill(page: Page): Promise<void>;
    /** From the section's page, opens the draft titled `title`. */
    find(page: Page, title: string): Promise<void>;
  }

  const DRAFTS: [workflow: string, author: string, other: string, draft: DraftWorkflow][] = [
    [
      'requests',
      'ubnd-dh.staff',
      'ubnd-dh.lead',
      {
        section: 'Đề nghị phối hợp',
        create: 'Tạo đề nghị',
        titleLabel: 'Tiêu đề',
        bodyLabel: 'Nội dung đề nghị',
        async fill(page) {
          await page.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
          await page.getByLabel('Hạn xử lý').fill(dueInAMonth());
          await page.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Sở Tài nguyên và Môi trường' });
        },
        find: openOutgoingRequest,
      },
    ],
    [
      'proposals',
      'stnmt.staff',
      'stnmt.lead',
      {
        section: 'Đề xuất',
        create: 'Tạo đề xuất',
        titleLabel: 'Tên đề xuất',
        bodyLabel: 'Sự cần thiết, căn cứ đề xuất',
        async fill(page) {
          await page.getByLabel('Loại, dòng 1').selectOption({ label: 'Kinh phí' });
          await page.getByLabel('Nội dung, dòng 1').fill('Số hóa hồ sơ địa chính');
          await page.getByLabel('Số tiền (đồng), dòng 1').fill('250000000');
          await page.getByLabel('Thuyết minh, dòng 1').fill('Theo định mức số hóa tài liệu.');
        },
        find: (page, title) => page.getByRole('link', { name: title }).click(),
      },
    ],
  ];

  it.each(DRAFTS)(
    '%s: two officials edit the same draft; the second save is told of the conflict and reloads the first one’s version',
    async (workflow, author, other, draft) => {
      const title = `Bản nháp sửa cùng lúc ${Date.now()}`;
      const othersTitle = `${title} (lãnh đạo sửa)`;

      // One official writes a draft, saves it and goes on editing it.
      const first = await journey.signInAt(author, draft.section);
      let draftUrl = '';
      await withScreenshotOnFailure(first, `unhappy-${workflow}-draft`, async () => {
        await first.getByRole('link', { name: draft.create }).click();
        await first.getByLabel(draft.titleLabel).fill(title);
        await first.getByLabel(draft.bodyLabel).fill('Nội dung ban đầu của bản nháp.');
        await draft.fill(first);
        await first.getByRole('button', { name: 'Lưu nháp' }).click();
        await first.waitForURL(/\/[0-9a-f-]{36}$/);
        draftUrl = first.url();
        await first.getByRole('link', { name: 'Sửa bản nháp' }).click();
        await first.getByLabel(draft.titleLabel).waitFor();
      });

      // Meanwhile the agency's lead finds the same draft from the section's page and saves a change first.
      const second = await journey.signInAt(other, draft.section);
      await withScreenshotOnFailure(second, `unhappy-${workflow}-other-edits`, async () => {
        await draft.find(second, title);
        await second.waitForURL(draftUrl);
        await second.getByRole('link', { name: 'Sửa bản nháp' }).click();
        await second.getByLabel(draft.titleLabel).fill(othersTitle);
        await second.getByRole('button', { name: 'Lưu nháp' }).click();
        await second.waitForURL(draftUrl);
        await second.getByRole('heading', { level: 1, name: othersTitle }).waitFor();
      });

      // The first official's save, on the version read before, is refused with the conflict
      // message; "reload" brings the other's version into the form.
      await withScreenshotOnFailure(first, `unhappy-${workflow}-conflict`, async () => {
        await first.getByLabel(draft.bodyLabel).fill('Nội dung sửa trên bản đã cũ.');
        await first.getByRole('button', { name: 'Lưu nháp' }).click();
        const alert = first
          .getByRole('alert')
          .filter({ hasText: 'Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.' });
        await alert.waitFor();
        await alert.getByRole('button', { name: 'Tải lại bản nháp' }).click();
        await first.waitForFunction(
          ([label, expected]) => {
            const field = [...document.querySelectorAll('label')].find(
              (candidate) => candidate.textContent?.trim() === label,
            );
            return (document.getElementById(field?.htmlFor ?? '') as HTMLInputElement | null)?.value === expected;
          },
          [draft.titleLabel, othersTitle],
          { timeout: 10_000 },
        );
      });
    },
  );

  it('proposals: Committee staff is not offered the decision a Committee lead is offered', async () => {
    const openAwaiting = async (username: string) => {
      const page = await journey.signInAt(username, 'Đề xuất');
      await openTab(page, 'Danh sách đề xuất', 'Chờ quyết định');
      await page.getByRole('link', { name: AWAITING_DECISION }).click();
      await statusBadge(page, 'Chờ quyết định').waitFor();
      return page;
    };

    const lead = await openAwaiting('ubnd.lead');
    await withScreenshotOnFailure(lead, 'unhappy-proposals-lead-may-decide', async () => {
      await lead.getByRole('button', { name: 'Quyết định', exact: true }).waitFor();
    });

    const staff = await openAwaiting('ubnd.staff');
    await withScreenshotOnFailure(staff, 'unhappy-proposals-staff-may-not', async () => {
      // the header and the actions render from the same answer: the badge above means it is all drawn
      if ((await staff.getByRole('button', { name: 'Quyết định', exact: true }).count()) !== 0) {
        throw new Error('Committee staff was offered "Quyết định", a Committee lead’s action');
      }
    });
  });

  it('tasks: only a Committee lead is offered to assign a task', async () => {
    const assignLink = (page: Page) => page.locator('main').getByRole('link', { name: 'Giao nhiệm vụ' });
    const lead = await journey.signInAt('ubnd.lead', 'Nhiệm vụ');
    await withScreenshotOnFailure(lead, 'unhappy-tasks-lead-may-assign', async () => {
      await assignLink(lead).waitFor();
    });
    const staff = await journey.signInAt('ubnd.staff', 'Nhiệm vụ');
    await withScreenshotOnFailure(staff, 'unhappy-tasks-staff-may-not', async () => {
      await staff.locator('main table a[href^="/tasks/"]').first().waitFor(); // the list is drawn
      if ((await assignLink(staff).count()) !== 0) throw new Error('Committee staff was offered "Giao nhiệm vụ"');
    });
  });

  it('an expired session takes the official to the login page (at once, or at the next click), and back there after signing in', async () => {
    const page = await atRequests('stnmt.staff');
    await withScreenshotOnFailure(page, 'unhappy-expired-session', async () => {
      await page.locator('main table, main .state--empty').first().waitFor();
      // every session of this official ends elsewhere (another device's "sign out everywhere")
      const token = await journey.app.login('stnmt.staff');
      const ended = await journey.app.gql('mutation { logoutEverywhere }', {}, token);
      if (!ended.data?.logoutEverywhere) throw new Error(`logoutEverywhere failed: ${JSON.stringify(ended.errors)}`);

      // A live socket may already have been told (then the app leaves for the login page by
      // itself); otherwise the next click must be answered UNAUTHENTICATED and lead there.
      if (!page.url().includes('/login')) {
        await menuLink(page, 'Đề xuất')
          .click({ timeout: 5_000 })
          .catch(() => undefined);
      }
      await page.waitForURL('**/login**', { timeout: 15_000 }).catch(async () => {
        throw new Error(
          `still on ${page.url()} after the session ended, showing: ${(await page.locator('main').innerText()).slice(0, 200)}`,
        );
      });
      // back where the session ended: the requests, or the proposals if the click found out
      await signInOnForm(page, 'stnmt.staff');
      await page.waitForURL((url) => url.pathname === '/requests' || url.pathname === '/proposals', {
        timeout: 10_000,
      });
      await page.locator('main h1').first().waitFor();
    });
  });

  // Reload mid-form: the app keeps no unsaved form in the browser (only "Lưu nháp" on the server),
  // so a reload loses what was typed and there is nothing to assert yet.
});
