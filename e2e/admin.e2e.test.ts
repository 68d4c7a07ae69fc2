import type { Page } from 'playwright-core';
import { withScreenshotOnFailure } from './browser';
import { mainNav, openFromMenu, startJourney, type Journey } from './journey';

const NEW_PASSWORD = 'đồng lúa xanh mướt ven sông 2026';

/** Issue 13, item 2: the administration, from the admin's menu to the new official's first day. */
describe('journey: an admin creates an official, who must change the given password; disabling ends a session', () => {
  let journey: Journey;
  let admin: Page;

  beforeAll(async () => {
    journey = await startJourney();
    admin = await journey.signIn('admin');
  });
  afterAll(() => journey?.stop());

  /** Signs in on the login form the page shows with these credentials. */
  async function signInWith(page: Page, username: string, password: string) {
    await page.goto(journey.app.url);
    await page.waitForURL('**/login**');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  it('the admin creates a user and reads the one-time password; the user must change it, then lands in the app', () =>
    withScreenshotOnFailure(admin, 'admin-create-user', async () => {
      await openFromMenu(admin, 'Quản trị');
      await admin.getByRole('heading', { name: 'Quản lý người dùng' }).waitFor();
      await admin.getByRole('button', { name: 'Thêm người dùng' }).click();
      await admin.getByLabel('Tên đăng nhập', { exact: true }).fill('stnmt.chuyenvien-moi');
      await admin.getByLabel('Họ và tên', { exact: true }).fill('Vũ Thị Thanh Tâm');
      await admin.getByLabel('Chức vụ', { exact: true }).fill('Chuyên viên Phòng Quản lý đất đai');
      await admin.locator('select#new-user-agency').selectOption({ label: 'Sở Tài nguyên và Môi trường' });
      await admin.getByRole('button', { name: 'Lưu' }).click();
      const password = (await admin.getByTestId('one-time-password').textContent())!.trim();
      expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      await admin.getByRole('button', { name: 'Tôi đã ghi lại' }).click();
      await admin.getByRole('cell', { name: 'stnmt.chuyenvien-moi' }).waitFor();

      const official = await journey.newPage();
      await withScreenshotOnFailure(official, 'admin-new-official', () => firstSignIn(official, password));
    }));

  async function firstSignIn(official: Page, password: string) {
    await signInWith(official, 'stnmt.chuyenvien-moi', password);
    await official.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await official.waitForURL('**/change-password');
    // the server refuses this session anything else: a deep link comes back here
    await official.goto(`${journey.app.url}/requests`);
    await official.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();

    await official.getByLabel('Mật khẩu hiện tại').fill(password);
    await official.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await official.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await official.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await mainNav(official).waitFor();
    await official.locator('header').getByText('Vũ Thị Thanh Tâm').waitFor();
    await openFromMenu(official, 'Đề nghị phối hợp');
    expect(await mainNav(official).getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
  }

  it('disabling the user (after a confirmation) ends their open session', () =>
    withScreenshotOnFailure(admin, 'admin-disable-user', async () => {
      const official = await journey.newPage();
      await signInWith(official, 'stnmt.chuyenvien-moi', NEW_PASSWORD);
      await mainNav(official).waitFor();
      await openFromMenu(official, 'Danh bạ cơ quan');

      await admin.getByLabel('Tìm theo tên hoặc tên đăng nhập').fill('thanh tam');
      const actions = admin.getByRole('group', { name: 'Thao tác với Vũ Thị Thanh Tâm' });
      await actions.getByRole('button', { name: 'Khóa' }).click();
      await admin.getByText('Khóa tài khoản Vũ Thị Thanh Tâm?').waitFor();
      await admin.getByRole('button', { name: 'Xác nhận' }).click();
      await admin.getByText('Đã lưu thay đổi.').waitFor();
      await admin.getByRole('cell', { name: 'Đã khóa' }).waitFor();

      // the open page is closed out by the server (its socket, then any request): back to the login form
      await official.waitForURL('**/login**', { timeout: 15_000 });
      await signInWith(official, 'stnmt.chuyenvien-moi', NEW_PASSWORD);
      await official.getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();
    }));

  it('the audit view shows the admin’s changes, by who and what, with the chain holding', () =>
    withScreenshotOnFailure(admin, 'admin-audit', async () => {
      await admin.getByRole('navigation', { name: 'Các mục quản trị' }).getByRole('link', { name: 'Nhật ký' }).click();
      await admin.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
      await admin.getByLabel('Loại thao tác').selectOption({ label: 'Người dùng' });
      await admin.getByRole('cell', { name: 'USER.DISABLED' }).waitFor();
      await admin.getByRole('cell', { name: 'USER.CREATED' }).waitFor();
      await admin.getByRole('button', { name: 'Kiểm tra toàn bộ chuỗi' }).click();
      await admin.getByText(/Chuỗi nhật ký nguyên vẹn/).waitFor();
    }));
});
