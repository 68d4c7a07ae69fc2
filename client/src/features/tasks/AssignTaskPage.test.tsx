import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { provinceToday } from '../../kit/format';
import { agencyPage, capabilities, committeeLead, provinceAgencies, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import {
  createStubApi,
  graphQLError,
  operationNames,
  operationsNamed,
  type Responder,
} from '../../test-support/stub-api';
import { quartersAnswer, taskDetail } from '../../test-support/task-fixtures';
import type { CurrentUser } from '../auth';

beforeEach(() => localStorage.clear());

const today = provinceToday();
const year = Number(today.slice(0, 4));
const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
const dueNextYear = `${year + 1}-01-15`;

function assignApi(responders: Record<string, Responder> = {}, me: CurrentUser = committeeLead) {
  return createStubApi({
    Me: { data: { me } },
    TaskQuarters: quartersAnswer([], { year, quarter }),
    AgencyDirectory: { data: agencyPage(provinceAgencies, null, false) },
    TaskDetail: { data: { task: taskDetail() } },
    ...responders,
  });
}

async function fill() {
  fireEvent.change(await screen.findByLabelText('Tên nhiệm vụ'), {
    target: { value: ' Giải quyết dứt điểm hồ sơ đất đai tồn đọng ' },
  });
  fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'LAND' } });
  fireEvent.change(screen.getByLabelText('Loại nhiệm vụ'), { target: { value: 'BREAKTHROUGH' } });
  fireEvent.change(screen.getByLabelText('Hạn hoàn thành'), { target: { value: `15/01/${year + 1}` } });
  const owner = await screen.findByRole('combobox', { name: 'Cơ quan thực hiện' });
  fireEvent.change(owner, { target: { value: 'a-tnmt' } });
}

test('a Committee leader assigns a task in the current quarter, with an idempotency key, then sees it', async () => {
  const api = assignApi({ AssignTask: { data: { assignTask: { task: taskDetail() } } } });
  renderApp(api, '/tasks/new');
  await fill();
  expect(screen.getByLabelText<HTMLInputElement>('Năm').value).toBe(String(year));
  expect(screen.getByLabelText<HTMLSelectElement>('Quý').value).toBe(String(quarter));
  fireEvent.click(screen.getByRole('button', { name: 'Giao nhiệm vụ' }));

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng' }),
  ).toBeTruthy();
  const input = operationsNamed(api, 'AssignTask')[0].variables!.input as Record<string, unknown>;
  expect(input).toMatchObject({
    title: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng',
    description: '',
    category: 'BREAKTHROUGH',
    domain: 'LAND',
    period: { year, quarter },
    ownerAgencyId: 'a-tnmt',
    dueDate: dueNextYear,
    linkedRequestIds: [],
  });
  expect(typeof input.idempotencyKey).toBe('string');
});

test('missing fields are caught before sending; the server’s field errors land under their inputs', async () => {
  const api = assignApi({
    AssignTask: graphQLError('BAD_USER_INPUT', {
      fields: [
        { field: 'input.period', code: 'NOT_ALLOWED' },
        { field: 'input.dueDate', code: 'INVALID_FORMAT' },
      ],
    }),
  });
  renderApp(api, '/tasks/new');
  fireEvent.click(await screen.findByRole('button', { name: 'Giao nhiệm vụ' }));
  expect(screen.getByText('Vui lòng nhập tên nhiệm vụ.')).toBeTruthy();
  expect(screen.getByText('Vui lòng chọn hạn hoàn thành.')).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByLabelText('Tên nhiệm vụ'));
  expect(operationNames(api)).not.toContain('AssignTask');

  await fill();
  fireEvent.click(screen.getByRole('button', { name: 'Giao nhiệm vụ' }));
  expect(await screen.findByText('Quý này đã qua hoặc đã được chốt.')).toBeTruthy();
  expect(screen.getByLabelText('Năm').getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByLabelText('Hạn hoàn thành').getAttribute('aria-invalid')).toBe('true');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Năm')));
});

test.each([
  ['a department leader', tnmtLead],
  // the server says a Committee LEAD awaiting confirmation acts as STAFF
  ['a Committee leader awaiting confirmation', { ...committeeLead, capabilities: capabilities.committeeStaff }],
])('only Committee leaders may assign: not %s', async (_who, me) => {
  renderApp(assignApi({}, me), '/tasks/new');
  expect(await screen.findByText('Chỉ lãnh đạo UBND tỉnh giao nhiệm vụ.')).toBeTruthy();
  expect(screen.queryByLabelText('Tên nhiệm vụ')).toBeNull();
  expect(within(screen.getByRole('main')).queryByRole('button', { name: 'Giao nhiệm vụ' })).toBeNull();
});
