import { sql, type Expression, type SqlBool } from 'kysely';
import { isId } from '../../shared/ids';
import { decodeDateCursor, decodeTimeCursor, encodeCursor, timeCursor } from '../../shared/pagination';
import { foldForSearch, likePattern } from '../../shared/search';
import { actedForSql, agenciesActedFor, type Viewer } from '../../shared/viewer';
import { RequestBox, RequestSort, type RequestFilter } from './request.inputs';
import { OVERDUE_SQL, requestVisible, type ListStatement } from './request.queries';
import type { RequestView } from './request.views';

export interface ListQuery extends ListStatement {
  cursorOf(row: RequestView): string;
}

/** Turns a filter, sort and cursor into one keyset query (no OFFSET, no count). */
export function buildListQuery(
  viewer: Viewer,
  filter: RequestFilter | null | undefined,
  sort: RequestSort,
  after: string | null | undefined,
): ListQuery {
  const where: Expression<SqlBool>[] = [];
  const box = filter?.box ?? RequestBox.ALL;
  // The inbox (a submitted request the viewer's agency takes part in) and the outbox (its own
  // requests) are subsets of what `requestVisible` allows, so they stand in for it. Adding it anyway
  // would cost O(the agency's whole history) per page: PostgreSQL hashes every request id the
  // agency ever took part in to evaluate its OR (see bench/RESULTS.md "growth").
  // By activity, an inbox page walks the agency's (agency, last_activity_at, request) index: 51 entries.
  // A leader acting for units (several agencies) reads the inbox by the requests' own activity,
  // with the participations as a condition: walking several agencies' participations would list a
  // request addressed to two of them twice.
  const actedFor = agenciesActedFor(viewer);
  const inboxOf = box === RequestBox.INBOX && actedFor.length === 1 ? actedFor[0] : null;
  if (box === RequestBox.INBOX) {
    where.push(sql<SqlBool>`r.status <> 'DRAFT'`);
    if (!inboxOf)
      where.push(
        sql<SqlBool>`exists (select 1 from request_participants ip where ip.request_id = r.id and ${actedForSql(viewer, 'ip.agency_id')})`,
      );
  } else if (box === RequestBox.OUTBOX) {
    where.push(actedForSql(viewer, 'r.requesting_agency_id'));
  } else {
    where.push(requestVisible(viewer));
  }
  if (filter?.statuses?.length) {
    where.push(sql<SqlBool>`r.status in (${sql.join(filter.statuses)})`);
  }
  if (filter?.domain) {
    where.push(sql<SqlBool>`r.domain = ${filter.domain}`);
  }
  if (filter?.overdue != null) {
    where.push(sql<SqlBool>`${sql.raw(filter.overdue ? OVERDUE_SQL : `not ${OVERDUE_SQL}`)}`);
  }
  if (filter?.leadAgencyId) {
    where.push(
      isId(filter.leadAgencyId) ? sql<SqlBool>`r.lead_agency_id = ${filter.leadAgencyId}` : sql<SqlBool>`false`,
    );
  }
  const search = filter?.search ? foldForSearch(filter.search) : '';
  if (search) {
    where.push(sql<SqlBool>`r.search_text like ${likePattern(search)}`);
  }

  if (sort === RequestSort.DUE_DATE) {
    if (after) {
      const [due, id] = decodeDateCursor(after);
      where.push(sql<SqlBool>`(r.due_date, r.id) > (${String(due)}::date, ${String(id)}::uuid)`);
    }
    return {
      inboxOf,
      where,
      orderBy: sql`r.due_date asc, r.id asc`,
      cursorOf: (row) => encodeCursor([row.dueDate, row.id]),
    };
  }
  // the participant row's copy of the request's activity time, when the page walks participations
  const activity = sql.raw(inboxOf ? '(ip.last_activity_at, ip.request_id)' : '(r.last_activity_at, r.id)');
  if (after) {
    const [at, id] = decodeTimeCursor(after);
    where.push(sql<SqlBool>`${activity} < (${at}::timestamptz, ${id}::uuid)`);
  }
  return {
    inboxOf,
    where,
    orderBy: sql.raw(inboxOf ? 'ip.last_activity_at desc, ip.request_id desc' : 'r.last_activity_at desc, r.id desc'),
    cursorOf: (row) => timeCursor(row.lastActivityAt, row.id),
  };
}
