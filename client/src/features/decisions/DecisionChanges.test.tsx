import { fireEvent, screen, within } from '@testing-library/react';
import { capabilities, committeeLead, tnmtLead } from '../../test-support/fixtures';
import { decisionDetail } from '../../test-support/proposal-fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, operationsNamed, type Responder } from '../../test-support/stub-api';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

const amendment = decisionDetail({
  id: 'd-51',
  number: 51,
  numberText: '51/QĐ-UBND',
  kind: 'AMENDMENT',
  title: 'Về việc sửa đổi Quyết định số 42/QĐ-UBND',
  amends: { __typename: 'DecisionRef', id: 'd-42', numberText: '42/QĐ-UBND', kind: 'APPROVAL' },
});
const revocation = decisionDetail({
  id: 'd-50',
  number: 50,
  numberText: '50/QĐ-UBND',
  kind: 'REVOCATION',
  outcome: 'REVOKED',
  title: 'Về việc bãi bỏ Quyết định số 42/QĐ-UBND',
  lines: [],
  conditions: 'Đề xuất không còn phù hợp.',
  amends: { __typename: 'DecisionRef', id: 'd-42', numberText: '42/QĐ-UBND', kind: 'APPROVAL' },
});

function pageApi(responders: Record<string, Responder> = {}, me: CurrentUser = committeeLead) {
  return createStubApi({
    Me: { data: { me } },
    DecisionDetail: ({ id }) => ({
      data: { decision: [amendment, revocation].find((d) => d.id === id) ?? decisionDetail() },
    }),
    ...responders,
  });
}

const changeButtons = () =>
  screen.queryAllByRole('button', { name: /^(Sửa đổi|Bãi bỏ) quyết định$/ }).map((b) => b.textContent);

test('only a Committee leader sees "Sửa đổi" and "Bãi bỏ", and only while the decision is in force', async () => {
  const cases: [CurrentUser, ReturnType<typeof decisionDetail>, string[]][] = [
    [committeeLead, decisionDetail(), ['Sửa đổi quyết định', 'Bãi bỏ quyết định']],
    [{ ...committeeLead, role: 'STAFF', capabilities: capabilities.committeeStaff }, decisionDetail(), []],
    // a Committee LEAD awaiting confirmation: the server says they sign nothing yet
    [{ ...committeeLead, capabilities: capabilities.committeeStaff }, decisionDetail(), []],
    [tnmtLead, decisionDetail(), []],
    [committeeLead, revocation, []],
    [
      committeeLead,
      decisionDetail({
        amendedBy: [{ __typename: 'DecisionRef', id: 'd-50', numberText: '50/QĐ-UBND', kind: 'REVOCATION' }],
      }),
      [],
    ],
    [
      committeeLead,
      decisionDetail({
        amendedBy: [{ __typename: 'DecisionRef', id: 'd-51', numberText: '51/QĐ-UBND', kind: 'AMENDMENT' }],
      }),
      ['Sửa đổi quyết định', 'Bãi bỏ quyết định'],
    ],
  ];
  for (const [me, decision, expected] of cases) {
    const { unmount } = renderApp(pageApi({ DecisionDetail: { data: { decision } } }, me), `/decisions/${decision.id}`);
    await screen.findByRole('heading', { level: 1, name: 'QUYẾT ĐỊNH' });
    expect(changeButtons()).toEqual(expected);
    unmount();
  }
});

test('amending is prefilled with the current grants, refuses more than requested, sends the new grants and opens the amendment', async () => {
  const api = pageApi({ AmendDecision: { data: { amendDecision: { decision: amendment } } } });
  renderApp(api, '/decisions/d-42');
  fireEvent.click(await screen.findByRole('button', { name: 'Sửa đổi quyết định' }));
  const panel = within(screen.getByRole('form', { name: 'Sửa đổi quyết định' }));
  expect(panel.getByLabelText<HTMLInputElement>('Kinh phí duyệt cho Số hóa hồ sơ địa chính').value).toBe(
    '1.250.000.000',
  );
  expect(panel.getByLabelText<HTMLInputElement>('Số lượng duyệt cho Máy quét khổ A3').value).toBe('2');
  expect(panel.getByLabelText<HTMLTextAreaElement>('Điều kiện, yêu cầu kèm theo').value).toBe(
    'Sở TN&MT quyết toán theo quy định.',
  );

  fireEvent.change(panel.getByLabelText('Số lượng duyệt cho Máy quét khổ A3'), { target: { value: '5' } });
  fireEvent.click(panel.getByRole('button', { name: 'Ban hành quyết định sửa đổi' }));
  expect(panel.getByText('Mức duyệt phải từ 0 đến mức đề nghị.')).toBeTruthy();
  expect(operationsNamed(api, 'AmendDecision')).toHaveLength(0);

  fireEvent.change(panel.getByLabelText('Số lượng duyệt cho Máy quét khổ A3'), { target: { value: '3' } });
  fireEvent.change(panel.getByLabelText('Kinh phí duyệt cho Số hóa hồ sơ địa chính'), {
    target: { value: '1.500.000.000' },
  });
  fireEvent.change(panel.getByLabelText('Điều kiện, yêu cầu kèm theo'), {
    target: { value: ' Quyết toán trước 31/12. ' },
  });
  fireEvent.click(panel.getByRole('button', { name: 'Ban hành quyết định sửa đổi' }));

  expect(await screen.findByRole('article', { name: 'Quyết định số 51/QĐ-UBND' })).toBeTruthy();
  const input = operationsNamed(api, 'AmendDecision')[0].variables!.input as Record<string, unknown>;
  expect(input).toMatchObject({
    decisionId: 'd-42',
    conditions: 'Quyết toán trước 31/12.',
    grants: [
      { itemId: 'i-1', grantedQuantity: 1, grantedAmount: '1500000000' },
      { itemId: 'i-2', grantedQuantity: 3, grantedAmount: null },
    ],
  });
  expect(typeof input.idempotencyKey).toBe('string');
});

