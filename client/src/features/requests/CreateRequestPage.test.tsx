import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { agencyPage, localityStaff, provinceAgencies, requestDetail } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationNames,
  operationsNamed,
  type Responder,
} from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

const draft = requestDetail({
  code: null,
  status: 'DRAFT',
  version: 1,
  allowedActions: ['UPDATE_DRAFT', 'SUBMIT', 'WITHDRAW'],
  submittedAt: null,
  timeline: [],
});

function formApi(responders: Record<string, Responder>) {
  return createStubApi({
    Me: { data: { me: localityStaff } },
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    RequestDetail: { data: { request: draft } },
    ...responders,
  });
}

async function fillIn() {
  fireEvent.change(await screen.findByLabelText('Tiêu đề'), { target: { value: 'Rà soát hồ sơ đất đai tồn đọng' } });
  fireEvent.change(screen.getByLabelText('Nội dung đề nghị'), { target: { value: 'Đề nghị Sở phối hợp rà soát.' } });
  fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'LAND' } });
  fireEvent.change(screen.getByLabelText('Độ ưu tiên'), { target: { value: 'HIGH' } });
  fireEvent.change(screen.getByLabelText('Hạn xử lý'), { target: { value: '31/12/2026' } });
  fireEvent.change(await screen.findByLabelText('Cơ quan chủ trì'), { target: { value: 'a-tnmt' } });
}

const createInputs = (api: ReturnType<typeof formApi>) =>
  operationsNamed(api, 'CreateRequest').map((operation) => operation.variables?.input as Record<string, unknown>);

test('required fields are checked before anything is sent', async () => {
  const api = formApi({});
  renderApp(api, '/requests/new');
  await screen.findByLabelText('Cơ quan chủ trì');

  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  expect(screen.getByText('Vui lòng nhập tiêu đề.')).toBeTruthy();
  expect(screen.getByText('Vui lòng nhập nội dung đề nghị.')).toBeTruthy();
  expect(screen.getByText('Vui lòng chọn lĩnh vực.')).toBeTruthy();
  expect(screen.getByText('Vui lòng chọn hạn xử lý.')).toBeTruthy();
  expect(screen.getByText('Vui lòng chọn cơ quan chủ trì.')).toBeTruthy();
  expect(screen.getByLabelText('Tiêu đề').getAttribute('aria-invalid')).toBe('true');
  expect(document.activeElement).toBe(screen.getByLabelText('Tiêu đề'));
  expect(operationNames(api)).not.toContain('CreateRequest');
});

test('the lead agency comes from the directory, without the viewer’s own agency', async () => {
  renderApp(formApi({}), '/requests/new');

  const lead = await screen.findByLabelText('Cơ quan chủ trì');
  const options = within(lead)
    .getAllByRole('option')
    .map((option) => option.textContent);
  expect(options).toContain('Sở Tài nguyên và Môi trường');
  expect(options).toContain('UBND tỉnh');
  expect(options).not.toContain('UBND huyện A');
  expect(within(lead).getByRole('group', { name: 'Sở, ban, ngành' })).toBeTruthy();
});

test('server field errors are shown under their fields in the server’s words (they state the limit); by code when it sends none', async () => {
  const api = formApi({
    CreateRequest: graphQLError('BAD_USER_INPUT', {
      fields: [
        { field: 'title', code: 'TOO_SHORT', message: 'Tối thiểu 5 ký tự.' },
        { field: 'dueDate', code: 'INVALID_FORMAT', message: 'Hạn xử lý không được ở quá khứ.' },
        { field: 'leadAgencyId', code: 'NOT_ALLOWED' },
      ],
    }),
  });
  renderApp(api, '/requests/new');
  await fillIn();

  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  expect(await screen.findByText('Tối thiểu 5 ký tự.')).toBeTruthy();
  expect(screen.getByText('Hạn xử lý không được ở quá khứ.')).toBeTruthy();
  expect(screen.getByText('Cơ quan chủ trì phải là cơ quan khác cơ quan của bạn.')).toBeTruthy();
  expect(screen.getByLabelText('Hạn xử lý').getAttribute('aria-describedby')).toBe(
    'request-due-date-hint request-due-date-error',
  );
});

