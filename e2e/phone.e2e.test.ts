import type { Page } from 'playwright-core';
import { mainNav, signInOnForm, startJourney, type Journey } from './journey';
import { watchProblems } from './page-problems';
import {
  axeViolations,
  dropHiddenLinkedRequests,
  horizontalScrollProblem,
  menuButton,
  openMainNav,
  PHONE,
  visitEveryPage,
} from './screen-checks';

/** The main roles (README "Demo logins"): the Committee, a department, Finance, the administrator. */
const ROLES = ['ubnd.lead', 'stnmt.staff', 'stc.lead', 'admin'];

// Not `isMobile`: a mobile viewport zooms out to fit what is too wide, which would hide the overflow
// this crawl looks for (a phone shows it as a page shrunk to illegible, or scrolling sideways).
const phone = { viewport: PHONE, hasTouch: true };

/**
 * What must hold on every page at phone width: nothing scrolls sideways, each cell of a table (a
 * card on a phone) names its column, no date input whose format follows the browser's locale, and
 * axe finds nothing serious in the phone's layout either.
 */
async function phoneProblems(page: Page): Promise<string[]> {
  const problems = [await horizontalScrollProblem(page), await axeViolations(page)];
  const unlabelled = await page.locator('main table tbody tr > td:not([colspan]):not([data-label])').count();
  if (unlabelled > 0) problems.push(`${unlabelled} table cell(s) without their column's name`);
  const nativeDates = await page.locator('input[type="date"]').count();
  if (nativeDates > 0) problems.push(`${nativeDates} <input type="date"> (its format follows the browser's locale)`);
  return problems.filter(Boolean);
}

describe('phone: at 390×844 each main role signs in on /, opens every page by the folded menu, and nothing scrolls sideways', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true });
  });
  afterAll(() => journey?.stop());

  it('the check can fail: a page wider than the phone is caught', async () => {
    const page = await journey.newPage(phone);
    await page.goto(`${journey.app.url}/`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await horizontalScrollProblem(page)).toBe('');
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.className = 'too-wide';
      wide.style.width = '758px';
      wide.textContent = 'Bảng kê quá rộng'; // an empty box does not count as overflow
      document.body.append(wide);
    });
    expect(await horizontalScrollProblem(page)).toMatch(/sideways by \d+ px: div\.too-wide/);
  });

  it.each(ROLES)(
    '%s',
    async (username) => {
      const page = await journey.newPage(phone);
      const watch = watchProblems(page);
      const found: string[] = [];
      const check = async (name: string) => {
        for (const problem of await phoneProblems(page)) found.push(`${name} (${page.url()}): ${problem}`);
      };
      watch.step('sign in on /');
      await page.goto(`${journey.app.url}/`);
      await page.getByLabel('Tên đăng nhập').waitFor();
      await check('sign-in page');
      await signInOnForm(page, username);
      await watch.settle();

      // the sections are folded behind the menu button, which says whether it is open
      const firstSection = mainNav(page).getByRole('link').first();
      expect(await firstSection.isVisible()).toBe(false);
      expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');
      await openMainNav(page);
      await check('the menu, open');

      const visited = await visitEveryPage(page, watch.settle, async (name) => {
        watch.step(name);
        await check(name);
        // choosing a section folds the menu again
        expect(await firstSection.isVisible()).toBe(false);
      });
      await page.context().close();
      expect(visited.length).toBeGreaterThan(5);
      expect(found.join('\n')).toBe('');
      dropHiddenLinkedRequests(watch.problems);
      expect(watch.report()).toBe('');
    },
    240_000,
  );
});
