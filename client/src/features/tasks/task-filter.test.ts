import { defaultPeriod, nextPeriod, periodEnd, periodStart } from '../../kit/period';
import { clearTaskFilters, hasTaskFilters, readTaskParams, toTaskFilter, writeTaskParams } from './task-filter';
import { taskEventLabel } from './task-options';

const read = (search: string, canPickAgency = true) => readTaskParams(new URLSearchParams(search), canPickAgency);

test('reads the dashboard’s links: quarter, agency, group, domain and category', () => {
  const params = read('year=2023&quarter=1&agencyId=a-tnmt&group=NOT_DONE_OVERDUE&domain=LAND&category=KEY');
  expect(params).toEqual({
    period: { year: 2023, quarter: 1 },
    agencyId: 'a-tnmt',
    status: null,
    category: 'KEY',
    domain: 'LAND',
    group: 'NOT_DONE_OVERDUE',
    search: '',
    asOf: null,
  });
  expect(toTaskFilter(params, params.period!)).toEqual({
    period: { year: 2023, quarter: 1 },
    ownerAgencyId: 'a-tnmt',
    category: 'KEY',
    domain: 'LAND',
    groups: ['NOT_DONE_OVERDUE'],
  });
});

test('values this client does not know, and another agency for a non-Committee viewer, are ignored', () => {
  const params = read('year=23&quarter=5&group=LATE&status=DONE&agencyId=a-stc', false);
  expect(params).toEqual({
    period: null,
    agencyId: null,
    status: null,
    category: null,
    domain: null,
    group: null,
    search: '',
    asOf: null,
  });
  expect(read('asOf=2023-02-30x').asOf).toBeNull();
  expect(read('year=2023&quarter=0').period).toBeNull();
});

test('the dashboard’s "as of" date judges the groups and survives clearing the filters', () => {
  const params = read('year=2023&quarter=1&group=NOT_DONE_OVERDUE&asOf=2023-03-31');
  expect(toTaskFilter(params, params.period!)).toEqual({
    period: { year: 2023, quarter: 1 },
    groups: ['NOT_DONE_OVERDUE'],
    asOf: '2023-03-31',
  });
  expect(clearTaskFilters(params).asOf).toBe('2023-03-31');
  expect(writeTaskParams(params).toString()).toBe('year=2023&quarter=1&group=NOT_DONE_OVERDUE&asOf=2023-03-31');
});

test('the address round-trips and stays plain when nothing is chosen', () => {
  expect(writeTaskParams(read('')).toString()).toBe('');
  const search =
    'year=2023&quarter=2&agencyId=a-tnmt&status=OPEN&category=BREAKTHROUGH&domain=LAND&group=COMPLETED_LATE&q=h%E1%BB%93+s%C6%A1';
  expect(writeTaskParams(read(search)).toString()).toBe(search);
  expect(read(search).search).toBe('hồ sơ');
});

test('the default quarter is the newest with tasks, else the current one', () => {
  const current = { year: 2026, quarter: 4 };
  expect(
    defaultPeriod([{ period: { year: 2023, quarter: 2 } }, { period: { year: 2023, quarter: 1 } }], current),
  ).toEqual({ year: 2023, quarter: 2 });
  expect(defaultPeriod([], current)).toEqual(current);
});

test('clearing filters keeps the quarter; search is trimmed and only sent when not blank', () => {
  const params = read('year=2023&quarter=1&status=OPEN&q=%20%20');
  expect(hasTaskFilters(params)).toBe(true);
  const cleared = clearTaskFilters(params);
  expect(hasTaskFilters(cleared)).toBe(false);
  expect(cleared.period).toEqual({ year: 2023, quarter: 1 });
  expect(toTaskFilter(params, params.period!)).toEqual({ period: { year: 2023, quarter: 1 }, status: 'OPEN' });
});

test('quarter arithmetic', () => {
  expect(nextPeriod({ year: 2023, quarter: 4 })).toEqual({ year: 2024, quarter: 1 });
  expect(periodStart({ year: 2023, quarter: 2 })).toBe('2023-04-01');
  expect(periodEnd({ year: 2023, quarter: 1 })).toBe('2023-03-31');
  expect(periodEnd({ year: 2024, quarter: 4 })).toBe('2024-12-31');
});

test('timeline events have labels; an unknown type still gets one', () => {
  expect(taskEventLabel('CARRIED_OVER')).toBe('taskEvent.CARRIED_OVER');
  expect(taskEventLabel('SOMETHING_NEW')).toBe('taskEvent.OTHER');
});
