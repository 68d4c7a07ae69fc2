import { periodInput, type Period } from '../../kit/period';
import type { DomainArea, TaskCategory, TaskFilter, TaskGroup, TaskStatus } from '../../gql/graphql';
import { isOneOf } from '../../kit/is-one-of';
import { DOMAINS } from '../requests';
import { TASK_CATEGORIES, TASK_GROUPS, TASK_STATUSES } from './task-options';

/**
 * What the task list shows; kept in the address so a reload, "back" or a link from the dashboard
 * (`/tasks?year=2023&quarter=1&group=NOT_DONE_OVERDUE`) shows the same list.
 */
export interface TaskListParams {
  /** null: the default quarter (see defaultPeriod). */
  period: Period | null;
  /** Committee only; other agencies only ever see their own tasks. */
  agencyId: string | null;
  status: TaskStatus | null;
  category: TaskCategory | null;
  domain: DomainArea | null;
  group: TaskGroup | null;
  search: string;
  /** Judge the groups as of this day (the dashboard's "as of" date); null: today. */
  asOf: string | null;
}

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function readPeriod(query: URLSearchParams): Period | null {
  const year = query.get('year') ?? '';
  const quarter = query.get('quarter') ?? '';
  if (!/^\d{4}$/.test(year) || !/^[1-4]$/.test(quarter)) return null;
  return { year: Number(year), quarter: Number(quarter) };
}

export function readTaskParams(query: URLSearchParams, canPickAgency: boolean): TaskListParams {
  const status = query.get('status');
  const category = query.get('category');
  const domain = query.get('domain');
  const group = query.get('group');
  return {
    period: readPeriod(query),
    agencyId: canPickAgency ? query.get('agencyId') || null : null,
    status: isOneOf(TASK_STATUSES, status) ? status : null,
    category: isOneOf(TASK_CATEGORIES, category) ? category : null,
    domain: isOneOf(DOMAINS, domain) ? domain : null,
    group: isOneOf(TASK_GROUPS, group) ? group : null,
    search: query.get('q') ?? '',
    asOf: LOCAL_DATE.test(query.get('asOf') ?? '') ? query.get('asOf') : null,
  };
}

/** The address form of `params`, leaving out what is not set so plain /tasks stays plain. */
export function writeTaskParams(params: TaskListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.period) {
    query.set('year', String(params.period.year));
    query.set('quarter', String(params.period.quarter));
  }
  if (params.agencyId) query.set('agencyId', params.agencyId);
  if (params.status) query.set('status', params.status);
  if (params.category) query.set('category', params.category);
  if (params.domain) query.set('domain', params.domain);
  if (params.group) query.set('group', params.group);
  if (params.search.trim()) query.set('q', params.search.trim());
  if (params.asOf) query.set('asOf', params.asOf);
  return query;
}

/** Filters other than the quarter and the "as of" date: what "clear filters" removes. */
export function hasTaskFilters(params: TaskListParams): boolean {
  return Boolean(
    params.agencyId || params.status || params.category || params.domain || params.group || params.search.trim(),
  );
}

export function clearTaskFilters(params: TaskListParams): TaskListParams {
  return { ...params, agencyId: null, status: null, category: null, domain: null, group: null, search: '' };
}

/** The API filter for the quarter shown. */
export function toTaskFilter(params: TaskListParams, period: Period): TaskFilter {
  const filter: TaskFilter = { period: periodInput(period) };
  if (params.agencyId) filter.ownerAgencyId = params.agencyId;
  if (params.status) filter.status = params.status;
  if (params.category) filter.category = params.category;
  if (params.domain) filter.domain = params.domain;
  if (params.group) filter.groups = [params.group];
  if (params.search.trim()) filter.search = params.search.trim();
  if (params.asOf) filter.asOf = params.asOf;
  return filter;
}
