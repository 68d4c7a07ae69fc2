import { act, screen, within } from '@testing-library/react';
import type { AgencyChangedSubscription, AgencyDetailQuery } from '../../gql/graphql';
import { tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationsNamed,
  type Responder,
  type StubApi,
} from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

/** A TN&MT lead whose detail query is answered by `detail`. */
function detailApi(detail: Responder) {
  return createStubApi({ Me: { data: { me: tnmtLead } }, AgencyDetail: detail });
}

function networkOnlyReloads(api: StubApi): number {
  const reloads = operationsNamed(api, 'AgencyDetail').filter(
    (operation) => operation.context.requestPolicy === 'network-only',
  );
  return reloads.length;
}

function emitChange(api: StubApi, agencyChanged: AgencyChangedSubscription['agencyChanged']) {
  act(() => api.emit('AgencyChanged', { data: { agencyChanged } }));
}

const landOffice: AgencyDetailQuery['agency'] = {
  __typename: 'Agency',
  id: 'a-vpdkdd',
  name: 'Văn phòng Đăng ký đất đai',
  shortName: 'VPĐKĐĐ',
  code: 'TNMT-VPDKDD',
  kind: 'DEPARTMENT',
  parent: { __typename: 'Agency', id: 'a-tnmt', name: 'Sở Tài nguyên và Môi trường' },
  children: [
    { __typename: 'Agency', id: 'a-vpdkdd-cn-a', name: 'Chi nhánh huyện A', code: 'VPDKDD-CN-A', kind: 'DEPARTMENT' },
  ],
  members: [
    { __typename: 'User', id: 'u1', fullName: 'Trần Thị Mai', title: 'Giám đốc', role: 'LEAD' },
    { __typename: 'User', id: 'u2', fullName: 'Phạm Minh Tuấn', title: 'Chuyên viên', role: 'STAFF' },
  ],
};

test('shows the agency with its parent, sub-units and members', async () => {
  renderApp(detailApi({ data: { agency: landOffice } }), '/agencies/a-vpdkdd');

  expect(await screen.findByRole('heading', { level: 1, name: 'Văn phòng Đăng ký đất đai' })).toBeTruthy();
  expect(screen.getByText('TNMT-VPDKDD')).toBeTruthy();
  expect(screen.getByText('Sở, ban, ngành', { selector: 'dd span' })).toBeTruthy();
  const parent = screen.getByRole('link', { name: 'Sở Tài nguyên và Môi trường' });
  expect(parent.getAttribute('href')).toBe('/agencies/a-tnmt');
  expect(screen.getByRole('link', { name: 'Chi nhánh huyện A' }).getAttribute('href')).toBe('/agencies/a-vpdkdd-cn-a');

  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  expect(
    rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ),
  ).toEqual([
    ['Trần Thị Mai', 'Giám đốc', 'Lãnh đạo'],
    ['Phạm Minh Tuấn', 'Chuyên viên', 'Chuyên viên'],
  ]);
  expect(document.title).toBe('Văn phòng Đăng ký đất đai · Liên thông');
});

test('an unknown agency shows NOT_FOUND without a pointless retry', async () => {
  renderApp(detailApi(graphQLError('NOT_FOUND')), '/agencies/nope');

  expect((await screen.findByRole('alert')).textContent).toBe('Không tìm thấy dữ liệu được yêu cầu.');
  expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
});

test('reloads from the network when one of its sub-units changes', async () => {
  let agency = landOffice;
  const api = detailApi(() => ({ data: { agency } }));
  renderApp(api, '/agencies/a-vpdkdd');
  await screen.findByRole('link', { name: 'Chi nhánh huyện A' });

  const branchB = {
    __typename: 'Agency' as const,
    id: 'a-vpdkdd-cn-b',
    name: 'Chi nhánh huyện B',
    code: 'VPDKDD-CN-B',
    kind: 'DEPARTMENT' as const,
  };
  agency = { ...landOffice, children: [...landOffice.children, branchB] };
  emitChange(api, {
    __typename: 'AgencyChangedEvent',
    change: 'CREATED',
    agency: {
      __typename: 'Agency',
      id: branchB.id,
      name: branchB.name,
      parent: { __typename: 'Agency', id: 'a-vpdkdd' },
    },
  });

  expect(await screen.findByRole('link', { name: 'Chi nhánh huyện B' })).toBeTruthy();
  expect(networkOnlyReloads(api)).toBe(1);
});

test('ignores changes to unrelated agencies', async () => {
  const api = detailApi({ data: { agency: landOffice } });
  renderApp(api, '/agencies/a-vpdkdd');
  await screen.findByRole('link', { name: 'Chi nhánh huyện A' });

  emitChange(api, {
    __typename: 'AgencyChangedEvent',
    change: 'UPDATED',
    agency: { __typename: 'Agency', id: 'a-stc', name: 'Sở Tài chính', parent: null },
  });

  expect(networkOnlyReloads(api)).toBe(0);
});
