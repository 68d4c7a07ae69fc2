import { act, fireEvent, screen, within } from '@testing-library/react';
import { agencyPage, provinceAgencies, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, operationsNamed, type Responder } from '../../test-support/stub-api';
import type { AgencyListItem } from './agencies.operations';

beforeEach(() => localStorage.clear());

/** A TN&MT lead whose directory query is answered by `directory`. */
function directoryApi(directory: Responder) {
  return createStubApi({ Me: { data: { me: tnmtLead } }, AgencyDirectory: directory });
}

const wholeProvince: Responder = { data: agencyPage(provinceAgencies, null, false) };

/** Serves `agencies` in pages of `pageSize`, keyed by the cursor, like the server's keyset pages. */
function pagedDirectory(agencies: () => AgencyListItem[], pageSize: number): Responder {
  return ({ after }) => {
    const start = after ? Number(after) : 0;
    const end = start + pageSize;
    const all = agencies();
    return { data: agencyPage(all.slice(start, end), String(Math.min(end, all.length)), end < all.length) };
  };
}

function row(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).parentElement;
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

test('loads every page and shows the province as a tree with the viewer’s agency highlighted', async () => {
  const api = directoryApi(pagedDirectory(() => provinceAgencies, 5));
  renderApp(api, '/agencies');

  expect(await screen.findByText('Hiển thị 8 trên 8 cơ quan')).toBeTruthy();
  expect(operationsNamed(api, 'AgencyDirectory').map((operation) => operation.variables)).toEqual([
    { first: 100, after: null },
    { first: 100, after: '5' },
  ]);

  const tnmt = screen.getByRole('link', { name: 'Sở Tài nguyên và Môi trường' }).closest('li');
  if (!tnmt) throw new Error('no TN&MT item');
  expect(within(tnmt).getByRole('link', { name: 'Văn phòng Đăng ký đất đai' })).toBeTruthy();
  expect(within(tnmt).getByRole('link', { name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện B' })).toBeTruthy();
  expect(within(row('Sở Tài nguyên và Môi trường')).getByText('Cơ quan của bạn')).toBeTruthy();
  expect(within(row('Sở Tài chính')).queryByText('Cơ quan của bạn')).toBeNull();
  expect(within(row('UBND tỉnh')).getByText('UBND')).toBeTruthy();
  expect(within(row('UBND huyện A')).getByText('Địa phương')).toBeTruthy();
  expect(within(row('Cục Thuế tỉnh')).getByText('Ngành')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Sở Tài chính' }).getAttribute('href')).toBe('/agencies/a-stc');
});

test('a branch can be collapsed and expanded', async () => {
  renderApp(directoryApi(wholeProvince), '/agencies');

  fireEvent.click(await screen.findByRole('button', { name: 'Thu gọn Văn phòng Đăng ký đất đai' }));
  expect(screen.queryByRole('link', { name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện A' })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Mở rộng Văn phòng Đăng ký đất đai' }));
  expect(screen.getByRole('link', { name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện A' })).toBeTruthy();
});

test('search and kind filter narrow the tree; an empty result offers to clear them', async () => {
  renderApp(directoryApi(wholeProvince), '/agencies');

  fireEvent.change(await screen.findByLabelText('Tìm kiếm'), { target: { value: 'huyen a' } });
  expect(screen.getByText('Hiển thị 2 trên 8 cơ quan')).toBeTruthy();
  expect(screen.queryByRole('link', { name: 'Sở Tài chính' })).toBeNull();

  fireEvent.change(screen.getByLabelText('Loại cơ quan'), { target: { value: 'SECTOR' } });
  expect(screen.getByText('Không có cơ quan nào phù hợp với bộ lọc.')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
  expect(screen.getByText('Hiển thị 8 trên 8 cơ quan')).toBeTruthy();
  expect((screen.getByLabelText('Tìm kiếm') as HTMLInputElement).value).toBe('');
});

test('a newly created agency appears live, reloaded from the network', async () => {
  const agencies = [...provinceAgencies];
  const api = directoryApi(pagedDirectory(() => agencies, 100));
  renderApp(api, '/agencies');
  await screen.findByText('Hiển thị 8 trên 8 cơ quan');

  const created: AgencyListItem = {
    __typename: 'Agency',
    id: 'a-vpdkdd-cn-c',
    name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện C',
    shortName: 'CN VPĐKĐĐ huyện C',
    code: 'VPDKDD-CN-C',
    kind: 'DEPARTMENT',
    parent: { __typename: 'Agency', id: 'a-vpdkdd' },
  };
  agencies.push(created);
  const event = { change: 'CREATED', agency: { id: created.id, name: created.name, parent: created.parent } };
  act(() => api.emit('AgencyChanged', { data: { agencyChanged: event } }));

  expect(await screen.findByRole('link', { name: created.name })).toBeTruthy();
  expect(screen.getByText('Hiển thị 9 trên 9 cơ quan')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe(`Vừa thêm cơ quan: ${created.name}`);
  expect(operationsNamed(api, 'AgencyDirectory').map((operation) => operation.context.requestPolicy)).toEqual([
    'cache-first',
    'network-only',
  ]);
});

test('a failed load shows a translated error and can be retried', async () => {
  let fail = true;
  const failing = graphQLError('INTERNAL_SERVER_ERROR');
  renderApp(
    directoryApi(() => (fail ? failing : { data: agencyPage(provinceAgencies, null, false) })),
    '/agencies',
  );

  expect((await screen.findByRole('alert')).textContent).toContain('Hệ thống gặp sự cố. Vui lòng thử lại sau.');
  fail = false;
  fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));

  expect(await screen.findByText('Hiển thị 8 trên 8 cơ quan')).toBeTruthy();
});

test('an empty directory says so', async () => {
  renderApp(directoryApi({ data: agencyPage([], null, false) }), '/agencies');

  expect(await screen.findByText('Chưa có cơ quan nào trong danh bạ.')).toBeTruthy();
});
