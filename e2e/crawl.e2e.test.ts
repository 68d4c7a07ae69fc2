import type { Page } from 'playwright-core';
import { mainNav, menuLink, openFromMenu, signInOnForm, startJourney, type Journey } from './journey';
import { watchProblems } from './page-problems';

/** Every kind of official in the demo world (README "Demo logins"). */
const ROLES: [username: string, who: string][] = [
  ['ubnd.lead', 'Committee lead'],
  ['ubnd.staff', 'Committee staff'],
  ['stnmt.lead', 'department lead'],
  ['stnmt.staff', 'department staff'],
  ['stc.lead', 'Finance'],
  ['snv.lead', 'Home Affairs'],
  ['ubnd-dh.staff', 'district'],
  ['admin', 'administrator'],
];

/** Tabs as the app draws them: ARIA tabs, or the link rows of `.box-tabs` (inboxes, proposal lists). */
const TABS = 'main [role="tab"], main .box-tabs a';

const SELECTED_TAB = 'main [role="tab"][aria-selected="true"], main .box-tabs a[aria-current="page"]';

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** What a section's heading offers (new request, new proposal, quarterly report...), downloads aside. */
const HEADING_ACTIONS = 'main .page-heading a:not([download])';

/** The main navigation as rendered for this official: a new section is crawled without touching this file. */
async function menuLinks(page: Page): Promise<{ name: string; path: string }[]> {
  const links = await mainNav(page).getByRole('link').all();
  return Promise.all(
    links.map(async (link) => ({
      // the label alone: a count badge may follow it (the work queue's, live)
      name: (await link.locator('.main-nav__label').innerText()).trim(),
      path: (await link.getAttribute('href')) ?? '',
    })),
  );
}

describe('crawl: every demo role signs in on / and opens every menu page, tab and heading action with its defaults, without an error', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true });
  });
  afterAll(() => journey?.stop());

  it.each(ROLES)(
    '%s (%s)',
    async (username) => {
      const page = await journey.newPage();
      const watch = watchProblems(page);
      const visited: string[] = [];
      try {
        watch.step('sign in on /');
        await page.goto(`${journey.app.url}/`);
        await signInOnForm(page, username);
        await watch.settle();

        const links = await menuLinks(page);
        if (links.length === 0) throw new Error('no link in the main navigation');
        for (const link of links) {
          watch.step(`menu "${link.name}"`);
          await menuLink(page, link.name).click();
          await page.waitForURL((url) => url.pathname === link.path);
          await watch.settle();
          visited.push(link.name);

          const tabs = page.locator(TABS);
          const count = await tabs.count();
          for (let i = 0; i < count; i++) {
            const tab = tabs.nth(i);
            const name = (await tab.innerText()).trim();
            watch.step(`menu "${link.name}" › tab "${name}"`);
            await tab.click();
            await page
              .locator(SELECTED_TAB)
              .filter({ hasText: exactly(name) })
              .waitFor({ timeout: 10_000 });
            await watch.settle();
            visited.push(`${link.name} › ${name}`);
          }

          // each action of the section's heading, coming back by the menu in between
          const actions = await page.locator(HEADING_ACTIONS).count();
          for (let i = 0; i < actions; i++) {
            if (i > 0) await openFromMenu(page, link.name);
            const action = page.locator(HEADING_ACTIONS).nth(i);
            const name = (await action.innerText()).trim();
            const target = new URL((await action.getAttribute('href')) ?? '', page.url()).pathname;
            watch.step(`menu "${link.name}" › "${name}"`);
            await action.click();
            await page.waitForURL((url) => url.pathname === target);
            await watch.settle();
            visited.push(`${link.name} › ${name}`);
          }
        }
        // a watcher that saw nothing would pass anything
        if (watch.seen.graphqlAnswers === 0 || watch.seen.socketFrames === 0) {
          throw new Error(
            `the watcher saw ${watch.seen.graphqlAnswers} GraphQL answers and ${watch.seen.socketFrames} WebSocket frames`,
          );
        }
      } catch (error) {
        watch.problems.push({ step: 'crawl stopped', url: page.url(), what: (error as Error).message.split('\n')[0] });
      } finally {
        await page.context().close();
      }
      if (watch.problems.length > 0) {
        throw new Error(
          `${username}: ${watch.problems.length} problem(s) while crawling ${visited.join(', ')}\n${watch.report()}`,
        );
      }
    },
    180_000,
  );
});
