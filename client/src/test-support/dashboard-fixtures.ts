import type { DashboardStatistics, GroupCounts, TaskRow, TrendPoint } from '../features/dashboard/dashboard.operations';
import type { DashboardQuartersQuery } from '../gql/graphql';

/** Counts from the four groups; total and completed follow from them. */
export function counts(
  completedOnTime: number,
  completedLate = 0,
  notDoneWithinDeadline = 0,
  notDoneOverdue = 0,
): GroupCounts {
  return {
    __typename: 'TaskGroupCounts',
    completedOnTime,
    completedLate,
    notDoneWithinDeadline,
    notDoneOverdue,
    completed: completedOnTime + completedLate,
    total: completedOnTime + completedLate + notDoneWithinDeadline + notDoneOverdue,
  };
}

export const tnmtSummary = {
  __typename: 'AgencySummary' as const,
  id: 'a-tnmt',
  code: 'STNMT',
  name: 'Sở Tài nguyên và Môi trường',
  shortName: 'Sở TN&MT',
};
export const financeSummary = {
  __typename: 'AgencySummary' as const,
  id: 'a-stc',
  code: 'STC',
  name: 'Sở Tài chính',
  shortName: 'Sở Tài chính',
};
export const homeAffairsSummary = {
  __typename: 'AgencySummary' as const,
  id: 'a-snv',
  code: 'SNV',
  name: 'Sở Nội vụ',
  shortName: 'Sở Nội vụ',
};

/** A row of the roll-up: `counts` with its units' (`own`: its own tasks, by default all of them). */
export function treeRow(
  agency: typeof tnmtSummary,
  rolled: GroupCounts,
  parentId: string | null = null,
  own: GroupCounts = rolled,
): DashboardStatistics['byAgencyTree'][number] {
  return { __typename: 'AgencyRollUp', agency, parentId, counts: rolled, ownCounts: own };
}

/**
 * The article's quarter for Sở TN&MT: 1 breakthrough task (done) and 14 key tasks, 11 of them
 * done; the 3 unfinished ones are land tasks, overdue.
 */
export function tnmtQuarter(overrides: Partial<DashboardStatistics> = {}): DashboardStatistics {
  return {
    __typename: 'QuarterStatistics',
    asOf: '2023-03-30',
    period: { __typename: 'Quarter', year: 2023, quarter: 1 },
    agency: tnmtSummary,
    counts: counts(12, 0, 0, 3),
    byCategory: [
      { __typename: 'CategoryCounts', category: 'BREAKTHROUGH', counts: counts(1) },
      { __typename: 'CategoryCounts', category: 'KEY', counts: counts(11, 0, 0, 3) },
      { __typename: 'CategoryCounts', category: 'ROUTINE', counts: counts(0) },
    ],
    byDomain: [
      { __typename: 'DomainCounts', domain: 'LAND', counts: counts(1, 0, 0, 3) },
      { __typename: 'DomainCounts', domain: 'MINERALS', counts: counts(3) },
      { __typename: 'DomainCounts', domain: 'ENVIRONMENT', counts: counts(3) },
      { __typename: 'DomainCounts', domain: 'SEA_ISLANDS', counts: counts(2) },
      { __typename: 'DomainCounts', domain: 'WATER_RESOURCES', counts: counts(2) },
      { __typename: 'DomainCounts', domain: 'CLIMATE_CHANGE', counts: counts(1) },
    ],
    byAgency: [],
    byAgencyTree: [treeRow(tnmtSummary, counts(12, 0, 0, 3))],
    ...overrides,
  };
}

/** The province in Q2/2023: three agencies side by side. */
export function provinceQuarter(overrides: Partial<DashboardStatistics> = {}): DashboardStatistics {
  return {
    __typename: 'QuarterStatistics',
    asOf: '2023-06-30',
    period: { __typename: 'Quarter', year: 2023, quarter: 2 },
    agency: null,
    counts: counts(14, 2, 5, 4),
    byCategory: [
      { __typename: 'CategoryCounts', category: 'BREAKTHROUGH', counts: counts(1, 0, 1, 0) },
      { __typename: 'CategoryCounts', category: 'KEY', counts: counts(10, 2, 3, 4) },
      { __typename: 'CategoryCounts', category: 'ROUTINE', counts: counts(3, 0, 1, 0) },
    ],
    byDomain: [
      { __typename: 'DomainCounts', domain: 'LAND', counts: counts(2, 1, 1, 3) },
      { __typename: 'DomainCounts', domain: 'FINANCE', counts: counts(6, 1, 2, 1) },
      { __typename: 'DomainCounts', domain: 'ADMIN_REFORM', counts: counts(6, 0, 2, 0) },
    ],
    byAgency: [
      { __typename: 'AgencyCounts', agency: tnmtSummary, counts: counts(4, 1, 2, 3) }, // 10 tasks, 50% completed
      { __typename: 'AgencyCounts', agency: financeSummary, counts: counts(8, 1, 1, 0) }, // 10 tasks, 90%
      { __typename: 'AgencyCounts', agency: homeAffairsSummary, counts: counts(2, 0, 2, 1) }, // 5 tasks, 40%
    ],
    byAgencyTree: [
      treeRow(tnmtSummary, counts(4, 1, 2, 3)),
      treeRow(financeSummary, counts(8, 1, 1, 0)),
      treeRow(homeAffairsSummary, counts(2, 0, 2, 1)),
    ],
    ...overrides,
  };
}

export function trend(
  until: { year: number; quarter: number },
  perQuarter: GroupCounts[],
  byAgency: TrendPoint['byAgency'][] = [],
): TrendPoint[] {
  const periods: { year: number; quarter: number }[] = [until];
  while (periods.length < perQuarter.length) {
    const first = periods[0];
    periods.unshift(
      first.quarter === 1 ? { year: first.year - 1, quarter: 4 } : { year: first.year, quarter: first.quarter - 1 },
    );
  }
  return periods.map((period, index) => ({
    __typename: 'QuarterTrendPoint',
    period: { __typename: 'Quarter', ...period },
    counts: perQuarter[index],
    byAgency: byAgency[index] ?? [],
  }));
}

export function quarters(...periods: [number, number, boolean?][]): DashboardQuartersQuery {
  return {
    currentQuarter: { __typename: 'Quarter', year: 2026, quarter: 2 },
    taskQuarters: periods.map(([year, quarter, closed = false]) => ({
      __typename: 'TaskQuarter',
      period: { __typename: 'Quarter', year, quarter },
      closed,
      taskCount: 15,
    })),
  };
}

export function taskRow(overrides: Partial<TaskRow> = {}): TaskRow {
  return {
    __typename: 'Task',
    id: 't-land-1',
    code: 'NV-2023-0013',
    title: 'Hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu',
    category: 'KEY',
    domain: 'LAND',
    dueDate: '2023-03-31',
    completedOn: null,
    status: 'CARRIED_OVER',
    group: 'NOT_DONE_OVERDUE',
    ownerAgency: {
      __typename: 'AgencySummary',
      id: tnmtSummary.id,
      name: tnmtSummary.name,
      shortName: tnmtSummary.shortName,
    },
    ...overrides,
  };
}

export function taskPage(rows: TaskRow[], hasNextPage = false, endCursor: string | null = null) {
  return { tasks: { edges: rows.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor } } };
}
