import { act, screen, within } from '@testing-library/react';
import { committeeLead, tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, operationNames, operationsNamed } from '../../test-support/stub-api';
import type { ProposalListItem } from './proposals.operations';

beforeEach(() => localStorage.clear());

const row = (overrides: Partial<ProposalListItem> = {}): ProposalListItem => ({
  __typename: 'Proposal',
  id: 'p-1',
  code: 'ĐX-2026-0001',
  title: 'Kinh phí số hóa hồ sơ địa chính',
  status: 'IN_APPRAISAL',
  fiscalYear: 2027,
  totalAmount: '1250000000',
  submittedAt: '2026-11-02T02:00:00.000Z',
  lastActivityAt: '2026-11-02T02:00:00.000Z',
  requestingAgency: {
    __typename: 'AgencySummary',
    id: 'a-tnmt',
    name: 'Sở Tài nguyên và Môi trường',
    shortName: 'Sở TN&MT',
  },
  ...overrides,
});
const page = (rows: ProposalListItem[]) => ({
  data: {
    proposals: {
      edges: rows.map((node) => ({ cursor: `c-${node.id}`, node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
});

test('reads the cursor before the list, subscribes after it, and refreshes the list on every event', async () => {
  let rows = [row()];
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    ProposalEventCursor: { data: { proposalEventCursor: '40' } },
    ProposalList: () => page(rows),
  });
  renderApp(api, '/proposals');

  expect(await screen.findByText('Đang thẩm định')).toBeTruthy();
  const names = operationNames(api);
  expect(names.indexOf('ProposalEventCursor')).toBeLessThan(names.indexOf('ProposalList'));
  expect(operationsNamed(api, 'ProposalFeed')[0].variables).toEqual({ after: '40' });

  const listReads = operationsNamed(api, 'ProposalList').length;
  rows = [row({ status: 'IN_REVIEW' })];
  act(() =>
    api.emit('ProposalFeed', {
      data: {
        proposalFeed: {
          event: { id: '41', type: 'APPRAISED' },
          proposal: { id: 'p-1', code: 'ĐX-2026-0001', title: 'Kinh phí', status: 'IN_REVIEW' },
        },
      },
    }),
  );
  expect(await screen.findByText('Chờ quyết định')).toBeTruthy();
  expect(screen.getByText('Vừa cập nhật: ĐX-2026-0001 — Có ý kiến thẩm định')).toBeTruthy();
  const reads = operationsNamed(api, 'ProposalList');
  expect(reads).toHaveLength(listReads + 1);
  expect(reads[listReads].context.requestPolicy).toBe('network-only');
});

test('tabs say whose proposals they list: the Committee’s first tab is every agency’s, an agency’s is its own', async () => {
  const committee = createStubApi({
    Me: { data: { me: committeeLead } },
    ProposalEventCursor: { data: { proposalEventCursor: '40' } },
    ProposalList: () => page([row()]),
  });
  const { unmount } = renderApp(committee, '/proposals');
  const committeeTabs = await screen.findByRole('navigation', { name: 'Danh sách đề xuất' });
  expect(
    within(committeeTabs)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Tất cả đề xuất', 'Chờ quyết định']);
  unmount();

  renderApp(
    createStubApi({
      Me: { data: { me: tnmtLead } },
      ProposalEventCursor: { data: { proposalEventCursor: '40' } },
      ProposalList: () => page([row()]),
    }),
    '/proposals',
  );
  const agencyTabs = await screen.findByRole('navigation', { name: 'Danh sách đề xuất' });
  expect(
    within(agencyTabs)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Của cơ quan']);
});
