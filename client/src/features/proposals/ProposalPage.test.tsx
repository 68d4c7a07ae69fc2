import { act, fireEvent, screen, within } from '@testing-library/react';
import { capabilities, committeeLead, tnmtLead } from '../../test-support/fixtures';
import { proposalDetail, proposalEvent } from '../../test-support/proposal-fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, operationsNamed, type Responder } from '../../test-support/stub-api';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

function pageApi(responders: Record<string, Responder>, me: CurrentUser = committeeLead) {
  return createStubApi({
    Me: { data: { me } },
    ProposalDetail: { data: { proposal: proposalDetail() } },
    ...responders,
  });
}

const actionBar = () => screen.getByRole('region', { name: 'Thao tác' });
const actionButtons = () =>
  within(actionBar())
    .getAllByRole('button')
    .map((button) => button.textContent);

const decided = proposalDetail({
  status: 'DECIDED',
  version: 6,
  allowedActions: [],
  decisions: [
    {
      __typename: 'Decision',
      id: 'd-42',
      numberText: '42/QĐ-UBND',
      kind: 'APPROVAL',
      outcome: 'PARTIALLY_APPROVED',
      title: 'Phê duyệt',
      signedAt: '2026-11-06T02:00:00.000Z',
      totalGranted: '1250000000',
    },
  ],
  timeline: [...proposalDetail().timeline, proposalEvent('34', 'DECIDED', { note: '42/QĐ-UBND' })],
});

test('shows the header, the items with each appraisal side by side, and exact money', async () => {
  renderApp(pageApi({}), '/proposals/p-1');

  expect(await screen.findByRole('heading', { level: 1, name: 'Kinh phí số hóa hồ sơ địa chính' })).toBeTruthy();
  expect(screen.getByText('ĐX-2026-0001')).toBeTruthy();
  expect(screen.getAllByText('Chờ quyết định').length).toBeGreaterThan(0);
  expect(screen.getByText('2027')).toBeTruthy();
  const items = within(screen.getByRole('region', { name: 'Nội dung đề xuất' }));
  expect(items.getByRole('columnheader', { name: 'Thẩm định: Sở Tài chính' })).toBeTruthy();
  const [funding, equipment] = items.getAllByRole('row').slice(1, 3);
  expect(within(funding).getByText('9.007.199.254.740.993 ₫')).toBeTruthy();
  expect(within(funding).getByText('1.250.000.000 ₫')).toBeTruthy(); // Finance's recommendation
  expect(within(equipment).getByText('—')).toBeTruthy(); // not routed to Finance
});

test('the action bar shows exactly the allowed actions', async () => {
  const { unmount } = renderApp(pageApi({}), '/proposals/p-1');
  await screen.findByRole('region', { name: 'Thao tác' });
  expect(actionButtons()).toEqual(['Quyết định', 'Trả lại để hoàn thiện', 'Yêu cầu thẩm định lại']);
  unmount();

  renderApp(
    pageApi({ ProposalDetail: { data: { proposal: proposalDetail({ allowedActions: [] }) } } }, tnmtLead),
    '/proposals/p-1',
  );
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('region', { name: 'Thao tác' })).toBeNull();
});

test('deciding is prefilled from the appraisal, sends the version on screen, and shows the decision link', async () => {
  const api = pageApi({ DecideProposal: { data: { decideProposal: { proposal: decided } } } });
  renderApp(api, '/proposals/p-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Quyết định' }));
  const panel = screen.getByRole('form', { name: 'Quyết định' });
  expect(within(panel).getByLabelText<HTMLInputElement>('Kinh phí duyệt cho Số hóa hồ sơ địa chính').value).toBe(
    '1.250.000.000',
  );
  fireEvent.change(within(panel).getByLabelText('Số lượng duyệt cho Máy quét khổ A3'), { target: { value: '2' } });
  fireEvent.change(within(panel).getByLabelText('Điều kiện, yêu cầu kèm theo'), {
    target: { value: 'Quyết toán theo quy định.' },
  });
  fireEvent.click(within(panel).getByRole('button', { name: 'Ban hành quyết định' }));

  expect(await screen.findByRole('link', { name: 'Quyết định số 42/QĐ-UBND' })).toBeTruthy();
  const input = operationsNamed(api, 'DecideProposal')[0].variables!.input as Record<string, unknown>;
  expect(input).toMatchObject({
    id: 'p-1',
    version: 5,
    conditions: 'Quyết toán theo quy định.',
    effectiveDate: null,
    grants: [
      { itemId: 'i-1', grantedQuantity: 1, grantedAmount: '1250000000' },
      { itemId: 'i-2', grantedQuantity: 2, grantedAmount: null },
    ],
  });
  expect(typeof input.idempotencyKey).toBe('string');
  expect(screen.getByText('Đã thực hiện: Quyết định.')).toBeTruthy();
  expect(within(actionBar()).queryAllByRole('button')).toHaveLength(0); // nothing left to do
});

