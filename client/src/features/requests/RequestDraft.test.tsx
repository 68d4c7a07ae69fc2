import { act, fireEvent, screen, within } from '@testing-library/react';
import { agencyPage, localityStaff, provinceAgencies, requestDetail, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, operationsNamed } from '../../test-support/stub-api';

// Issue 13 item 5: a typed request survives leaving the page (a reload, a wrong click) and is
// offered back; sending it leaves no draft behind.

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

const submitted = requestDetail();
const draft = requestDetail({
  code: null,
  status: 'DRAFT',
  version: 1,
  allowedActions: ['UPDATE_DRAFT', 'SUBMIT', 'WITHDRAW'],
  submittedAt: null,
  timeline: [],
});

const formApi = () =>
  createStubApi({
    Me: { data: { me: localityStaff } },
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    CreateRequest: { data: { createRequest: { request: draft } } },
    SubmitRequest: { data: { submitRequest: { request: submitted } } },
    RequestDetail: { data: { request: submitted } },
  });

async function typeRequest() {
  fireEvent.change(await screen.findByLabelText('Tiêu đề'), { target: { value: 'Rà soát hồ sơ đất đai tồn đọng' } });
  fireEvent.change(screen.getByLabelText('Nội dung đề nghị'), { target: { value: 'Đề nghị Sở phối hợp rà soát.' } });
  fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'LAND' } });
  fireEvent.change(screen.getByLabelText('Hạn xử lý'), { target: { value: '31/12/2026' } });
  fireEvent.change(await screen.findByLabelText('Cơ quan chủ trì'), { target: { value: 'a-tnmt' } });
}

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
const drafts = () => Object.keys(localStorage).filter((name) => name.startsWith('lien-thong.draft.'));

test('typed, left and opened again: the draft is offered, restored, and gone once sent', async () => {
  const api = formApi();
  const first = renderApp(api, '/requests/new');
  await typeRequest();
  first.unmount(); // a reload: the page goes away before the half-second write

  renderApp(api, '/requests/new');
  const banner = await screen.findByRole('region', { name: /Có bản nháp chưa lưu từ \d\d:\d\d \d\d\/\d\d\/\d{4}\./ });
  expect(value('Tiêu đề')).toBe(''); // nothing changes until the user chooses
  fireEvent.click(within(banner).getByRole('button', { name: 'Khôi phục' }));

  expect(screen.queryByRole('region', { name: /Có bản nháp/ })).toBeNull();
  expect(value('Tiêu đề')).toBe('Rà soát hồ sơ đất đai tồn đọng');
  expect(value('Nội dung đề nghị')).toBe('Đề nghị Sở phối hợp rà soát.');
  expect(value('Hạn xử lý')).toBe('31/12/2026');
  expect(value('Cơ quan chủ trì')).toBe('a-tnmt');

  fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));
  expect(await screen.findByText('PH-2026-0001')).toBeTruthy();
  expect(operationsNamed(api, 'CreateRequest')[0].variables?.input).toMatchObject({
    title: 'Rà soát hồ sơ đất đai tồn đọng',
    leadAgencyId: 'a-tnmt',
  });
  expect(drafts()).toEqual([]);
});

test('"Bỏ" drops the draft: the form starts empty and the next visit offers nothing', async () => {
  const api = formApi();
  const first = renderApp(api, '/requests/new');
  await typeRequest();
  first.unmount();

  const second = renderApp(api, '/requests/new');
  fireEvent.click(await screen.findByRole('button', { name: 'Bỏ' }));
  expect(value('Tiêu đề')).toBe('');
  second.unmount();

  renderApp(api, '/requests/new');
  await screen.findByLabelText('Cơ quan chủ trì');
  expect(screen.queryByRole('region', { name: /Có bản nháp/ })).toBeNull();
});

test('a link away from unsaved typing asks first, and stays when the user says no', async () => {
  const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
  renderApp(formApi(), '/requests/new');
  await typeRequest();

  fireEvent.click(screen.getByRole('link', { name: '← Danh sách đề nghị' }));
  expect(confirm).toHaveBeenCalledWith(
    'Bạn có thay đổi chưa lưu. Rời trang này? (Bản nháp vẫn được giữ trên máy này.)',
  );
  expect(value('Tiêu đề')).toBe('Rà soát hồ sơ đất đai tồn đọng');

  confirm.mockReturnValue(true);
  fireEvent.click(screen.getByRole('link', { name: '← Danh sách đề nghị' }));
  expect(screen.queryByLabelText('Tiêu đề')).toBeNull();
  await act(async () => {}); // the list page's first reads settle
  expect(drafts()).toEqual(['lien-thong.draft.u-dh-staff.request.new']); // kept for the next visit
});

test('an untouched form lets links go without asking', async () => {
  const confirm = jest.spyOn(window, 'confirm');
  renderApp(formApi(), '/requests/new');
  await screen.findByLabelText('Cơ quan chủ trì');

  fireEvent.click(screen.getByRole('link', { name: '← Danh sách đề nghị' }));
  expect(confirm).not.toHaveBeenCalled();
  expect(screen.queryByLabelText('Tiêu đề')).toBeNull();
  await act(async () => {}); // the list page's first reads settle
});

test('a half-written answer in the reply panel is offered back when the panel opens again; "Hủy" drops it', async () => {
  const api = createStubApi({ Me: { data: { me: tnmtLead } }, RequestDetail: { data: { request: requestDetail() } } });
  const first = renderApp(api, '/requests/r-1');
  fireEvent.click(await screen.findByRole('button', { name: 'Trả lời' }));
  fireEvent.change(screen.getByLabelText('Nội dung trả lời'), { target: { value: 'Sở đã rà soát 80/120 hồ sơ' } });
  first.unmount();

  renderApp(api, '/requests/r-1');
  fireEvent.click(await screen.findByRole('button', { name: 'Trả lời' }));
  const panel = screen.getByRole('form', { name: 'Trả lời' });
  fireEvent.click(within(panel).getByRole('button', { name: 'Khôi phục' }));
  expect(value('Nội dung trả lời')).toBe('Sở đã rà soát 80/120 hồ sơ');

  fireEvent.click(within(panel).getByRole('button', { name: 'Hủy' }));
  expect(drafts()).toEqual([]);
});
