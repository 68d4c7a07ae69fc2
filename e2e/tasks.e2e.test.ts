import { withScreenshotOnFailure } from './browser';
import { openFromMenu, startJourney, type Journey } from './journey';

const LIVE_TIMEOUT = 15_000;

/** A day `days` from now as typed, dd/MM/yyyy (the server judges due dates against the province's today). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
}

describe('journey: a working session’s conclusion becomes a task, Sở TN&MT reports on it, the Committee watches', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(() => journey?.stop());

  it('records the session, publishes the notice, and follows the task’s progress live', async () => {
    const committee = await journey.signIn('ubnd.lead');
    const due = daysFromNow(30);
    let taskPath = '';

    await withScreenshotOnFailure(committee, 'tasks-committee-records-session', async () => {
      await openFromMenu(committee, 'Kết luận');
      await committee.getByRole('link', { name: 'Ghi nhận buổi làm việc' }).click();
      await committee
        .getByLabel('Tiêu đề buổi làm việc')
        .fill('Làm việc với Sở Tài nguyên và Môi trường về hồ sơ đất đai tồn đọng');
      await committee
        .getByLabel('Chủ trì', { exact: true })
        .selectOption({ label: 'Lê Huyền — Phó Chủ tịch UBND tỉnh' });
      await committee
        .getByLabel('Tóm tắt nội dung làm việc')
        .fill('Sở báo cáo còn 120 hồ sơ tồn đọng tại các chi nhánh.');
      await committee
        .getByLabel('Kết luận', { exact: true })
        .fill('Giao Sở giải quyết dứt điểm; đề nghị huyện Đông Hưng phối hợp.');

      const first = committee.getByRole('group', { name: 'Nội dung chỉ đạo 1', exact: true });
      await first.getByLabel('Nội dung chỉ đạo').fill('Giải quyết dứt điểm 120 hồ sơ đất đai tồn đọng');
      await first.getByLabel('Cơ quan thực hiện').selectOption({ label: 'Sở Tài nguyên và Môi trường' });
      await first.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
      await first.getByLabel('Hạn', { exact: true }).fill(due);

      await committee.getByRole('button', { name: 'Thêm nội dung chỉ đạo' }).click();
      const second = committee.getByRole('group', { name: 'Nội dung chỉ đạo 2', exact: true });
      await second.getByLabel('Nội dung chỉ đạo').fill('Phối hợp rà soát hồ sơ tại Chi nhánh huyện Đông Hưng');
      await second.getByLabel('Hình thức').selectOption({ label: 'Đề nghị phối hợp' });
      await second.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Ủy ban nhân dân huyện Đông Hưng' });
      await second.getByLabel('Lĩnh vực').selectOption({ label: 'Đất đai' });
      await second.getByLabel('Hạn', { exact: true }).fill(due);
      await committee.getByRole('button', { name: 'Lưu bản nháp' }).click();

      await committee.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      await committee.getByRole('button', { name: 'Ban hành thông báo kết luận' }).click();
      await committee.getByRole('button', { name: 'Xác nhận ban hành' }).click();
      await committee.getByText(/^Đã ban hành Thông báo kết luận số \d+\/TB-UBND\.$/).waitFor();
      await committee.getByRole('link', { name: 'Xem đề nghị' }).waitFor();
      await committee.getByRole('link', { name: 'Xem nhiệm vụ' }).click();
      await committee.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
      await committee.getByRole('link', { name: /^Theo Thông báo kết luận số \d+\/TB-UBND$/ }).waitFor();
      taskPath = new URL(committee.url()).pathname;
    });

    // Sở TN&MT finds the new task in its list, as the quarter's list opens by default.
    const department = await journey.signIn('stnmt.lead');
    await withScreenshotOnFailure(department, 'tasks-department-reports', async () => {
      await openFromMenu(department, 'Nhiệm vụ');
      await department.getByRole('link', { name: 'Giải quyết dứt điểm 120 hồ sơ đất đai tồn đọng' }).click();
      await department.waitForURL(`**${taskPath}`);
      await department
        .getByRole('heading', { level: 1, name: 'Giải quyết dứt điểm 120 hồ sơ đất đai tồn đọng' })
        .waitFor();
      await department.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
      await department.getByLabel('Tiến độ (%)').fill('40');
      await department.getByLabel('Nội dung báo cáo').fill('Đã giải quyết 48/120 hồ sơ.');
      await department.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await department.getByText('Đã thực hiện: Báo cáo tiến độ.').waitFor();
    });

    await withScreenshotOnFailure(committee, 'tasks-committee-sees-progress', async () => {
      await committee.getByText('Vừa cập nhật: Báo cáo tiến độ').waitFor({ timeout: LIVE_TIMEOUT });
      await committee.getByText('Đã giải quyết 48/120 hồ sơ.', { exact: true }).waitFor();
      const value = await committee
        .getByRole('progressbar', { name: 'Tiến độ', exact: true })
        .getAttribute('aria-valuenow');
      if (value !== '40') throw new Error(`expected 40% on the Committee's page, got ${value}`);

      // The quarter's list has it, filtered by agency from the address.
      await committee.getByRole('link', { name: 'Danh sách nhiệm vụ' }).click();
      await committee.getByRole('link', { name: 'Giải quyết dứt điểm 120 hồ sơ đất đai tồn đọng' }).waitFor();
    });

    // In addition: the task's own address opens it after signing in there.
    const deepLink = await journey.signedIn('stnmt.staff', taskPath);
    await withScreenshotOnFailure(deepLink, 'tasks-deep-link', async () => {
      await deepLink
        .getByRole('heading', { level: 1, name: 'Giải quyết dứt điểm 120 hồ sơ đất đai tồn đọng' })
        .waitFor();
    });
  });
});
