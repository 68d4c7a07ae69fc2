import type { TaskGroup } from '../../gql/graphql';
import type { GroupCounts } from './dashboard.operations';

/** The four official groups, in the order of the quarterly report. */
export const GROUPS: readonly TaskGroup[] = [
  'COMPLETED_ON_TIME',
  'COMPLETED_LATE',
  'NOT_DONE_WITHIN_DEADLINE',
  'NOT_DONE_OVERDUE',
];

const FIELD = {
  COMPLETED_ON_TIME: 'completedOnTime',
  COMPLETED_LATE: 'completedLate',
  NOT_DONE_WITHIN_DEADLINE: 'notDoneWithinDeadline',
  NOT_DONE_OVERDUE: 'notDoneOverdue',
} as const satisfies Record<TaskGroup, keyof GroupCounts>;

export const groupCount = (counts: GroupCounts, group: TaskGroup): number => counts[FIELD[group]];

/** A CSS modifier per group (the chart colours). */
export const groupClass = (group: TaskGroup): string => group.toLowerCase().replace(/_/g, '-');
