import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { agencyPage, committeeLead, provinceAgencies, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationNames,
  operationsNamed,
  type Responder,
} from '../../test-support/stub-api';
import { meetingDetail } from '../../test-support/task-fixtures';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

const members = [
  { id: 'u-ubnd-chair', fullName: 'Nguyễn Văn Chủ', title: 'Chủ tịch UBND tỉnh', role: 'LEAD', actingRole: 'LEAD' },
  { id: 'u-ubnd-lead', fullName: 'Lê Huyền', title: 'Phó Chủ tịch UBND tỉnh', role: 'LEAD', actingRole: 'LEAD' },
  // awaiting confirmation by another Committee leader: acts as STAFF, so does not chair
  { id: 'u-ubnd-new', fullName: 'Trần Văn Mới', title: 'Phó Chủ tịch UBND tỉnh', role: 'LEAD', actingRole: 'STAFF' },
  { id: 'u-ubnd-staff', fullName: 'Chuyên viên Văn phòng', title: 'Chuyên viên', role: 'STAFF', actingRole: 'STAFF' },
];

function formApi(responders: Record<string, Responder> = {}, me: CurrentUser = committeeLead) {
  return createStubApi({
    Me: { data: { me } },
    AgencyMembers: { data: { agency: { id: 'a-ubnd-tinh', members } } },
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    MeetingDetail: { data: { meeting: meetingDetail() } },
    ...responders,
  });
}

const row = (n: number) => within(screen.getByRole('group', { name: `Nội dung chỉ đạo ${n}` }));
const rows = () => screen.queryAllByRole('group', { name: /^Nội dung chỉ đạo \d+$/ });

async function fillDirective(n: number, content: string, agency: string, dueDate: string) {
  fireEvent.change(row(n).getByLabelText('Nội dung chỉ đạo'), { target: { value: content } });
  const select = row(n).getByRole('combobox', { name: /Cơ quan (thực hiện|chủ trì)/ });
  await within(select).findByRole('option', { name: agency });
  fireEvent.change(select, {
    target: { value: within(select).getByRole('option', { name: agency }).getAttribute('value') },
  });
  fireEvent.change(row(n).getByLabelText('Lĩnh vực'), { target: { value: 'LAND' } });
  // typed as the field shows it (dd/MM/yyyy), sent as ISO
  fireEvent.change(row(n).getByLabelText('Hạn'), { target: { value: dueDate.split('-').reverse().join('/') } });
}

async function fillRecord() {
  fireEvent.change(await screen.findByLabelText('Tiêu đề buổi làm việc'), {
    target: { value: 'Làm việc với Sở TN&MT về kết quả quý I/2023' },
  });
  const chair = await screen.findByRole('combobox', { name: 'Chủ trì' });
  fireEvent.change(chair, { target: { value: 'u-ubnd-lead' } });
  fireEvent.change(screen.getByLabelText('Tóm tắt nội dung làm việc'), {
    target: { value: 'Sở báo cáo kết quả quý I.' },
  });
  fireEvent.change(screen.getByLabelText('Kết luận'), { target: { value: 'Ghi nhận kết quả.' } });
}

test('directive rows are added and removed; a removed row takes only its own values', async () => {
  renderApp(formApi(), '/meetings/new');
  await screen.findByLabelText('Tiêu đề buổi làm việc');
  expect(rows()).toHaveLength(1);
  expect(screen.queryByRole('button', { name: 'Xóa nội dung chỉ đạo 1' })).toBeNull(); // at least one stays

  fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung chỉ đạo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung chỉ đạo' }));
  expect(rows()).toHaveLength(3);
  fireEvent.change(row(1).getByLabelText('Nội dung chỉ đạo'), { target: { value: 'Thứ nhất' } });
  fireEvent.change(row(2).getByLabelText('Nội dung chỉ đạo'), { target: { value: 'Thứ hai' } });
  fireEvent.change(row(3).getByLabelText('Nội dung chỉ đạo'), { target: { value: 'Thứ ba' } });

  fireEvent.click(screen.getByRole('button', { name: 'Xóa nội dung chỉ đạo 2' }));
  expect(rows()).toHaveLength(2);
  expect(row(1).getByLabelText<HTMLTextAreaElement>('Nội dung chỉ đạo').value).toBe('Thứ nhất');
  expect(row(2).getByLabelText<HTMLTextAreaElement>('Nội dung chỉ đạo').value).toBe('Thứ ba');

  // A coordination request has supporting agencies and no category or quarter; a task the reverse.
  expect(row(2).queryByRole('group', { name: 'Cơ quan phối hợp (không bắt buộc)' })).toBeNull();
  fireEvent.change(row(2).getByLabelText('Hình thức'), { target: { value: 'REQUEST' } });
  expect(row(2).getByRole('group', { name: 'Cơ quan phối hợp (không bắt buộc)' })).toBeTruthy();
  expect(row(2).queryByLabelText('Loại nhiệm vụ')).toBeNull();
  expect(row(2).queryByLabelText('Quý (không bắt buộc)')).toBeNull();
  expect(row(1).getByLabelText('Loại nhiệm vụ')).toBeTruthy();
});

