import {
  counts,
  financeSummary,
  homeAffairsSummary,
  provinceQuarter,
  tnmtSummary,
} from '../../test-support/dashboard-fixtures';
import {
  ariaSort,
  DEFAULT_AGENCY_SORT,
  nextSort,
  percentCompleted,
  sortAgencyRows,
  type AgencyRow,
  type AgencySortKey,
} from './agency-table';

const rows: AgencyRow[] = provinceQuarter().byAgency; // TN&MT 10 tasks 50%, Tài chính 10 tasks 90%, Nội vụ 5 tasks 40%
const names = (sorted: AgencyRow[]) => sorted.map((row) => row.agency.shortName);

test('by agency name in Vietnamese order, both ways', () => {
  expect(names(sortAgencyRows(rows, { key: 'agency', direction: 'asc' }))).toEqual([
    'Sở Nội vụ',
    'Sở Tài chính',
    'Sở TN&MT',
  ]);
  expect(names(sortAgencyRows(rows, { key: 'agency', direction: 'desc' }))).toEqual([
    'Sở TN&MT',
    'Sở Tài chính',
    'Sở Nội vụ',
  ]);
});

test('by each number column; ties stay in name order whichever the direction', () => {
  const expectations: [AgencySortKey, string[]][] = [
    ['total', ['Sở Nội vụ', 'Sở Tài chính', 'Sở TN&MT']], // 5, 10, 10 (tie: names)
    ['completedOnTime', ['Sở Nội vụ', 'Sở TN&MT', 'Sở Tài chính']], // 2, 4, 8
    ['completedLate', ['Sở Nội vụ', 'Sở Tài chính', 'Sở TN&MT']], // 0, 1, 1
    ['notDoneWithinDeadline', ['Sở Tài chính', 'Sở Nội vụ', 'Sở TN&MT']], // 1, 2, 2
    ['notDoneOverdue', ['Sở Tài chính', 'Sở Nội vụ', 'Sở TN&MT']], // 0, 1, 3
    ['percentCompleted', ['Sở Nội vụ', 'Sở TN&MT', 'Sở Tài chính']], // 40, 50, 90
  ];
  for (const [key, ascending] of expectations) {
    expect([key, names(sortAgencyRows(rows, { key, direction: 'asc' }))]).toEqual([key, ascending]);
  }
  expect(names(sortAgencyRows(rows, { key: 'total', direction: 'desc' }))).toEqual([
    'Sở Tài chính',
    'Sở TN&MT',
    'Sở Nội vụ',
  ]);
  expect(names(sortAgencyRows(rows, { key: 'notDoneOverdue', direction: 'desc' }))).toEqual([
    'Sở TN&MT',
    'Sở Nội vụ',
    'Sở Tài chính',
  ]);
});

test('the completed share orders by the exact fraction, and an agency without tasks comes last', () => {
  const close: AgencyRow[] = [
    { agency: tnmtSummary, counts: counts(2, 0, 1) }, // 66.7%
    { agency: financeSummary, counts: counts(0) }, // no tasks
    { agency: homeAffairsSummary, counts: counts(66, 0, 34) }, // 66%
  ];
  expect(names(sortAgencyRows(close, { key: 'percentCompleted', direction: 'desc' }))).toEqual([
    'Sở TN&MT',
    'Sở Nội vụ',
    'Sở Tài chính',
  ]);
  expect(percentCompleted(counts(2, 0, 1))).toBe(67);
  expect(percentCompleted(counts(0))).toBeNull();
});

test('sorting does not touch the rows it was given', () => {
  const before = names(rows);
  sortAgencyRows(rows, { key: 'total', direction: 'desc' });
  expect(names(rows)).toEqual(before);
});

test('clicking a header: the same column flips, another starts A→Z for names and largest first for numbers', () => {
  expect(DEFAULT_AGENCY_SORT).toEqual({ key: 'agency', direction: 'asc' });
  expect(nextSort(DEFAULT_AGENCY_SORT, 'agency')).toEqual({ key: 'agency', direction: 'desc' });
  expect(nextSort(DEFAULT_AGENCY_SORT, 'notDoneOverdue')).toEqual({ key: 'notDoneOverdue', direction: 'desc' });
  expect(nextSort({ key: 'notDoneOverdue', direction: 'desc' }, 'notDoneOverdue')).toEqual({
    key: 'notDoneOverdue',
    direction: 'asc',
  });
  expect(nextSort({ key: 'total', direction: 'asc' }, 'agency')).toEqual({ key: 'agency', direction: 'asc' });
  expect(ariaSort({ key: 'total', direction: 'asc' }, 'total')).toBe('ascending');
  expect(ariaSort({ key: 'total', direction: 'desc' }, 'total')).toBe('descending');
  expect(ariaSort({ key: 'total', direction: 'desc' }, 'agency')).toBeUndefined();
});
