import { isId } from '../../shared/ids';
import { decodeDateCursor, decodeTimeCursor, encodeCursor, timeCursor } from '../../shared/pagination';
import { foldForSearch, likePattern } from '../../shared/search';
import type { Viewer } from '../../shared/viewer';
import { RequestBox, RequestSort, type RequestFilter } from './request.inputs';
import { OVERDUE_SQL, visibleTo, type ListStatement } from './request.queries';
import type { RequestView } from './request.views';

export interface ListQuery extends ListStatement {
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
  // agency ever took part in to evaluate its OR (see bench/RESULTS.md "growth").
  let join: ListQuery['join'] = null;
  if (box === RequestBox.INBOX) {
    // by activity, the page walks the agency's (agency, last_activity_at, request) index: 51 entries
    join = { sql: 'join request_participants ip on ip.request_id = r.id and ip.agency_id = ?', params: [viewer.agencyId] };
    where.push(`r.status <> 'DRAFT'`);
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
      const [due, id] = decodeDateCursor(after);
      where.push('(r.due_date, r.id) > (?::date, ?::uuid)');
      params.push(String(due), String(id));
    }
    return { join, where, params, orderBy: 'r.due_date asc, r.id asc', cursorOf: (row) => encodeCursor([row.dueDate, row.id]) };
  }
  // the participant row's copy of the request's activity time, when the page walks participations
  const activity = join ? '(ip.last_activity_at, ip.request_id)' : '(r.last_activity_at, r.id)';
  if (after) {
    where.push(`${activity} < (?::timestamptz, ?::uuid)`);
    params.push(...decodeTimeCursor(after));
  }
  return {
    join,
    where,
    params,
    orderBy: join ? 'ip.last_activity_at desc, ip.request_id desc' : 'r.last_activity_at desc, r.id desc',
    cursorOf: (row) => timeCursor(row.lastActivityAt, row.id),
  };
}
