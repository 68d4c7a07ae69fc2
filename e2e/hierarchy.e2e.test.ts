import { withScreenshotOnFailure } from './browser';
import { openFromMenu, startJourney, type Journey } from './journey';
import { act, agencyIds, inDays } from '../server/src/test-support/request-helpers';

describe('journey: the leader of Sở TN&MT acts for its Land Registration Office and sees it on the dashboard', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true }); // the demo world, with its quarters of tasks
  });
  afterAll(() => journey?.stop());

  it('acknowledges a request addressed to VP Đăng ký đất đai, then drills down into it on the dashboard', async () => {
    // A locality has sent a request to the Land Registration Office (a unit of Sở TN&MT).
    const title = `Đề nghị Văn phòng Đăng ký đất đai đo đạc lại thửa đất ${Date.now()}`;
    const app = journey.app;
    const locality = await app.login('ubnd-tp.staff');
    const ids = await agencyIds(app, locality);
    const draft = await act(app, locality, 'createRequest', 'CreateRequestInput', {
      title,
      body: 'Đề nghị đo đạc, chỉnh lý thửa đất số 12, tờ bản đồ số 5.',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(20),
      leadAgencyId: ids.VPDKDD,
      supportingAgencyIds: [],
    });
    await act(app, locality, 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });

    // The department's leader starts the day at / and opens the requests from the menu: it is there.
    const lead = await journey.signInAt('stnmt.lead', 'Đề nghị phối hợp');
    await withScreenshotOnFailure(lead, 'hierarchy-lead-acknowledges', async () => {
      await lead.getByRole('link', { name: title }).click();
      await lead.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
      await lead.getByRole('heading', { name: title }).waitFor();
      await lead.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await lead.getByRole('button', { name: 'Tiếp nhận', exact: true }).waitFor({ state: 'detached' });
      // the office's participation is the one acknowledged
      await lead
        .getByRole('row')
        .filter({ hasText: 'Văn phòng Đăng ký đất đai' })
        .filter({ hasText: 'Đã tiếp nhận' })
        .first()
        .waitFor();
    });

    // Its dashboard rolls the office up into Sở TN&MT; expanding the row shows the office.
    await withScreenshotOnFailure(lead, 'hierarchy-dashboard-drill-down', async () => {
      await openFromMenu(lead, 'Tổng quan');
      await lead.getByLabel('Quý', { exact: true }).selectOption('2023-1');
      await lead.waitForURL(
        (url) => url.searchParams.get('year') === '2023' && url.searchParams.get('quarter') === '1',
      );
      const units = lead.getByRole('region', { name: 'Cơ quan và các đơn vị trực thuộc' });
      await units.getByRole('link', { name: 'Sở TN&MT', exact: true }).waitFor();
      if ((await units.getByRole('link', { name: 'VP Đăng ký đất đai', exact: true }).count()) !== 0)
        throw new Error('the units show before the row is expanded');
      await units.getByRole('button', { name: 'Xem các đơn vị trực thuộc Sở TN&MT' }).click();
      await units.getByRole('link', { name: 'VP Đăng ký đất đai', exact: true }).waitFor();
      await units.getByRole('rowheader', { name: 'Sở TN&MT (trực tiếp thực hiện)' }).waitFor();
    });
  });
});