test('revoking asks for a reason, then confirmation, then opens the revocation', async () => {
  const api = pageApi({ RevokeDecision: { data: { revokeDecision: { decision: revocation } } } });
  renderApp(api, '/decisions/d-42');
  fireEvent.click(await screen.findByRole('button', { name: 'Bãi bỏ quyết định' }));
  const panel = within(screen.getByRole('form', { name: 'Bãi bỏ quyết định' }));
  fireEvent.click(panel.getByRole('button', { name: 'Tiếp tục' }));
  expect(panel.getByText('Vui lòng nhập nội dung.')).toBeTruthy();

  fireEvent.change(panel.getByLabelText('Lý do bãi bỏ'), { target: { value: 'Đề xuất không còn phù hợp.' } });
  fireEvent.click(panel.getByRole('button', { name: 'Tiếp tục' }));
  expect(panel.getByText(/Bãi bỏ Quyết định số 42\/QĐ-UBND\?/)).toBeTruthy();
  expect(operationsNamed(api, 'RevokeDecision')).toHaveLength(0);
  fireEvent.click(panel.getByRole('button', { name: 'Xác nhận bãi bỏ' }));

  const doc = within(await screen.findByRole('article', { name: 'Quyết định số 50/QĐ-UBND' }));
  expect(doc.getByText(/Bãi bỏ Quyết định số 42\/QĐ-UBND\./)).toBeTruthy();
  expect(changeButtons()).toEqual([]); // a revocation is final
  const input = operationsNamed(api, 'RevokeDecision')[0].variables!.input as Record<string, unknown>;
  expect(input).toMatchObject({ decisionId: 'd-42', reason: 'Đề xuất không còn phù hợp.' });
  expect(typeof input.idempotencyKey).toBe('string');
});

test('errors by code: a field error under its field, FORBIDDEN as an alert, INVALID_TRANSITION reloads', async () => {
  let current = decisionDetail();
  let answer = graphQLError('BAD_USER_INPUT', { fields: [{ field: 'input.reason', code: 'TOO_LONG' }] });
  const api = pageApi({
    DecisionDetail: () => ({ data: { decision: current } }),
    RevokeDecision: () => answer,
  });
  renderApp(api, '/decisions/d-42');
  const revoke = async () => {
    const panel = within(screen.getByRole('form', { name: 'Bãi bỏ quyết định' }));
    fireEvent.change(panel.getByLabelText('Lý do bãi bỏ'), { target: { value: 'Lý do' } });
    fireEvent.click(panel.getByRole('button', { name: 'Tiếp tục' }));
    fireEvent.click(panel.getByRole('button', { name: 'Xác nhận bãi bỏ' }));
  };
  fireEvent.click(await screen.findByRole('button', { name: 'Bãi bỏ quyết định' }));
  await revoke();
  expect(await screen.findByText('Nội dung quá dài.')).toBeTruthy();
  expect(screen.queryByText('Thông tin nhập chưa hợp lệ. Vui lòng kiểm tra lại.')).toBeNull();

  answer = graphQLError('FORBIDDEN');
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận bãi bỏ' }));
  expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeTruthy();

  answer = graphQLError('INVALID_TRANSITION');
  current = decisionDetail({
    amendedBy: [{ __typename: 'DecisionRef', id: 'd-50', numberText: '50/QĐ-UBND', kind: 'REVOCATION' }],
  });
  fireEvent.click(screen.getByRole('button', { name: 'Xác nhận bãi bỏ' }));
  expect(await screen.findByText('ĐÃ BỊ BÃI BỎ')).toBeTruthy();
  expect(changeButtons()).toEqual([]);
});