test('sends one idempotency key per form, also when the save is retried, then opens the draft', async () => {
  let attempts = 0;
  const api = formApi({
    CreateRequest: () =>
      ++attempts === 1 ? graphQLError('SERVICE_UNAVAILABLE') : { data: { createRequest: { request: draft } } },
  });
  renderApp(api, '/requests/new');
  await fillIn();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Sở Tài chính' }));

  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Hệ thống tạm thời gián đoạn.');
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  expect(await screen.findByRole('heading', { level: 1, name: draft.title })).toBeTruthy();
  const [first, second] = createInputs(api);
  expect(first.idempotencyKey).toMatch(/^[0-9a-f-]{32,36}$/);
  expect(second.idempotencyKey).toBe(first.idempotencyKey);
  expect(second).toEqual({
    title: 'Rà soát hồ sơ đất đai tồn đọng',
    body: 'Đề nghị Sở phối hợp rà soát.',
    domain: 'LAND',
    priority: 'HIGH',
    dueDate: '2026-12-31',
    leadAgencyId: 'a-tnmt',
    supportingAgencyIds: ['a-stc'],
    idempotencyKey: first.idempotencyKey,
  });
  expect(operationNames(api)).not.toContain('SubmitRequest');
});

test('"Gửi đề nghị" creates the draft, submits it at its version and opens it', async () => {
  const submitted = requestDetail();
  const api = formApi({
    CreateRequest: { data: { createRequest: { request: draft } } },
    SubmitRequest: { data: { submitRequest: { request: submitted } } },
    RequestDetail: { data: { request: submitted } },
  });
  renderApp(api, '/requests/new');
  await fillIn();

  fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));

  expect(await screen.findByText('PH-2026-0001')).toBeTruthy();
  expect(operationsNamed(api, 'SubmitRequest').map((operation) => operation.variables)).toEqual([
    { input: { id: 'r-1', version: 1 } },
  ]);
});

test('a create answered with an already submitted request (a retry) is not submitted twice', async () => {
  const submitted = requestDetail({ allowedActions: ['COMMENT', 'WITHDRAW', 'ESCALATE'] });
  const api = formApi({
    CreateRequest: { data: { createRequest: { request: submitted } } },
    RequestDetail: { data: { request: submitted } },
  });
  renderApp(api, '/requests/new');
  await fillIn();

  fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));

  expect(await screen.findByText('PH-2026-0001')).toBeTruthy();
  expect(operationNames(api)).not.toContain('SubmitRequest');
});

test('a draft that was saved but could not be sent opens with the reason', async () => {
  const api = formApi({
    CreateRequest: { data: { createRequest: { request: draft } } },
    SubmitRequest: graphQLError('FORBIDDEN'),
  });
  renderApp(api, '/requests/new');
  await fillIn();

  fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));

  const alert = await screen.findByText(/Bản nháp đã được lưu nhưng chưa gửi được/);
  expect(alert.textContent).toContain('Bạn không có quyền thực hiện thao tác này.');
});

test('supporting agencies can be filtered without diacritics and exclude the lead', async () => {
  renderApp(formApi({}), '/requests/new');
  await fillIn();

  expect(screen.queryByRole('checkbox', { name: 'Sở Tài nguyên và Môi trường' })).toBeNull();
  fireEvent.change(screen.getByLabelText('Lọc cơ quan phối hợp'), { target: { value: 'chi nhanh huyen b' } });
  expect(screen.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
    'Chi nhánh Văn phòng Đăng ký đất đai huyện B',
  ]);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện B' }));
  fireEvent.change(screen.getByLabelText('Lọc cơ quan phối hợp'), { target: { value: 'thue' } });
  await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(2)); // the choice stays visible
  expect(screen.getByText('Đã chọn 1 cơ quan phối hợp')).toBeTruthy();
});
