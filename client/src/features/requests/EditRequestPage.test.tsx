import { fireEvent, screen, waitFor } from '@testing-library/react';
import { agencyPage, localityStaff, provinceAgencies, requestDetail } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, operationsNamed, type Responder } from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

const draft = requestDetail({
  code: null,
  status: 'DRAFT',
  version: 2,
  allowedActions: ['UPDATE_DRAFT', 'SUBMIT', 'WITHDRAW'],
  submittedAt: null,
});

function editApi(responders: Record<string, Responder>) {
  return createStubApi({
    Me: { data: { me: localityStaff } },
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    ...responders,
  });
}

test('the draft opens filled in and is saved at the version being edited', async () => {
  const api = editApi({
    RequestDetail: { data: { request: draft } },
    UpdateRequestDraft: { data: { updateRequestDraft: { request: { ...draft, version: 3 } } } },
  });
  renderApp(api, '/requests/r-1/edit');

  const title = (await screen.findByLabelText('Tiêu đề')) as HTMLInputElement;
  expect(title.value).toBe(draft.title);
  expect(((await screen.findByLabelText('Cơ quan chủ trì')) as HTMLSelectElement).value).toBe('a-tnmt');
  expect((screen.getByRole('checkbox', { name: 'Sở Tài chính' }) as HTMLInputElement).checked).toBe(true);

  fireEvent.change(title, { target: { value: 'Rà soát 120 hồ sơ đất đai tồn đọng' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  await waitFor(() => expect(operationsNamed(api, 'UpdateRequestDraft')).toHaveLength(1));
  expect(operationsNamed(api, 'UpdateRequestDraft')[0].variables?.input).toMatchObject({
    id: 'r-1',
    version: 2,
    title: 'Rà soát 120 hồ sơ đất đai tồn đọng',
    supportingAgencyIds: ['a-stc'],
  });
});

test('a draft changed meanwhile (CONFLICT) can be reloaded', async () => {
  let current = draft;
  const api = editApi({
    RequestDetail: () => ({ data: { request: current } }),
    UpdateRequestDraft: () => {
      current = { ...draft, version: 3, title: 'Tiêu đề do đồng nghiệp sửa' };
      return graphQLError('CONFLICT');
    },
  });
  renderApp(api, '/requests/r-1/edit');

  fireEvent.click(await screen.findByRole('button', { name: 'Lưu nháp' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Dữ liệu vừa được người khác thay đổi.');
  fireEvent.click(screen.getByRole('button', { name: 'Tải lại bản nháp' }));

  await waitFor(() =>
    expect((screen.getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('Tiêu đề do đồng nghiệp sửa'),
  );
});

test('a request that is no longer an editable draft says so', async () => {
  renderApp(editApi({ RequestDetail: { data: { request: requestDetail() } } }), '/requests/r-1/edit');

  expect(await screen.findByText('Đề nghị này không còn ở dạng bản nháp mà bạn sửa được.')).toBeTruthy();
  expect(screen.queryByLabelText('Tiêu đề')).toBeNull();
});
