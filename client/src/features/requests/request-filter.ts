import type { RequestBox, RequestFilter, RequestSort, DomainArea, RequestStatus } from '../../gql/graphql';
import { isOneOf } from '../../kit/is-one-of';
import { DOMAINS, REQUEST_STATUSES } from './request-options';

/** What the list shows; kept in the address so a reload or "back" shows the same list. */
export interface ListParams {
  box: RequestBox;
  status: RequestStatus | null;
  domain: DomainArea | null;
  overdueOnly: boolean;
  search: string;
  sort: RequestSort;
}

const SORTS: readonly RequestSort[] = ['LAST_ACTIVITY', 'DUE_DATE'];

/** Committee members read the whole province; everyone else has an inbox and an outbox. */
export function boxesFor(readWholeProvince: boolean): RequestBox[] {
  return readWholeProvince ? ['INBOX', 'OUTBOX', 'ALL'] : ['INBOX', 'OUTBOX'];
}

export function readListParams(query: URLSearchParams, boxes: readonly RequestBox[]): ListParams {
  const box = query.get('box');
  const status = query.get('status');
  const domain = query.get('domain');
  const sort = query.get('sort');
  return {
    box: isOneOf(boxes, box) ? box : boxes[0],
    status: isOneOf(REQUEST_STATUSES, status) ? status : null,
    domain: isOneOf(DOMAINS, domain) ? domain : null,
    overdueOnly: query.get('overdue') === '1',
    search: query.get('q') ?? '',
    sort: isOneOf(SORTS, sort) ? sort : 'LAST_ACTIVITY',
  };
}

/** The address form of `params`, leaving out defaults so plain /requests stays plain. */
export function writeListParams(params: ListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.box !== 'INBOX') query.set('box', params.box);
  if (params.status) query.set('status', params.status);
  if (params.domain) query.set('domain', params.domain);
  if (params.overdueOnly) query.set('overdue', '1');
  if (params.search.trim()) query.set('q', params.search.trim());
  if (params.sort !== 'LAST_ACTIVITY') query.set('sort', params.sort);
  return query;
}

export function hasFilters(params: ListParams): boolean {
  return Boolean(params.status || params.domain || params.overdueOnly || params.search.trim());
}

export function clearFilters(params: ListParams): ListParams {
  return { ...params, status: null, domain: null, overdueOnly: false, search: '' };
}

/** The API filter; "overdue only" off means no overdue condition at all (not "only on time"). */
export function toRequestFilter(params: ListParams): RequestFilter {
  const filter: RequestFilter = { box: params.box };
  if (params.status) filter.statuses = [params.status];
  if (params.domain) filter.domain = params.domain;
  if (params.overdueOnly) filter.overdue = true;
  if (params.search.trim()) filter.search = params.search.trim();
  return filter;
}
