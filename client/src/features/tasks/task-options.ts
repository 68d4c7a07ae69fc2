import type { Translate } from '../../app/i18n';
import type { MessageKey } from '../../app/messages/vi';
import type { ProposalStatus, RequestStatus, TaskCategory, TaskGroup, TaskStatus } from '../../gql/graphql';
import { isOneOf, REQUEST_STATUSES } from '../requests/request-options';

/** The enum values in the order people expect them in selects and filters. */
export const TASK_CATEGORIES: readonly TaskCategory[] = ['BREAKTHROUGH', 'KEY', 'ROUTINE'];
export const TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'COMPLETED', 'CARRIED_OVER', 'CANCELLED'];
/** The four official groups, in the order of the quarterly report. */
export const TASK_GROUPS: readonly TaskGroup[] = ['COMPLETED_ON_TIME', 'COMPLETED_LATE', 'NOT_DONE_WITHIN_DEADLINE', 'NOT_DONE_OVERDUE'];

export interface Period {
  year: number;
  quarter: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** 2 → "II". */
export const romanQuarter = (quarter: number): string => ROMAN[quarter - 1] ?? String(quarter);

/** A quarter of the year as a select offers it: value "1"–"4". */
export const QUARTER_CHOICES: readonly string[] = ['1', '2', '3', '4'];

/** "Quý II" — a quarter of no year in particular. */
export const quarterOptionLabel = (t: Translate, quarter: string): string =>
  t('taskForm.quarterOption', { quarter: Number(quarter), roman: romanQuarter(Number(quarter)) });

/** "Quý I/2023" (Vietnamese reports number quarters in Roman numerals), "Q1/2023" in English. */
export function quarterName(t: Translate, period: Period): string {
  return t('tasks.quarterName', { roman: romanQuarter(period.quarter), quarter: period.quarter, year: period.year });
}

export function samePeriod(a: Period | null | undefined, b: Period | null | undefined): boolean {
  return Boolean(a && b && a.year === b.year && a.quarter === b.quarter);
}

export function nextPeriod({ year, quarter }: Period): Period {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

/** The first and last day of a quarter, as YYYY-MM-DD. */
export function periodStart({ year, quarter }: Period): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function periodEnd({ year, quarter }: Period): string {
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
}

const EVENT_TYPES = ['ASSIGNED', 'PROGRESS_REPORTED', 'COMPLETED', 'REOPENED', 'CANCELLED', 'CARRIED_OVER', 'LINKED'] as const;

/** Timeline event types are plain strings in the schema; a type this client does not know yet still gets a label. */
export function taskEventLabel(type: string): MessageKey {
  return isOneOf(EVENT_TYPES, type) ? (`taskEvent.${type}` as const) : 'taskEvent.OTHER';
}

const PROPOSAL_STATUSES: readonly ProposalStatus[] = ['DRAFT', 'IN_APPRAISAL', 'IN_REVIEW', 'DECIDED', 'RETURNED', 'WITHDRAWN'];

/** Linked records carry their status as a plain string. */
export function requestStatusLabel(status: string): MessageKey | null {
  return isOneOf<RequestStatus>(REQUEST_STATUSES, status) ? (`requestStatus.${status}` as const) : null;
}

export function proposalStatusLabel(status: string): MessageKey | null {
  return isOneOf(PROPOSAL_STATUSES, status) ? (`proposalStatus.${status}` as const) : null;
}
