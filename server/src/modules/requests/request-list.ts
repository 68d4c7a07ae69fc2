import { isCalendarDate } from '../../shared/clock';
import { isId } from '../../shared/ids';
import { decodeCursor, decodeTimeCursor, encodeCursor, invalidCursor, timeCursor } from '../../shared/pagination';
import { foldForSearch, likePattern } from '../../shared/search';
import type { Viewer } from '../../shared/viewer';
import { RequestBox, RequestSort, type RequestFilter } from './request.inputs';
import { OVERDUE_SQL, visibleTo } from './request.queries';
import type { RequestView } from './request.views';

export interface ListQuery {
  where: string[];
  params: unknown[];
  orderBy: string;
  cursorOf(row: RequestView): string;
}

/** Turns a filter, sort and cursor into one keyset query (no OFFSET, no count). */
export function buildListQuery(viewer: Viewer, filter: RequestFilter | null | undefined, sort: RequestSort, after: string | null | undefined): ListQuery {
  const params: unknown[] = [];
  const where: string[] = [];
  const box = filter?.box ?? RequestBox.ALL;
  // The inbox (a submitted request the viewer's agency takes part in) and the outbox (its own
  // requests) are subsets of what `visibleTo` allows, so they stand in for it. Adding it anyway
  // would cost O(the agency's whole history) per page: PostgreSQL hashes every request id the
  // agency ever took part in to evaluate its OR, where the inbox alone walks the activity index
  // and probes each row (constant work from 10k to 1M requests, see bench/RESULTS.md "growth").
  if (box === RequestBox.INBOX) {
    where.push(`r.status <> 'DRAFT' and exists (select 1 from request_participants ip where ip.request_id = r.id and ip.agency_id = ?)`);
    params.push(viewer.agencyId);
  } else if (box === RequestBox.OUTBOX) {
    where.push('r.requesting_agency_id = ?');
    params.push(viewer.agencyId);
  } else {
    where.push(visibleTo(viewer, params));
  }
  if (filter?.statuses?.length) {
    where.push(`r.status in (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  if (filter?.domain) {
    where.push('r.domain = ?');
    params.push(filter.domain);
  }
  if (filter?.overdue != null) {
    where.push(filter.overdue ? OVERDUE_SQL : `not ${OVERDUE_SQL}`);
  }
  if (filter?.leadAgencyId) {
    where.push(isId(filter.leadAgencyId) ? 'r.lead_agency_id = ?' : 'false');
    if (isId(filter.leadAgencyId)) params.push(filter.leadAgencyId);
  }
  const search = filter?.search ? foldForSearch(filter.search) : '';
  if (search) {
    where.push('r.search_text like ?');
    params.push(likePattern(search));
  }

  if (sort === RequestSort.DUE_DATE) {
    if (after) {
      const [due, id] = decodeCursor(after, 2);
      if (typeof due !== 'string' || !isCalendarDate(due) || !isId(id)) throw invalidCursor();
      where.push('(r.due_date, r.id) > (?::date, ?::uuid)');
      params.push(String(due), String(id));
    }
    return { where, params, orderBy: 'r.due_date asc, r.id asc', cursorOf: (row) => encodeCursor([row.dueDate, row.id]) };
  }
  if (after) {
    where.push('(r.last_activity_at, r.id) < (?::timestamptz, ?::uuid)');
    params.push(...decodeTimeCursor(after));
  }
  return {
    where,
    params,
    orderBy: 'r.last_activity_at desc, r.id desc',
    cursorOf: (row) => timeCursor(row.lastActivityAt, row.id),
  };
}
