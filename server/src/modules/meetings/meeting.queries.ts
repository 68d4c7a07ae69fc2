import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Expression, type InferResult, type SqlBool } from 'kysely';
import { SignedDocumentKind, signedDocumentJson, signedDocumentView } from '../signing';
import type { SqlSource } from '../../shared/combined-reads';
import { db, readQuery, runQuery } from '../../shared/typed-sql';
import { actedForSql, agenciesActedFor, type Viewer } from '../../shared/viewer';
import { agencySummary } from '../agencies';
import { userSummary } from '../users';
import type { DirectiveKind, MeetingStatus } from './meeting-status';
import type { DirectiveView, MeetingView, RequestDirectiveView } from './meeting.views';

declare module '../../shared/database.generated' {
  interface NativeEnums {
    meeting_status: MeetingStatus;
    directive_kind: DirectiveKind;
  }
}

/** Read side of meetings: one statement per call, who-sees-what applied here. */

const directivesJson = sql<
  DirectiveView[]
>`coalesce((select json_agg(json_build_object('id', d.id, 'position', d.position, 'content', d.content,
    'kind', d.kind, 'agency', ${agencySummary('da')},
    'supportingAgencies', coalesce((select json_agg(${agencySummary('sa')} order by sa.code) from agencies sa where sa.id = any(d.supporting_agency_ids)), '[]'::json),
    'category', d.category, 'domain', d.domain, 'dueDate', d.due_date,
    'period', json_build_object('year', d.period_year, 'quarter', d.period_quarter),
    'taskId', d.task_id, 'requestId', d.request_id) order by d.position)
  from meeting_directives d join agencies da on da.id = d.agency_id where d.meeting_id = m.id), '[]'::json)`;

const selectView = () =>
  db
    .selectFrom('meetings as m')
    .innerJoin('users as c', 'c.id', 'm.chair_id')
    .leftJoin('agencies as ra', 'ra.id', 'm.reviewed_agency_id')
    .leftJoin('users as pb', 'pb.id', 'm.published_by_id')
    .select([
      'm.id',
      'm.title',
      sql<string>`m.held_on::text`.as('held_on'),
      'm.attendees',
      sql<MeetingView['attendingAgencies']>`coalesce((select json_agg(${agencySummary('aa')} order by aa.code)
        from agencies aa where aa.id = any(m.attending_agency_ids)), '[]'::json)`.as('attending_agencies'),
      'm.summary',
      'm.conclusion',
      'm.status',
      'm.conclusion_code',
    ])
    .select([sql<string | null>`m.published_on::text`.as('published_on'), 'm.created_at', 'm.version'])
    .select([
      userSummary('c').as('chair'),
      sql<MeetingView['reviewedAgency']>`case when ra.id is null then null else ${agencySummary('ra')} end`.as(
        'reviewed_agency',
      ),
      sql<MeetingView['publishedBy']>`case when pb.id is null then null else ${userSummary('pb')} end`.as(
        'published_by',
      ),
      directivesJson.as('directives'),
      signedDocumentJson(SignedDocumentKind.CONCLUSION, sql.ref('m.id')).as('signed_document'),
    ]);

/**
 * The Committee reads every meeting; an agency (as acted for: `agenciesActedFor`) reads published
 * ones about it, directing it, or that it attended.
 */
export function meetingVisible(viewer: Viewer): Expression<SqlBool> {
  if (viewer.inCommittee) return sql<SqlBool>`true`;
  const mine = sql`${`{${agenciesActedFor(viewer).join(',')}}`}::uuid[]`;
  return sql<SqlBool>`(m.status = 'PUBLISHED' and (${actedForSql(viewer, 'm.reviewed_agency_id')}
    or m.attending_agency_ids && ${mine} or exists (
    select 1 from meeting_directives vd where vd.meeting_id = m.id and (${actedForSql(viewer, 'vd.agency_id')} or vd.supporting_agency_ids && ${mine}))))`;
}

function toMeetingView(row: InferResult<ReturnType<typeof selectView>>[number]): MeetingView {
  return {
    id: row.id,
    title: row.title,
    heldOn: row.held_on,
    chair: row.chair,
    reviewedAgency: row.reviewed_agency,
    attendees: row.attendees,
    attendingAgencies: row.attending_agencies,
    summary: row.summary,
    conclusion: row.conclusion,
    status: row.status,
    conclusionCode: row.conclusion_code,
    publishedOn: row.published_on,
    publishedBy: row.published_by,
    directives: row.directives,
    createdAt: new Date(row.created_at),
    version: row.version,
    signedDocument: signedDocumentView(row.signed_document),
  };
}

export async function findVisibleMeeting(em: EntityManager, viewer: Viewer, id: string): Promise<MeetingView | null> {
  const [row] = await runQuery(em, selectView().where('m.id', '=', id).where(meetingVisible(viewer)));
  return row ? toMeetingView(row) : null;
}

/** A meeting whoever may read it: for the server's own work (laying out the notice it signs at publication). */
export async function findMeeting(em: EntityManager, id: string): Promise<MeetingView | null> {
  const [row] = await runQuery(em, selectView().where('m.id', '=', id));
  return row ? toMeetingView(row) : null;
}

/** A list page, newest first (the keyset the list's cursor condition follows); `where` holds the meeting list's conditions, its visibility rule among them. */
export async function listMeetings(
  em: EntityManager,
  where: readonly Expression<SqlBool>[],
  limit: number,
): Promise<MeetingView[]> {
  const rows = await runQuery(
    em,
    selectView()
      .where((eb) => eb.and([...where]))
      .orderBy('m.held_on', 'desc')
      .orderBy('m.id', 'desc')
      .limit(limit),
  );
  return rows.map(toMeetingView);
}

/** The directive a request came from, if the viewer may read its meeting. */
export async function directiveOfRequest(
  source: SqlSource,
  viewer: Viewer,
  requestId: string,
): Promise<RequestDirectiveView | null> {
  const [row] = await readQuery(
    source,
    db
      .selectFrom('meeting_directives as d')
      .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
      .select(['m.id as meetingId', 'm.conclusion_code as conclusionCode', 'd.content'])
      .where('d.request_id', '=', requestId)
      .where(meetingVisible(viewer)),
  );
  return row ?? null;
}
