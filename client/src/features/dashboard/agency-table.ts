import type { GroupCounts } from './dashboard.operations';

export interface AgencyRow {
  agency: { id: string; name: string; shortName: string };
  counts: GroupCounts;
}

/** A row of the server's roll-up (`byAgencyTree`): counts = own + its units'. */
export interface AgencyTreeRow extends AgencyRow {
  parentId: string | null;
  ownCounts: GroupCounts;
}

/** The rows whose parent is `parentId` (null: the top rows), in the sort's order. */
export function unitsOf<Row extends AgencyTreeRow>(
  rows: readonly Row[],
  parentId: string | null,
  sort: AgencySort,
): Row[] {
  return sortAgencyRows(
    rows.filter((row) => row.parentId === parentId),
    sort,
  );
}

export type AgencySortKey =
  | 'agency'
  | 'total'
  | 'completedOnTime'
  | 'completedLate'
  | 'notDoneWithinDeadline'
  | 'notDoneOverdue'
  | 'percentCompleted';

export type SortDirection = 'asc' | 'desc';

export interface AgencySort {
  key: AgencySortKey;
  direction: SortDirection;
}

export const DEFAULT_AGENCY_SORT: AgencySort = { key: 'agency', direction: 'asc' };

/** Completed share in whole percent; null when there is nothing to complete. */
export function percentCompleted(counts: Pick<GroupCounts, 'total' | 'completed'>): number | null {
  return counts.total === 0 ? null : Math.round((counts.completed / counts.total) * 100);
}

/** Completed share as a fraction 0–1 (unrounded), for ordering and charts; -1 when there are no tasks. */
const completedShare = (counts: GroupCounts): number => (counts.total === 0 ? -1 : counts.completed / counts.total);

const byName = (a: AgencyRow, b: AgencyRow) => a.agency.shortName.localeCompare(b.agency.shortName, 'vi');

function compare(a: AgencyRow, b: AgencyRow, key: AgencySortKey): number {
  if (key === 'agency') return byName(a, b);
  if (key === 'percentCompleted') return completedShare(a.counts) - completedShare(b.counts);
  return a.counts[key] - b.counts[key];
}

/** A sorted copy; equal rows keep the agencies in name order whatever the direction. */
export function sortAgencyRows<Row extends AgencyRow>(rows: readonly Row[], sort: AgencySort): Row[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, sort.key) || byName(a, b));
}

/** Clicking a header: the same column flips; a new one starts with names A→Z and numbers largest first. */
export function nextSort(current: AgencySort, key: AgencySortKey): AgencySort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: key === 'agency' ? 'asc' : 'desc' };
}

export function ariaSort(sort: AgencySort, key: AgencySortKey): 'ascending' | 'descending' | undefined {
  if (sort.key !== key) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}
