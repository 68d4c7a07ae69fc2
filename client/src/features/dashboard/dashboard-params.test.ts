import { defaultPeriod, quarterName } from '../../kit/period';
import { translatorFor } from '../../kit/i18n';
import { exportLink, readDashboardParams, reportLink, taskListLink, writeDashboardParams } from './dashboard-params';

const q2 = { year: 2023, quarter: 2 };

test('reads the address, ignoring anything malformed', () => {
  expect(readDashboardParams(new URLSearchParams('year=2023&quarter=2&asOf=2023-06-30&agencyId=a-tnmt'))).toEqual({
    period: q2,
    asOf: '2023-06-30',
    agencyId: 'a-tnmt',
  });
  expect(readDashboardParams(new URLSearchParams('year=2023&quarter=5&asOf=30/06/2023&agencyId='))).toEqual({
    period: null,
    asOf: null,
    agencyId: null,
  });
  expect(readDashboardParams(new URLSearchParams('year=20x3&quarter=1'))).toEqual({
    period: null,
    asOf: null,
    agencyId: null,
  });
  expect(readDashboardParams(new URLSearchParams(''))).toEqual({ period: null, asOf: null, agencyId: null });
});

test('writes only what is set, and reads back the same', () => {
  const params = { period: q2, asOf: '2023-06-30', agencyId: 'a-tnmt' };
  const written = writeDashboardParams(params);
  expect(written).toBe('?year=2023&quarter=2&agencyId=a-tnmt&asOf=2023-06-30');
  expect(readDashboardParams(new URLSearchParams(written))).toEqual(params);
  expect(writeDashboardParams({ period: null, asOf: null, agencyId: null })).toBe('');
});

test('links to the task list, the CSV exports and the report', () => {
  expect(taskListLink(q2, 'a-tnmt', 'NOT_DONE_OVERDUE', null)).toBe(
    '/tasks?year=2023&quarter=2&agencyId=a-tnmt&group=NOT_DONE_OVERDUE',
  );
  expect(taskListLink(q2, null, 'COMPLETED_LATE', '2023-06-30')).toBe(
    '/tasks?year=2023&quarter=2&asOf=2023-06-30&group=COMPLETED_LATE',
  );
  expect(exportLink('quarter-tasks', q2, 'a-tnmt', null)).toBe(
    '/exports/quarter-tasks.csv?year=2023&quarter=2&agencyId=a-tnmt',
  );
  expect(exportLink('quarter-agencies', q2, 'a-tnmt', '2023-06-30')).toBe(
    '/exports/quarter-agencies.csv?year=2023&quarter=2&asOf=2023-06-30',
  );
  expect(reportLink(q2, null, null)).toBe('/dashboard/report?year=2023&quarter=2');
});

test('the default quarter is the newest with tasks, else the current one', () => {
  const current = { year: 2026, quarter: 3 };
  expect(defaultPeriod([{ period: q2 }, { period: { year: 2023, quarter: 1 } }], current)).toEqual(q2);
  expect(defaultPeriod([], current)).toEqual(current);
});

test('quarters are named with Roman numerals in Vietnamese', () => {
  expect(quarterName(translatorFor('vi'), { year: 2023, quarter: 1 })).toBe('Quý I/2023');
  expect(quarterName(translatorFor('vi'), { year: 2023, quarter: 4 })).toBe('Quý IV/2023');
  expect(quarterName(translatorFor('en'), { year: 2023, quarter: 4 })).toBe('Q4/2023');
});
