import type { EntityManager } from '@mikro-orm/postgresql';
import { readSql, type SqlSource } from '../../shared/combined-reads';
import { runSql } from '../../shared/sql';
import type { Viewer } from '../../shared/viewer';
import { agencySummaryJson } from '../agencies';
import { userSummaryJson } from '../users';
import type { MeetingView, RequestDirectiveView } from './meeting.views';

/** Read side of meetings: one statement per call, who-sees-what applied here. */

type Row = Record<string, unknown>;

const DIRECTIVES_JSON = `coalesce((select json_agg(json_build_object('id', d.id, 'position', d.position, 'content', d.content,
    'kind', d.kind, 'agency', ${agencySummaryJson('da')},
    'supportingAgencies', coalesce((select json_agg(${agencySummaryJson('sa')} order by sa.code) from agencies sa where sa.id = any(d.supporting_agency_ids)), '[]'::json),
    'category', d.category, 'domain', d.domain, 'dueDate', d.due_date,
    'period', json_build_object('year', d.period_year, 'quarter', d.period_quarter),
    'taskId', d.task_id, 'requestId', d.request_id) order by d.position)
  from meeting_directives d join agencies da on da.id = d.agency_id where d.meeting_id = m.id), '[]'::json)`;

const SELECT_VIEW = `
select m.id, m.title, m.held_on::text as held_on, m.attendees, m.summary, m.conclusion, m.status, m.conclusion_code,
       m.published_on::text as published_on, m.created_at, m.version,
       ${userSummaryJson('c')} as chair,
       case when ra.id is null then null else ${agencySummaryJson('ra')} end as reviewed_agency,
       case when pb.id is null then null else ${userSummaryJson('pb')} end as published_by,
       ${DIRECTIVES_JSON} as directives
  from meetings m
  join users c on c.id = m.chair_id
  left join agencies ra on ra.id = m.reviewed_agency_id
  left join users pb on pb.id = m.published_by_id`;

/**
 * The Committee reads every meeting; an agency reads published ones about it or directing it.
 */
export function meetingVisibleTo(viewer: Viewer, params: unknown[]): string {
  if (viewer.inCommittee) return 'true';
  params.push(viewer.agencyId, viewer.agencyId, viewer.agencyId);
  return `(m.status = 'PUBLISHED' and (m.reviewed_agency_id = ? or exists (
    select 1 from meeting_directives vd where vd.meeting_id = m.id and (vd.agency_id = ? or ?::uuid = any(vd.supporting_agency_ids)))))`;
}

function toMeetingView(row: Row): MeetingView {
  return {
    id: row.id as string,
    title: row.title as string,
    heldOn: row.held_on as string,
    chair: row.chair as MeetingView['chair'],
    reviewedAgency: (row.reviewed_agency as MeetingView['reviewedAgency']) ?? null,
    attendees: row.attendees as string,
    summary: row.summary as string,
    conclusion: row.conclusion as string,
    status: row.status as MeetingView['status'],
    conclusionCode: (row.conclusion_code as string | null) ?? null,
    publishedOn: (row.published_on as string | null) ?? null,
    publishedBy: (row.published_by as MeetingView['publishedBy']) ?? null,
    directives: row.directives as MeetingView['directives'],
    createdAt: new Date(row.created_at as string),
    version: row.version as number,
  };
}

export async function findVisibleMeeting(em: EntityManager, viewer: Viewer, id: string): Promise<MeetingView | null> {
  const params: unknown[] = [id];
  const rows = await runSql<Row[]>(em, `${SELECT_VIEW} where m.id = ? and ${meetingVisibleTo(viewer, params)}`, params);
  return rows[0] ? toMeetingView(rows[0]) : null;
}

export async function listMeetings(em: EntityManager, where: string[], params: unknown[], limit: number): Promise<MeetingView[]> {
  const rows = await runSql<Row[]>(em, `${SELECT_VIEW} where ${where.join(' and ')} order by m.held_on desc, m.id desc limit ?`, [...params, limit]);
  return rows.map(toMeetingView);
}

/** The directive a request came from, if the viewer may read its meeting. */
export async function directiveOfRequest(source: SqlSource, viewer: Viewer, requestId: string): Promise<RequestDirectiveView | null> {
  const params: unknown[] = [requestId];
  const rows = await readSql<RequestDirectiveView[]>(
    source,
    `select m.id as "meetingId", m.conclusion_code as "conclusionCode", d.content
       from meeting_directives d join meetings m on m.id = d.meeting_id
      where d.request_id = ? and ${meetingVisibleTo(viewer, params)}`,
    params,
  );
  return rows[0] ?? null;
}
