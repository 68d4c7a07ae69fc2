import { fireEvent, screen, within } from '@testing-library/react';
import type { AuditLogQuery } from '../../gql/graphql';
import { agencyPage, capabilities, committeeLead, provinceAgencies, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, variablesSent } from '../../test-support/stub-api';
import type { AuditRow } from './admin.operations';

beforeEach(() => localStorage.clear());

const admin = {
  ...tnmtLead,
  id: 'u-admin',
  username: 'admin',
  role: 'ADMIN' as const,
  capabilities: capabilities.admin,
};
const noUsers = {
  data: {
    users: {
      __typename: 'UserConnection',
      edges: [],
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
    },
  },
};

test('moving an agency under its own sub-unit is refused, with the server’s words on the parent field', async () => {
  const api = createStubApi({
    Me: { data: { me: admin } },
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    AdminAgency: {
      data: {
        agency: {
          __typename: 'Agency',
          id: 'a-tnmt',
          version: 7,
          name: 'Sở Tài nguyên và Môi trường',
          shortName: 'Sở TN&MT',
          parent: null,
        },
      },
    },
    AdminUpdateAgency: graphQLError('BAD_USER_INPUT', {
      fields: [
        {
          field: 'parentId',
          code: 'NOT_ALLOWED',
          message: 'Không thể chuyển cơ quan vào đơn vị trực thuộc của chính nó.',
        },
      ],
    }),
  });
  renderApp(api, '/admin/agencies');
  fireEvent.click(await screen.findByRole('button', { name: 'Sửa Sở Tài nguyên và Môi trường' }));
  const form = await screen.findByRole('form', { name: 'Sửa Sở Tài nguyên và Môi trường' });
  fireEvent.change(within(form).getByLabelText('Trực thuộc'), { target: { value: 'a-vpdkdd' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
  expect(await within(form).findByText('Không thể chuyển cơ quan vào đơn vị trực thuộc của chính nó.')).toBeTruthy();
  expect(variablesSent(api, 'AdminUpdateAgency')).toEqual([
    {
      input: {
        id: 'a-tnmt',
        version: 7,
        name: 'Sở Tài nguyên và Môi trường',
        shortName: 'Sở TN&MT',
        parentId: 'a-vpdkdd',
      },
    },
  ]);
});

const auditRow = (over: Partial<AuditRow>): AuditRow => ({
  __typename: 'AuditRecord',
  id: '42',
  at: '2026-12-06T03:00:00.000Z',
  action: 'USER.CREATED',
  actor: { __typename: 'AuditActor', id: 'u-admin', username: 'admin', fullName: 'Quản trị hệ thống' },
  subjectType: 'USER',
  subjectId: 'u-new',
  subjectLabel: 'stnmt.moi',
  details: '{"role":"STAFF"}',
  chainIntact: true,
  ...over,
});

test('the audit view filters by what and when, marks a row that no longer matches, and checks the chain on demand', async () => {
  const page = (rows: AuditRow[]): { data: AuditLogQuery } => ({
    data: {
      auditLog: {
        __typename: 'AuditRecordConnection',
        edges: rows.map((node) => ({ __typename: 'AuditRecordEdge', node })),
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  });
  const api = createStubApi({
    Me: { data: { me: admin } },
    AdminUsers: noUsers,
    AuditLog: page([
      auditRow({}),
      auditRow({ id: '41', action: 'AUTH.LOGIN_FAILED', actor: null, chainIntact: false }),
    ]),
    AuditChainStatus: {
      data: { auditChainStatus: { __typename: 'AuditChainStatus', intact: false, checked: 40, brokenAtId: '41' } },
    },
  });
  renderApp(api, '/admin/audit');
  const broken = (await screen.findByRole('cell', { name: 'AUTH.LOGIN_FAILED' })).closest('tr')!;
  expect(within(broken).getByText('Không khớp')).toBeTruthy();
  expect(within(broken).getByText('Hệ thống')).toBeTruthy();

  fireEvent.change(screen.getByLabelText('Loại thao tác'), { target: { value: 'USER.' } });
  fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '01/12/2026' } });
  await screen.findByRole('cell', { name: 'USER.CREATED' });
  expect(variablesSent(api, 'AuditLog').at(-1)).toEqual({
    filter: { actorId: null, action: 'USER.', from: '2026-12-01', to: null },
    first: 50,
  });

  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra toàn bộ chuỗi' }));
  expect(await screen.findByText('Chuỗi nhật ký bị thay đổi từ mục số 41 (40 mục trước đó khớp).')).toBeTruthy();
});

test('a Committee leader confirms a new signing official from the user menu', async () => {
  const api = createStubApi({
    Me: { data: { me: committeeLead } },
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    AwaitingSigning: {
      data: {
        signingOfficialsAwaitingConfirmation: [
          {
            __typename: 'User',
            id: 'u-binh',
            fullName: 'Trần Văn Bình',
            title: 'Phó Chủ tịch UBND tỉnh',
            username: 'ubnd.pct-binh',
            agency: { __typename: 'Agency', id: 'a-ubnd-tinh', shortName: 'UBND tỉnh' },
          },
        ],
      },
    },
    ConfirmSigningOfficial: {
      data: { confirmSigningOfficial: { __typename: 'User', id: 'u-binh', awaitingConfirmation: false } },
    },
  });
  renderApp(api, '/agencies');
  expect(capabilities.committeeLead.confirmSigningOfficials).toBe(true);
  fireEvent.click(await screen.findByRole('link', { name: 'Xác nhận người ký' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Xác nhận Trần Văn Bình' }));
  expect(
    await screen.findByText('Đã xác nhận Trần Văn Bình. Người này có quyền ký từ lần đăng nhập tiếp theo.'),
  ).toBeTruthy();
  expect(variablesSent(api, 'ConfirmSigningOfficial')).toEqual([{ input: { userId: 'u-binh' } }]);
});

test('an official without the capability is not offered the confirmation', async () => {
  renderApp(
    createStubApi({ Me: { data: { me: tnmtLead } }, AgencyDirectory: { data: agencyPage([], null, false) } }),
    '/agencies',
  );
  await screen.findByRole('button', { name: 'Đăng xuất' });
  expect(screen.queryByRole('link', { name: 'Xác nhận người ký' })).toBeNull();
});
