import { signInOnForm, startJourney, type Journey } from './journey';
import { watchProblems } from './page-problems';
import { axeViolations, visitEveryPage } from './screen-checks';

/** The main roles (README "Demo logins"): the Committee, a department, Finance, the administrator. */
const ROLES = ['ubnd.lead', 'stnmt.staff', 'stc.lead', 'admin'];

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
      await page.context().close();
      expect(visited.length).toBeGreaterThan(5);
      expect(found.join('\n\n')).toBe('');
      expect(watch.report()).toBe('');
    },
    240_000,
  );
});
