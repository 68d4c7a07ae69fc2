import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { mainNav, menuLink } from './journey';

// Checks any page can be put through, whatever its feature: a phone-width layout, the axe-core
// accessibility rules, and walking the main navigation as it is drawn (collapsed on a phone).

/** The phone every page must fit (an iPhone 12–14 in CSS pixels). */
export const PHONE = { width: 390, height: 844 } as const;

/** The WCAG 2.1 A and AA rule sets of axe-core. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Impacts that fail a page: axe's `serious` and `critical` (minor and moderate are reported, not failed). */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

let axeSource: string | undefined;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now and returns its serious and critical
 * violations, one line each with the elements concerned ('' when there is none). axe's source is
 * evaluated through the DevTools protocol, not added as a `<script>` tag: the app's
 * Content-Security-Policy refuses inline scripts (as it should), and the journeys keep that policy
 * on rather than open the browser with `bypassCSP`. A navigation in the single-page app keeps axe,
 * a reload does not: it is added whenever missing.
 */
export async function axeViolations(page: Page): Promise<string> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    const results = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: AxeViolation[];
    };
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, WCAG_TAGS);
  return violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id} (${violation.help}): ` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`)
          .join(' | '),
    )
    .join('\n');
}

/**
 * How far the page scrolls sideways, in CSS pixels (0 when it fits), and the widest elements
 * sticking out of the viewport, to say what to mend.
 */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const overflow = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - viewport;
    const culprits: string[] = [];
    if (overflow > 0) {
      // the outermost elements whose right edge passes the viewport (their children would repeat them)
      for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
        if (element.getBoundingClientRect().right <= viewport + 0.5) continue;
        const parent = element.parentElement;
        if (parent && parent !== document.body && parent.getBoundingClientRect().right > viewport + 0.5) continue;
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
          typeof element.className === 'string' && element.className
            ? `.${element.className.split(/\s+/).join('.')}`
            : ''
        }`;
        culprits.push(`${name} (${Math.round(element.getBoundingClientRect().width)} px)`);
        if (culprits.length >= 5) break;
      }
    }
    return { overflow, culprits };
  });
}

/** '' when the page fits its viewport's width, else what sticks out. */
export async function horizontalScrollProblem(page: Page): Promise<string> {
  const { overflow, culprits } = await horizontalOverflow(page);
  return overflow > 0 ? `the page scrolls sideways by ${overflow} px: ${culprits.join(', ')}` : '';
}

/** The button that opens the collapsed main navigation (shown on narrow screens only). */
export const menuButton = (page: Page) => page.getByRole('button', { name: 'Danh mục', exact: true });

/** Opens the main navigation when it is collapsed behind the menu button; nothing on a wide screen. */
export async function openMainNav(page: Page): Promise<void> {
  const button = menuButton(page);
  if (!(await button.isVisible())) return;
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await mainNav(page).getByRole('link').first().waitFor({ state: 'visible' });
}

/** The main navigation's links as drawn for this official: new sections are walked without a change here. */
export async function menuLinks(page: Page): Promise<{ name: string; path: string }[]> {
  await openMainNav(page);
  const links = await mainNav(page).getByRole('link').all();
  return Promise.all(
    links.map(async (link) => ({
      // the label alone: a count badge beside it changes as work arrives
      name: (await link.locator('.main-nav__label').innerText()).trim(),
      path: (await link.getAttribute('href')) ?? '',
    })),
  );
}

/** Clicks section `name` in the main navigation, opening it first when collapsed, and waits for its page. */
export async function openSection(page: Page, link: { name: string; path: string }): Promise<void> {
  await openMainNav(page);
  await menuLink(page, link.name).click();
  await page.waitForURL((url) => url.pathname === link.path);
}

/** What a section's heading offers (new request, new proposal, quarterly report...), downloads aside. */
const HEADING_ACTIONS = 'main .page-heading a:not([download])';

/** A record in a section's list: the first row's link, or the first agency of the directory's tree. */
const FIRST_RECORD = 'main tbody a[href^="/"]:not([download]), main .agency-tree a[href^="/"]';

/** Tabs as the app draws them: ARIA tabs, or the link rows of `.box-tabs` (inboxes, proposal lists). */
const TABS = 'main [role="tab"], main .box-tabs a';
const SELECTED_TAB = 'main [role="tab"][aria-selected="true"], main .box-tabs a[aria-current="page"]';

/** A record page's buttons that open an action's panel (PanelButton) rather than act at once. */
const PANEL_BUTTONS = 'main .action-bar__buttons button[aria-expanded]:enabled';

/**
 * Walks every page an official reaches from the main navigation: each section and its tabs, each
 * action of its heading (create forms, the report) and the first record of its list with each of
 * its action panels opened in turn (nothing is sent), coming back by the menu in between, and
 * calls `check` on each page once it has loaded (`settle` waits for that). Returns the pages
 * visited, by name.
 */
export async function visitEveryPage(
  page: Page,
  settle: () => Promise<void>,
  check: (name: string) => Promise<void>,
): Promise<string[]> {
  const visited: string[] = [];
  const visit = async (name: string, open: () => Promise<void>) => {
    await open();
    await settle();
    await check(name);
    visited.push(name);
  };
  const links = await menuLinks(page);
  if (links.length === 0) throw new Error('no link in the main navigation');
  for (const link of links) {
    await visit(link.name, () => openSection(page, link));
    const tabs = await page.locator(TABS).count();
    for (let i = 1; i < tabs; i++) {
      const tab = page.locator(TABS).nth(i); // the first is the section's default, just checked
      const name = (await tab.innerText()).trim();
      await visit(`${link.name} › tab "${name}"`, async () => {
        await tab.click();
        await page.locator(SELECTED_TAB).filter({ hasText: name }).waitFor();
      });
    }
    if (tabs > 1) await openSection(page, link);
    const actions = await page.locator(HEADING_ACTIONS).count();
    for (let i = 0; i < actions; i++) {
      if (i > 0) await openSection(page, link);
      const action = page.locator(HEADING_ACTIONS).nth(i);
      const name = (await action.innerText()).trim();
      const target = new URL((await action.getAttribute('href')) ?? '', page.url()).pathname;
      await visit(`${link.name} › ${name}`, async () => {
        await action.click();
        await page.waitForURL((url) => url.pathname === target);
      });
    }
    if (actions > 0) await openSection(page, link);
    await settle();
    const record = page.locator(FIRST_RECORD).first();
    if ((await record.count()) === 0) continue;
    const name = (await record.innerText()).trim().split('\n')[0];
    const target = new URL((await record.getAttribute('href')) ?? '', page.url()).pathname;
    await visit(`${link.name} › "${name}"`, async () => {
      await record.click();
      await page.waitForURL((url) => url.pathname === target);
    });
    const panels = await page.locator(PANEL_BUTTONS).count();
    for (let i = 0; i < panels; i++) {
      const button = page.locator(PANEL_BUTTONS).nth(i);
      const label = (await button.innerText()).trim();
      await visit(`${link.name} › "${name}" › panel "${label}"`, async () => {
        await button.click();
        await page.locator(`${PANEL_BUTTONS}[aria-expanded="true"]`).waitFor();
      });
      await page.locator(`${PANEL_BUTTONS}[aria-expanded="true"]`).click(); // closes it, nothing sent
      await page.locator(`${PANEL_BUTTONS}[aria-expanded="true"]`).waitFor({ state: 'detached' });
    }
  }
  return visited;
}

/**
 * Takes out of `problems` the one GraphQL error the app asks for on purpose: a linked request the
 * viewer may not read answers NOT_FOUND, and the link then reads "hidden" (features/links,
 * useLinkedRequest). Action panels show such links (a task's progress report names its requests),
 * so a walk that opens them meets it; anything else stays a problem.
 */
export function dropHiddenLinkedRequests(problems: { what: string }[]): void {
  const hidden = /^GraphQL errors from POST \/graphql LinkedRequest: NOT_FOUND: [^;]*$/;
  for (let i = problems.length - 1; i >= 0; i--) if (hidden.test(problems[i].what)) problems.splice(i, 1);
}