test('only Committee leaders can chair; missing fields are caught per row before sending', async () => {
  const api = formApi();
  renderApp(api, '/meetings/new');
  const chair = await screen.findByRole('combobox', { name: 'Chủ trì' });
  expect(
    within(chair)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Chọn lãnh đạo UBND tỉnh', 'Nguyễn Văn Chủ — Chủ tịch UBND tỉnh', 'Lê Huyền — Phó Chủ tịch UBND tỉnh']);
  await fillRecord();
  fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung chỉ đạo' }));
  await fillDirective(1, 'Giải quyết dứt điểm hồ sơ tồn đọng', 'Sở Tài nguyên và Môi trường', '2023-06-30');
  fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

  expect(row(2).getByLabelText('Nội dung chỉ đạo').getAttribute('aria-invalid')).toBe('true');
  expect(row(2).getByLabelText('Hạn').getAttribute('aria-invalid')).toBe('true');
  expect(row(1).getByLabelText('Hạn').getAttribute('aria-invalid')).toBeNull();
  expect(document.activeElement).toBe(row(2).getByLabelText('Nội dung chỉ đạo'));
  expect(operationNames(api)).not.toContain('CreateMeeting');
});

test('creating sends every directive with an idempotency key; server errors land on their row by path', async () => {
  const api = formApi({
    CreateMeeting: graphQLError('BAD_USER_INPUT', {
      fields: [
        { field: 'directives.1.dueDate', code: 'INVALID_FORMAT' },
        { field: 'directives.0.agencyId', code: 'NOT_ALLOWED' },
      ],
    }),
  });
  renderApp(api, '/meetings/new');
  await fillRecord();
  await fillDirective(1, 'Giải quyết dứt điểm hồ sơ tồn đọng', 'Sở Tài nguyên và Môi trường', '2023-06-30');
  fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung chỉ đạo' }));
  fireEvent.change(row(2).getByLabelText('Hình thức'), { target: { value: 'REQUEST' } });
  await fillDirective(2, 'Phối hợp thu hồi đất dự án đường ven biển', 'UBND huyện A', '2023-05-15');
  fireEvent.click(row(2).getByRole('checkbox', { name: 'Sở Tài chính' }));
  fireEvent.change(row(1).getByLabelText('Quý (không bắt buộc)'), { target: { value: '3' } });
  expect(row(1).getByLabelText<HTMLInputElement>('Năm của quý').value).toBe('2023');
  fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

  await waitFor(() => expect(row(2).getByLabelText('Hạn').getAttribute('aria-invalid')).toBe('true'));
  expect(row(2).getByText('Hạn hoàn thành phải từ hôm nay trở đi và không trước ngày đầu quý.')).toBeTruthy();
  expect(row(1).getByText('Chỉ đạo phải giao cho cơ quan khác UBND tỉnh.')).toBeTruthy();
  expect(row(1).getByLabelText('Hạn').getAttribute('aria-invalid')).toBeNull();

  const input = operationsNamed(api, 'CreateMeeting')[0].variables!.input as Record<string, unknown>;
  expect(typeof input.idempotencyKey).toBe('string');
  expect(input).toMatchObject({ chairId: 'u-ubnd-lead', reviewedAgencyId: null, summary: 'Sở báo cáo kết quả quý I.' });
  expect(input.directives).toEqual([
    {
      content: 'Giải quyết dứt điểm hồ sơ tồn đọng',
      kind: 'TASK',
      agencyId: 'a-tnmt',
      supportingAgencyIds: [],
      category: 'KEY',
      domain: 'LAND',
      dueDate: '2023-06-30',
      period: { year: 2023, quarter: 3 },
    },
    {
      content: 'Phối hợp thu hồi đất dự án đường ven biển',
      kind: 'REQUEST',
      agencyId: 'a-locality-a',
      supportingAgencyIds: ['a-stc'],
      category: 'KEY',
      domain: 'LAND',
      dueDate: '2023-05-15',
      period: null,
    },
  ]);

  // Saving again after a fix reuses the same key: one draft however often it reaches the server.
  fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));
  await waitFor(() => expect(operationsNamed(api, 'CreateMeeting')).toHaveLength(2));
  expect((operationsNamed(api, 'CreateMeeting')[1].variables!.input as Record<string, unknown>).idempotencyKey).toBe(
    input.idempotencyKey,
  );
});

test('editing a draft starts from it and sends its version; a CONFLICT offers to reload', async () => {
  const api = formApi({ UpdateMeetingDraft: graphQLError('CONFLICT') });
  renderApp(api, '/meetings/m-1/edit');

  expect(
    await screen.findByDisplayValue('Làm việc với Sở Tài nguyên và Môi trường về kết quả quý I/2023'),
  ).toBeTruthy();
  expect(rows()).toHaveLength(2);
  expect(row(2).getByLabelText<HTMLSelectElement>('Hình thức').value).toBe('REQUEST');
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Chủ trì' })).toBeTruthy());
  fireEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

  const alert = await screen.findByRole('alert');
  expect(within(alert).getByRole('button', { name: 'Tải lại bản nháp' })).toBeTruthy();
  expect(operationsNamed(api, 'UpdateMeetingDraft')[0].variables!.input).toMatchObject({ id: 'm-1', version: 2 });
});

test('agencies outside the Committee cannot record sessions', async () => {
  renderApp(formApi({}, tnmtLead), '/meetings/new');
  expect(await screen.findByText('Chỉ UBND tỉnh ghi nhận buổi làm việc và kết luận.')).toBeTruthy();
  expect(screen.queryByLabelText('Tiêu đề buổi làm việc')).toBeNull();
});