test('a grant above the request is refused before sending', async () => {
  const api = pageApi({});
  renderApp(api, '/proposals/p-1');
  fireEvent.click(await screen.findByRole('button', { name: 'Quyết định' }));
  const panel = screen.getByRole('form', { name: 'Quyết định' });
  fireEvent.change(within(panel).getByLabelText('Số lượng duyệt cho Máy quét khổ A3'), { target: { value: '5' } });
  fireEvent.change(within(panel).getByLabelText('Điều kiện, yêu cầu kèm theo'), { target: { value: 'Điều kiện' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Ban hành quyết định' }));
  expect(within(panel).getByText('Mức duyệt phải từ 0 đến mức đề nghị.')).toBeTruthy();
  expect(operationsNamed(api, 'DecideProposal')).toHaveLength(0);
});

test('when another leader decided first (CONFLICT) it says so and reloads', async () => {
  let current = proposalDetail();
  const api = pageApi({
    ProposalDetail: () => ({ data: { proposal: current } }),
    ReturnProposal: () => {
      current = decided;
      return graphQLError('CONFLICT');
    },
  });
  renderApp(api, '/proposals/p-1');
  fireEvent.click(await screen.findByRole('button', { name: 'Trả lại để hoàn thiện' }));
  const panel = screen.getByRole('form', { name: 'Trả lại để hoàn thiện' });
  fireEvent.change(within(panel).getByLabelText('Lý do'), { target: { value: 'Bổ sung thuyết minh.' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Xác nhận trả lại' }));

  expect(await screen.findByText(/người khác xử lý trước/)).toBeTruthy();
  expect(await screen.findByRole('link', { name: 'Quyết định số 42/QĐ-UBND' })).toBeTruthy();
  expect(operationsNamed(api, 'ReturnProposal')[0].variables).toEqual({
    input: { id: 'p-1', version: 5, reason: 'Bổ sung thuyết minh.', idempotencyKey: 'RETURN_FOR_REVISION:p-1@5' },
  });
});

test('subscribes after the newest event on screen and shows a decision live', async () => {
  const api = pageApi({}, tnmtLead);
  renderApp(api, '/proposals/p-1');
  await screen.findByRole('heading', { level: 1 });
  expect(operationsNamed(api, 'ProposalChanged')[0].variables).toEqual({ id: 'p-1', after: '33' });

  act(() =>
    api.emit('ProposalChanged', {
      data: { proposalChanged: { event: { id: '34', type: 'DECIDED' }, proposal: decided } },
    }),
  );
  expect(await screen.findByRole('link', { name: 'Quyết định số 42/QĐ-UBND' })).toBeTruthy();
  expect(screen.getByText('Vừa cập nhật: Ban hành quyết định')).toBeTruthy();
});

test('lists the linked requests as links, and one the viewer may not read as "Không có quyền xem"', async () => {
  const api = pageApi(
    {
      ProposalDetail: { data: { proposal: proposalDetail({ linkedRequestIds: ['r-1', 'r-9'] }) } },
      LinkedRequest: ({ id }) =>
        id === 'r-1'
          ? { data: { request: { id: 'r-1', code: 'PH-2026-0001', title: 'Rà soát hồ sơ' } } }
          : graphQLError('NOT_FOUND'),
    },
    tnmtLead,
  );
  renderApp(api, '/proposals/p-1');

  const linked = within(await screen.findByRole('region', { name: 'Đề nghị phối hợp liên quan' }));
  expect((await linked.findByRole('link', { name: 'PH-2026-0001 — Rà soát hồ sơ' })).getAttribute('href')).toBe(
    '/requests/r-1',
  );
  expect(await linked.findByText('Không có quyền xem')).toBeTruthy();
  expect(linked.getAllByRole('link')).toHaveLength(1);
});

test('a server refusal of the appraisal shows the server’s message in the panel, not the generic banner', async () => {
  const stc = {
    __typename: 'User' as const,
    id: 'u-stc-lead',
    username: 'stc.lead',
    fullName: 'Hoàng Minh Tuấn',
    title: 'Giám đốc Sở',
    role: 'LEAD' as const,
    agency: {
      __typename: 'Agency' as const,
      id: 'a-stc',
      name: 'Sở Tài chính',
      shortName: 'Sở Tài chính',
      kind: 'DEPARTMENT' as const,
    },
    capabilities: capabilities.agencyLead,
    mustChangePassword: false,
  };
  const inAppraisal = proposalDetail({
    status: 'IN_APPRAISAL',
    allowedActions: ['APPRAISE'],
    appraisingAgencyId: 'a-stc',
    appraisals: [
      {
        ...proposalDetail().appraisals[0],
        opinion: null,
        comment: null,
        recommendations: [],
        appraisedBy: null,
        appraisedAt: null,
      },
    ],
  });
  const message = 'Mức kiến nghị cho "Số hóa hồ sơ địa chính" phải từ 0 đến mức đề xuất.';
  const api = pageApi(
    {
      ProposalDetail: { data: { proposal: inAppraisal } },
      AppraiseProposal: graphQLError('BAD_USER_INPUT', {
        fields: [{ field: 'recommendations', code: 'INVALID_FORMAT', message }],
      }),
    },
    stc,
  );
  renderApp(api, '/proposals/p-1');

  fireEvent.click(await screen.findByRole('button', { name: 'Thẩm định' }));
  const panel = screen.getByRole('form', { name: 'Thẩm định' });
  fireEvent.click(within(panel).getByLabelText(/Đồng ý một phần/));
  fireEvent.change(within(panel).getByLabelText('Nhận xét'), { target: { value: 'Đề nghị giảm.' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Gửi ý kiến thẩm định' }));

  expect(await within(panel).findByText(message)).toBeTruthy();
  expect(screen.queryByText('Thông tin nhập chưa hợp lệ. Vui lòng kiểm tra lại.')).toBeNull();
});
