import { fireEvent, screen, within } from '@testing-library/react';
import type { DelegationItem } from './delegations.operations';
import { localityStaff, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi } from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

const official = (id: string, fullName: string, title: string) => ({
  __typename: 'UserSummary' as const,
  id,
  fullName,
  title,
});
const lead = official('u-tnmt-lead', 'Nguyễn Văn Hùng', 'Giám đốc Sở');
const deputy = official('u-tnmt-staff', 'Phạm Thu Hà', 'Chuyên viên Phòng Quản lý đất đai');

function delegation(overrides: Partial<DelegationItem> = {}): DelegationItem {
  return {
    __typename: 'Delegation',
    id: 'dl-1',
    status: 'ACTIVE',
    form: 'TL',
    formText: 'TL. GIÁM ĐỐC / CHUYÊN VIÊN',
    powers: ['ACKNOWLEDGE', 'APPRAISE'],
    startsOn: '2026-12-06',
    endsOn: '2026-12-12',
    revokedAt: null,
    grantor: lead,
    delegate: deputy,
    ...overrides,
  };
}

const myDelegations = (given: DelegationItem[], received: DelegationItem[], me = tnmtLead) => ({
  data: {
    myDelegations: { __typename: 'MyDelegations', given, received },
    me: {
      __typename: 'User',
      id: me.id,
      agency: {
        __typename: 'Agency',
        id: me.agency.id,
        members: [
          { __typename: 'User', id: lead.id, fullName: lead.fullName, title: lead.title },
          { __typename: 'User', id: deputy.id, fullName: deputy.fullName, title: deputy.title },
        ],
      },
    },
  },
});

test('a leader gives powers to a colleague for a period; the list then shows it in force, with its form', async () => {
  let given: DelegationItem[] = [];
  const sent: Record<string, unknown>[] = [];
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    MyDelegations: () => myDelegations(given, []),
    DelegatePowers: (variables) => {
      sent.push(variables.input as Record<string, unknown>);
      given = [delegation()];
      return { data: { delegatePowers: { __typename: 'DelegationPayload', delegation: given[0] } } };
    },
  });
  renderApp(api, '/delegations');

  await screen.findByText('Bạn chưa ủy quyền cho ai.');
  const form = within(screen.getByRole('form', { name: 'Ủy quyền mới' }));
  // the colleague list leaves out the leader; only the leader's own powers are offered
  expect(form.getAllByRole('option').map((o) => o.textContent)).toEqual([
    '— Chọn cán bộ —',
    'Phạm Thu Hà — Chuyên viên Phòng Quản lý đất đai',
  ]);
  expect(form.queryByLabelText('Quyết định, ký quyết định')).toBeNull();
  fireEvent.change(form.getByLabelText('Người được ủy quyền'), { target: { value: deputy.id } });
  fireEvent.click(form.getByLabelText('Tiếp nhận, trả lời đề nghị'));
  fireEvent.click(form.getByLabelText('Thẩm định đề xuất'));
  fireEvent.change(form.getByLabelText('Đến hết ngày'), { target: { value: '2026-12-12' } });
  fireEvent.click(form.getByRole('button', { name: 'Ủy quyền' }));

  const row = await screen.findByRole('row', { name: /Phạm Thu Hà/ });
  expect(within(row).getByText('Đang hiệu lực')).toBeTruthy();
  expect(within(row).getByText('TL. GIÁM ĐỐC / CHUYÊN VIÊN')).toBeTruthy();
  expect(within(row).getByText('Tiếp nhận, trả lời đề nghị; Thẩm định đề xuất')).toBeTruthy();
  expect(sent).toEqual([
    expect.objectContaining({ delegateId: deputy.id, powers: ['ACKNOWLEDGE', 'APPRAISE'], endsOn: '2026-12-12' }),
  ]);
});

test("the server's refusal shows on its field, in the server's words", async () => {
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    MyDelegations: myDelegations([], []),
    DelegatePowers: {
      data: null,
      errors: [
        {
          message: 'Dữ liệu không hợp lệ.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'endsOn',
                code: 'TOO_LONG',
                message: 'Thời hạn ủy quyền tối đa 90 ngày.',
                messageKey: 'delegation.tooLong',
                messageParams: { max: 90 },
              },
            ],
          },
        },
      ],
    },
  });
  renderApp(api, '/delegations');
  const form = within(await screen.findByRole('form', { name: 'Ủy quyền mới' }));
  fireEvent.change(form.getByLabelText('Người được ủy quyền'), { target: { value: deputy.id } });
  fireEvent.click(form.getByLabelText('Thẩm định đề xuất'));
  fireEvent.click(form.getByRole('button', { name: 'Ủy quyền' }));
  expect(await form.findByText('Thời hạn ủy quyền tối đa 90 ngày.')).toBeTruthy();
});

test('a delegate without powers of their own sees what they received, and no form', async () => {
  const api = createStubApi({
    Me: { data: { me: localityStaff } },
    MyDelegations: myDelegations(
      [],
      [delegation({ status: 'REVOKED', revokedAt: '2026-12-07T02:00:00.000Z' })],
      localityStaff,
    ),
  });
  renderApp(api, '/delegations');
  const row = await screen.findByRole('row', { name: /Nguyễn Văn Hùng/ });
  expect(within(row).getByText('Đã thu hồi')).toBeTruthy();
  expect(screen.queryByRole('form', { name: 'Ủy quyền mới' })).toBeNull();
  expect(screen.getByText('Chỉ lãnh đạo mới có quyền để ủy quyền.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /Thu hồi/ })).toBeNull();
});
