import { readSql, type SqlSource } from '../../shared/combined-reads';
import { agencySummaryJson, type AgencySummary } from '../agencies';
import { userSummaryJson, type UserSummary } from '../users';
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
}

type Row = Record<string, unknown>;

const ENTRY_SQL = `
select e.id::text as id, e.aggregate_id, e.type, e.created_at, e.data->>'note' as note, e.data->>'dueDate' as due_date,
       case when u.id is null then null else ${userSummaryJson('u')} end as actor,
       case when a.id is null then null else ${agencySummaryJson('a')} end as actor_agency,
       case when ta.id is null then null else ${agencySummaryJson('ta')} end as agency,
       case when tu.id is null then null else ${userSummaryJson('tu')} end as assignee
  from events e
  left join users u on u.id = e.actor_user_id
  left join agencies a on a.id = e.actor_agency_id
  left join agencies ta on ta.id = (e.data->>'agencyId')::uuid
  left join users tu on tu.id = (e.data->>'assigneeId')::uuid
 where e.aggregate_type = ?`;

function toEntry(row: Row): TimelineEntry {
  return {
    id: row.id as string,
    type: row.type as string,
    at: new Date(row.created_at as string),
    note: (row.note as string | null) ?? null,
    dueDate: (row.due_date as string | null) ?? null,
    actor: (row.actor as UserSummary | null) ?? null,
    actorAgency: (row.actor_agency as AgencySummary | null) ?? null,
    agency: (row.agency as AgencySummary | null) ?? null,
    assignee: (row.assignee as UserSummary | null) ?? null,
  };
}

/** Timelines of several aggregates of one type, oldest event first, in one statement. */
export async function timelinesOf(source: SqlSource, aggregateType: string, ids: readonly string[]): Promise<Map<string, TimelineEntry[]>> {
  const rows = await readSql<Row[]>(source, `${ENTRY_SQL} and e.aggregate_id = any(?::uuid[]) order by e.id`, [aggregateType, `{${ids.join(',')}}`]);
  return groupBy(rows, (row) => row.aggregate_id as string, toEntry);
}

export async function timelineEntry(source: SqlSource, aggregateType: string, eventId: number): Promise<TimelineEntry | null> {
  const rows = await readSql<Row[]>(source, `${ENTRY_SQL} and e.id = ?`, [aggregateType, eventId]);
  return rows[0] ? toEntry(rows[0]) : null;
}
