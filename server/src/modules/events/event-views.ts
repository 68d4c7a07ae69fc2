import { sql, type InferResult, type SqlBool } from 'kysely';
import type { SqlSource } from '../../shared/combined-reads';
import type { DelegationRecord } from '../../shared/powers';
import { db, readQuery } from '../../shared/typed-sql';
import { agencySummary, type AgencySummary } from '../agencies';
import { userSummary, type UserSummary } from '../users';
import { groupBy } from '../../shared/group-by';

/** One timeline entry, with the people and agencies it names already resolved. */
export interface TimelineEntry {
  id: string;
  type: string;
  at: Date;
  actor: UserSummary | null;
  actorAgency: AgencySummary | null;
  /** Reply, reason, comment or directive text. */
  note: string | null;
  /** The agency an event is about (assignee's, new lead), when any. */
  agency: AgencySummary | null;
  assignee: UserSummary | null;
  dueDate: string | null;
  /** The delegation the act was taken under (KT./TL. for its grantor), as recorded with it. */
  delegation: DelegationRecord | null;
}

/** Events of one aggregate type with the people and agencies they name, as JSON columns. */
const selectEntries = (aggregateType: string) =>
  db
    .selectFrom('events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .leftJoin('agencies as a', 'a.id', 'e.actor_agency_id')
    .leftJoin('agencies as ta', (join) => join.on(sql<SqlBool>`ta.id = (e.data->>'agencyId')::uuid`))
    .leftJoin('users as tu', (join) => join.on(sql<SqlBool>`tu.id = (e.data->>'assigneeId')::uuid`))
    .select([sql<string>`e.id::text`.as('id'), 'e.aggregate_id', 'e.type', 'e.created_at'])
    .select([sql<string | null>`e.data->>'note'`.as('note'), sql<string | null>`e.data->>'dueDate'`.as('due_date')])
    .select(sql<DelegationRecord | null>`e.data->'delegation'`.as('delegation'))
    .select([
      sql<UserSummary | null>`case when u.id is null then null else ${userSummary('u')} end`.as('actor'),
      sql<AgencySummary | null>`case when a.id is null then null else ${agencySummary('a')} end`.as('actor_agency'),
      sql<AgencySummary | null>`case when ta.id is null then null else ${agencySummary('ta')} end`.as('agency'),
      sql<UserSummary | null>`case when tu.id is null then null else ${userSummary('tu')} end`.as('assignee'),
    ])
    .where('e.aggregate_type', '=', aggregateType);

function toEntry(row: InferResult<ReturnType<typeof selectEntries>>[number]): TimelineEntry {
  return {
    id: row.id,
    type: row.type,
    at: new Date(row.created_at),
    note: row.note,
    dueDate: row.due_date,
    actor: row.actor,
    actorAgency: row.actor_agency,
    agency: row.agency,
    assignee: row.assignee,
    delegation: row.delegation,
  };
}

/** Timelines of several aggregates of one type, oldest event first, in one statement. */
export async function timelinesOf(
  source: SqlSource,
  aggregateType: string,
  ids: readonly string[],
): Promise<Map<string, TimelineEntry[]>> {
  const rows = await readQuery(
    source,
    selectEntries(aggregateType)
      .where(sql<SqlBool>`e.aggregate_id = any(${`{${ids.join(',')}}`}::uuid[])`)
      .orderBy('e.id'),
  );
  return groupBy(rows, (row) => row.aggregate_id, toEntry);
}

/** Timeline entries of several events of one type, by event id, in one statement. */
export async function timelineEntriesOf(
  source: SqlSource,
  aggregateType: string,
  eventIds: readonly number[],
): Promise<Map<string, TimelineEntry>> {
  const rows = await readQuery(
    source,
    selectEntries(aggregateType).where(sql<SqlBool>`e.id = any(${`{${eventIds.join(',')}}`}::bigint[])`),
  );
  return new Map(rows.map((row) => [row.id, toEntry(row)]));
}
