import { act, fireEvent, screen } from '@testing-library/react';
import { committeeLead, localityStaff } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, variablesSent } from '../../test-support/stub-api';
import type { DecisionListItem } from './decisions.operations';

beforeEach(() => localStorage.clear());

const decision = (number: number, year = 2023): DecisionListItem => ({
  __typename: 'Decision',
  id: `d-${year}-${number}`,
  numberText: `${number}/QĐ-UBND`,
  kind: 'APPROVAL',
  outcome: 'APPROVED',
  title: `Phê duyệt số ${number} năm ${year}`,
  signedAt: `${year}-06-01T02:00:00.000Z`,
  totalGranted: '600000000',
});

/** 120 decisions of 2023, newest first, 50 a page, as the API pages them. */
function register(all: DecisionListItem[]) {
  return (variables: Record<string, unknown>) => {
    const rows = all
      .filter((row) => variables.year == null || row.id.startsWith(`d-${variables.year}-`))
      .filter((row) => variables.search == null || row.numberText === variables.search);
    const start = variables.after ? Number(variables.after) : 0;
    const first = variables.first as number;
    const page = rows.slice(start, start + first);
    const end = start + page.length;
    return {
      data: {
        decisions: {
          edges: page.map((node, i) => ({ cursor: String(start + i + 1), node })),
          pageInfo: { hasNextPage: end < rows.length, endCursor: page.length ? String(end) : null },
        },
      },
    };
  };
}

function api(all: DecisionListItem[], me = localityStaff) {
  return createStubApi({
    Me: { data: { me } },
    ProposalEventCursor: { data: { proposalEventCursor: '90' } },
    DecisionRegister: register(all),
  });
}

const newestFirst = Array.from({ length: 120 }, (_, i) => decision(120 - i));

test('the register pages past the newest ones: "Tải thêm" reaches 1/QĐ-UBND', async () => {
  const stub = api(newestFirst);
  renderApp(stub, '/decisions');

  expect(await screen.findByRole('link', { name: '120/QĐ-UBND' }, { timeout: 5000 })).toBeTruthy();
  expect(screen.queryByRole('link', { name: '1/QĐ-UBND' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Tải thêm' }));
  await screen.findByRole('link', { name: '70/QĐ-UBND' }, { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: 'Tải thêm' }));
  // a table of 120 rows renders slowly in jsdom on a busy machine
  expect(await screen.findByRole('link', { name: '1/QĐ-UBND' }, { timeout: 5000 })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull();
  expect(
    variablesSent(stub, 'DecisionRegister')
      .map((v) => v.after)
      .filter(Boolean),
  ).toEqual(['50', '100']);
});

test('the year filter reads that year only and starts a new list', async () => {
  const stub = api([decision(3, 2024), decision(2, 2024), ...newestFirst]);
  renderApp(stub, '/decisions');
  await screen.findByRole('link', { name: '3/QĐ-UBND' });

  fireEvent.change(screen.getByLabelText('Năm ban hành'), { target: { value: '2024' } });
  expect(await screen.findByRole('link', { name: '2/QĐ-UBND' })).toBeTruthy();
  expect(screen.queryByRole('link', { name: '120/QĐ-UBND' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull();
  expect(variablesSent(stub, 'DecisionRegister').at(-1)).toMatchObject({ year: 2024 });
});

test('a decision issued while the register is open arrives without a reload', async () => {
  const rows = [decision(1)];
  const stub = api(rows, committeeLead);
  renderApp(stub, '/decisions');
  await screen.findByRole('link', { name: '1/QĐ-UBND' });
  expect(variablesSent(stub, 'ProposalFeed')[0]).toEqual({ after: '90' });

  rows.unshift(decision(2));
  act(() =>
    stub.emit('ProposalFeed', {
      data: {
        proposalFeed: {
          event: { id: '91', type: 'DECIDED' },
          proposal: { id: 'p-9', code: 'ĐX-2023-0009', title: 'Máy quét', status: 'DECIDED' },
        },
      },
    }),
  );
  expect(await screen.findByRole('link', { name: '2/QĐ-UBND' })).toBeTruthy();
});

test('searching by number sends the text to the server and shows what it finds', async () => {
  const stub = api(newestFirst);
  renderApp(stub, '/decisions');
  await screen.findByRole('link', { name: '120/QĐ-UBND' }, { timeout: 5000 });

  fireEvent.change(screen.getByLabelText('Tìm quyết định'), { target: { value: ' 1/QĐ-UBND ' } });
  expect(await screen.findByRole('link', { name: '1/QĐ-UBND' }, { timeout: 3000 })).toBeTruthy();
  expect(screen.queryByRole('link', { name: '120/QĐ-UBND' })).toBeNull();
  expect(variablesSent(stub, 'DecisionRegister').at(-1)).toMatchObject({ search: '1/QĐ-UBND', year: null });
});

test('while the live feed’s cursor is on its way the register says it is loading, not that it failed', async () => {
  let answerCursor: (result: { data: { proposalEventCursor: string } }) => void = () => {};
  const stub = createStubApi({
    Me: { data: { me: localityStaff } },
    ProposalEventCursor: () => new Promise((resolve) => (answerCursor = resolve)),
    DecisionRegister: register(newestFirst),
  });
  renderApp(stub, '/decisions');

  expect(await screen.findByText('Đang tải quyết định…')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  await act(async () => answerCursor({ data: { proposalEventCursor: '90' } }));
  expect(await screen.findByRole('link', { name: '120/QĐ-UBND' }, { timeout: 5000 })).toBeTruthy();
});
