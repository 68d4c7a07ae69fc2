import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { requestDetail, tnmtLead } from '../../test-support/fixtures';
import { proposalDetail } from '../../test-support/proposal-fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, operationsNamed } from '../../test-support/stub-api';
import { taskRef } from '../../test-support/task-fixtures';
import { taskChoices } from './TaskPicker';

beforeEach(() => localStorage.clear());

test('a request from a conclusion names the notice, and lists the tasks that link it', async () => {
  const request = requestDetail({
    directive: {
      __typename: 'DirectiveSource',
      meetingId: 'm-1',
      conclusionCode: '12/TB-UBND',
      content: 'Phối hợp thu hồi đất',
    },
    linkedTasks: [taskRef()],
  });
  renderApp(createStubApi({ Me: { data: { me: tnmtLead } }, RequestDetail: { data: { request } } }), '/requests/r-1');

  expect(
    (await screen.findByRole('link', { name: 'Theo Thông báo kết luận số 12/TB-UBND' })).getAttribute('href'),
  ).toBe('/meetings/m-1');
  const tasks = within(screen.getByRole('region', { name: 'Nhiệm vụ liên quan' }));
  expect(
    tasks.getByRole('link', { name: 'NV-2023-0001 — Giải quyết dứt điểm hồ sơ đất đai tồn đọng' }).getAttribute('href'),
  ).toBe('/tasks/t-1');
  expect(tasks.getByText('Sở TN&MT · Quý I/2023 · hạn 31/03/2023')).toBeTruthy();
  expect(tasks.getByText('Đang thực hiện')).toBeTruthy();
});

test('a request without tasks or conclusion shows neither', async () => {
  renderApp(
    createStubApi({ Me: { data: { me: tnmtLead } }, RequestDetail: { data: { request: requestDetail() } } }),
    '/requests/r-1',
  );
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByRole('region', { name: 'Nhiệm vụ liên quan' })).toBeNull();
  expect(screen.queryByText(/Thông báo kết luận/)).toBeNull();
});

test('the proposal page lists its linked tasks', async () => {
  const proposal = proposalDetail({ linkedTaskIds: ['t-1'], linkedTasks: [taskRef({ status: 'COMPLETED' })] });
  renderApp(
    createStubApi({ Me: { data: { me: tnmtLead } }, ProposalDetail: { data: { proposal } } }),
    '/proposals/p-1',
  );
  const tasks = within(await screen.findByRole('region', { name: 'Nhiệm vụ liên quan' }));
  expect(
    tasks.getByRole('link', { name: 'NV-2023-0001 — Giải quyết dứt điểm hồ sơ đất đai tồn đọng' }).getAttribute('href'),
  ).toBe('/tasks/t-1');
  expect(tasks.getByText('Hoàn thành')).toBeTruthy();
});

test('the proposal form offers the viewer’s open tasks plus those already linked, and sends linkedTaskIds', async () => {
  const open = [taskRef(), taskRef({ id: 't-2', code: 'NV-2023-0002', title: 'Số hóa hồ sơ địa chính' })];
  const draft = proposalDetail({
    status: 'DRAFT',
    code: null,
    version: 1,
    allowedActions: ['UPDATE_DRAFT'],
    appraisals: [],
    linkedTaskIds: ['t-0'],
    linkedTasks: [taskRef({ id: 't-0', code: 'NV-2022-0031', title: 'Nhiệm vụ quý trước', status: 'CARRIED_OVER' })],
  });
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    ProposalDetail: { data: { proposal: draft } },
    LinkableTasks: { data: { tasks: { edges: open.map((node) => ({ node })) } } },
    UpdateProposalDraft: { data: { updateProposalDraft: { proposal: draft } } },
  });
  renderApp(api, '/proposals/p-1/edit');

  const picker = within(await screen.findByRole('group', { name: 'Nhiệm vụ liên quan' }));
  await picker.findByRole('checkbox', { name: /NV-2023-0002/ });
  expect(
    picker
      .getAllByRole('checkbox')
      .map((box) => [box.closest('label')!.textContent!.split(' — ')[0], (box as HTMLInputElement).checked]),
  ).toEqual([
    ['NV-2023-0001', false],
    ['NV-2023-0002', false],
    ['NV-2022-0031', true],
  ]);
  fireEvent.click(picker.getByRole('checkbox', { name: /NV-2023-0002/ }));
  fireEvent.click(picker.getByRole('checkbox', { name: /NV-2022-0031/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  await waitFor(() => expect(operationsNamed(api, 'UpdateProposalDraft')).toHaveLength(1));
  expect(
    (operationsNamed(api, 'UpdateProposalDraft')[0].variables!.input as Record<string, unknown>).linkedTaskIds,
  ).toEqual(['t-2']);
});

test('task choices: open tasks first, then linked ones not among them, each once', () => {
  const a = taskRef({ id: 'a' });
  const b = taskRef({ id: 'b' });
  const c = taskRef({ id: 'c' });
  expect(taskChoices([a, b], [b, c]).map((task) => task.id)).toEqual(['a', 'b', 'c']);
});
