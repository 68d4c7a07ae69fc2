import type { Locator, Page } from 'playwright-core';
import { mainNav, menuLink, openFromMenu, signInOnForm, startJourney, type Journey } from './journey';
import { watchProblems } from './page-problems';
import { axeViolations, dropHiddenLinkedRequests, menuButton, PHONE, visitEveryPage } from './screen-checks';

/** The main roles (README "Demo logins"): the Committee, a department, Finance, the administrator. */
const ROLES = ['ubnd.lead', 'stnmt.staff', 'stc.lead', 'admin'];

/** How many Tab presses may pass before a control counts as unreachable by keyboard. */
const TAB_LIMIT = 40;

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** What the focused element is, and whether it shows that it has the focus (an outline or a ring). */
const focusNow = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      name: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
      visible: outlined || style.boxShadow !== 'none',
    };
  });

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails past
 * TAB_LIMIT presses. Every control passed on the way must show its focus: those that do not are
 * added to `unseen`.
 */
async function tabTo(page: Page, target: Locator, unseen: string[], key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < TAB_LIMIT; presses++) {
    await page.keyboard.press(key);
    const focus = await focusNow(page);
    if (focus && !focus.visible) unseen.push(focus.name);
    if (await isFocused(target)) return;
  }
  throw new Error(`${TAB_LIMIT} presses of ${key} did not reach ${target}`);
}

describe('accessibility: axe-core finds no serious or critical WCAG 2.1 A/AA violation on any main page', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true });
  });
  afterAll(() => journey?.stop());

  it('the sign-in page', async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.app.url}/`);
    await page.waitForURL('**/login**');
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await axeViolations(page)).toBe('');
  });

  it('axe sees a violation when there is one (the check can fail)', async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.app.url}/`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    // an unlabelled field, as a careless change would add
    await page.evaluate(() => document.querySelector('form')?.append(document.createElement('input')));
    expect(await axeViolations(page)).toMatch(/critical label/);
  });

  it.each(ROLES)(
    '%s: every section, create form, report and a record of each kind',
    async (username) => {
      const page = await journey.newPage();
      const watch = watchProblems(page);
      const found: string[] = [];
      await page.goto(`${journey.app.url}/`);
      await signInOnForm(page, username);
      await watch.settle();
      const visited = await visitEveryPage(page, watch.settle, async (name) => {
        watch.step(name);
        const violations = await axeViolations(page);
        if (violations) found.push(`${name} (${page.url()}):\n${violations}`);
      });
      // the notifications popover, open: checked too, and Escape gives the focus back to the bell
      const bell = page.getByRole('button', { name: 'Thông báo', exact: true });
      await bell.click();
      await page.getByRole('dialog').waitFor();
      await watch.settle();
      const inPanel = await axeViolations(page);
      if (inPanel) found.push(`the notifications popover:\n${inPanel}`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await isFocused(bell)).toBe(true);
      await page.context().close();
      expect(visited.length).toBeGreaterThan(5);
      expect(found.join('\n\n')).toBe('');
      dropHiddenLinkedRequests(watch.problems);
      expect(watch.report()).toBe('');
    },
    240_000,
  );

  it('keyboard only: sign in, skip to the content, open a section from the menu, each focus visible', async () => {
    const page = await journey.newPage();
    const unseen: string[] = [];
    await page.goto(`${journey.app.url}/`);
    const username = page.getByLabel('Tên đăng nhập');
    await username.waitFor();
    await tabTo(page, username, unseen);
    await page.keyboard.type('stnmt.staff');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel('Mật khẩu'))).toBe(true);
    await page.keyboard.type('demo1234');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();

    // the first stop of the page: the skip link, shown while it has the focus
    const skip = page.getByRole('link', { name: 'Bỏ qua, tới nội dung chính' });
    await tabTo(page, skip, unseen);
    expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');

    // back from the content into the main navigation, then a section by Enter
    const tasks = menuLink(page, 'Nhiệm vụ');
    await tabTo(page, tasks, unseen, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tasks');
    await page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' }).waitFor();
    await page.context().close();
    expect(unseen).toEqual([]);
  });

  it('keyboard only on a phone: the menu button opens the sections, Escape folds them and gives the focus back', async () => {
    const page = await journey.newPage({ viewport: PHONE });
    const unseen: string[] = [];
    await page.goto(`${journey.app.url}/`);
    await signInOnForm(page, 'stc.lead');
    const button = menuButton(page);
    const firstSection = mainNav(page).getByRole('link').first();
    expect(await firstSection.isVisible()).toBe(false);

    await tabTo(page, button, unseen);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await isFocused(firstSection)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await firstSection.isVisible()).toBe(false);
    expect(await isFocused(button)).toBe(true);

    await page.keyboard.press('Enter');
    await tabTo(page, menuLink(page, 'Quyết định'), unseen);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/decisions');
    await page.getByRole('heading', { level: 1, name: 'Quyết định' }).waitFor();
    // choosing folds the menu and leaves the focus on the new page, not on a hidden link
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await page.context().close();
    expect(unseen).toEqual([]);
  });

  it('in an English-locale browser a date field still shows and takes dd/MM/yyyy', async () => {
    const page = await journey.newPage({ locale: 'en-US' });
    await page.goto(`${journey.app.url}/`);
    await signInOnForm(page, 'stnmt.staff');
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');

    await openFromMenu(page, 'Tổng quan');
    const asOf = page.getByLabel('Số liệu tính đến ngày');
    expect(await asOf.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    await openFromMenu(page, 'Đề nghị phối hợp');
    await page.locator('main .page-heading').getByRole('link', { name: 'Tạo đề nghị' }).click();
    const due = page.getByLabel('Hạn xử lý');
    expect(await due.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await due.fill('5/1/2030');
    await due.blur();
    expect(await due.inputValue()).toBe('05/01/2030');
    // month first, as an English browser writes it, is no day at all here
    await due.fill('12/25/2030');
    await due.blur();
    await page.getByText('Không có ngày này trong lịch.').waitFor();
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });
});
