import type { EntityManager } from '@mikro-orm/postgresql';
import { SQL_PROVINCE_TODAY } from '../../shared/clock';
import type { Viewer } from '../../shared/viewer';
import { agencySummaryJson } from '../agencies';
import { userSummaryJson } from '../users';
import { OPEN_STATUSES } from './request-status';
import type { AttachmentView, CommentView, ParticipantView, RequestView } from './request.views';
import { groupBy } from '../../shared/group-by';
import { readSql, type SqlSource } from '../../shared/combined-reads';
import { runSql } from '../../shared/sql';

/**
 * Read side of requests: each function is one SQL statement returning plain rows shaped for the
 * API, with who-sees-what applied here, at the data layer, so no query can forget it.
 */

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/** SQL for the derived `overdue` flag, the same in the row and in the filter. */
export const OVERDUE_SQL = `(r.status in (${OPEN_LIST}) and r.due_date < ${SQL_PROVINCE_TODAY})`;

const PARTICIPANTS_JSON = `coalesce((
  select json_agg(json_build_object(
    'agency', ${agencySummaryJson('pa')}, 'role', p.role, 'state', p.state,
    'assignee', case when pu.id is null then null else ${userSummaryJson('pu')} end,
    'reply', p.reply, 'declineReason', p.decline_reason,
    'acknowledgedAt', p.acknowledged_at, 'respondedAt', p.responded_at
  ) order by p.role, pa.code)
  from request_participants p
  join agencies pa on pa.id = p.agency_id
  left join users pu on pu.id = p.assignee_id
  where p.request_id = r.id), '[]'::json)`;

/** Participants as a list shows them: agency, role and state only. */
const PARTICIPANT_SUMMARIES_JSON = `coalesce((
  select json_agg(json_build_object('agency', ${agencySummaryJson('pa')}, 'role', p.role, 'state', p.state) order by p.role, pa.code)
  from request_participants p
  join agencies pa on pa.id = p.agency_id
  where p.request_id = r.id), '[]'::json)`;

const COMMON_COLUMNS = `r.id, r.code, r.title, r.domain, r.priority, r.due_date::text as due_date, r.status,
       r.escalation_reason, r.created_at, r.submitted_at, r.closed_at, r.last_activity_at, r.version,
       ${OVERDUE_SQL} as overdue,
       ${agencySummaryJson('ra')} as requesting_agency,
       ${agencySummaryJson('la')} as lead_agency`;

const SELECT_VIEW = `
select ${COMMON_COLUMNS}, r.body,
       ${userSummaryJson('au')} as author,
       ${PARTICIPANTS_JSON} as participants
  from requests r
  join agencies ra on ra.id = r.requesting_agency_id
  join agencies la on la.id = r.lead_agency_id
  join users au on au.id = r.author_id`;

/**
 * A list page's rows without what lists never show: the body, the author, and participants'
 * assignees, replies and reasons. About a third of the bytes and of PostgreSQL's time for an
 * inbox page. Views read this way have those fields undefined: use it only when the query did not
 * ask for them (`summaryServes`).
 */
const SELECT_SUMMARY = `
select ${COMMON_COLUMNS},
       ${PARTICIPANT_SUMMARIES_JSON} as participants
  from requests r
  join agencies ra on ra.id = r.requesting_agency_id
  join agencies la on la.id = r.lead_agency_id`;

/** Fields (as asked below a list's `node`) that only the full view holds. */
const FULL_VIEW_FIELDS = ['body', 'author', 'participants.assignee', 'participants.reply', 'participants.declineReason', 'participants.acknowledgedAt', 'participants.respondedAt'];

/** Whether a list page may be read with the summary statement, given the fields it asks for. */
export function summaryServes(askedFor: ReadonlySet<string>): boolean {
  for (const path of askedFor) {
    if (FULL_VIEW_FIELDS.some((full) => path === full || path.startsWith(`${full}.`))) return false;
  }
  return true;
}

/** Drafts are private to the requesting agency; the Committee reads every submitted request. */
export function visibleTo(viewer: Viewer, params: unknown[]): string {
  if (viewer.inCommittee) {
    params.push(viewer.agencyId);
    return `(r.status <> 'DRAFT' or r.requesting_agency_id = ?)`;
  }
  params.push(viewer.agencyId, viewer.agencyId);
  return `(r.requesting_agency_id = ? or (r.status <> 'DRAFT' and exists (
    select 1 from request_participants vp where vp.request_id = r.id and vp.agency_id = ?)))`;
}

type Row = Record<string, unknown>;
const date = (value: unknown): Date | null => (value == null ? null : new Date(value as string));

function toParticipant(raw: Row): ParticipantView {
  return {
    ...(raw as unknown as ParticipantView),
    acknowledgedAt: date(raw.acknowledgedAt),
    respondedAt: date(raw.respondedAt),
  };
}

export function toRequestView(row: Row): RequestView {
  return {
    id: row.id as string,
    code: (row.code as string | null) ?? null,
    title: row.title as string,
    body: row.body as string,
    domain: row.domain as RequestView['domain'],
    priority: row.priority as RequestView['priority'],
    dueDate: row.due_date as string,
    status: row.status as RequestView['status'],
    overdue: row.overdue as boolean,
    requestingAgency: row.requesting_agency as RequestView['requestingAgency'],
    leadAgency: row.lead_agency as RequestView['leadAgency'],
    author: row.author as RequestView['author'],
    participants: (row.participants as Row[]).map(toParticipant),
    escalationReason: (row.escalation_reason as string | null) ?? null,
    createdAt: date(row.created_at)!,
    submittedAt: date(row.submitted_at),
    closedAt: date(row.closed_at),
    lastActivityAt: date(row.last_activity_at)!,
    version: row.version as number,
  };
}

export async function findVisibleRequest(em: EntityManager, viewer: Viewer, id: string): Promise<RequestView | null> {
  const params: unknown[] = [id];
  const sql = `${SELECT_VIEW} where r.id = ? and ${visibleTo(viewer, params)}`;
  const rows = await runSql<Row[]>(em, sql, params);
  return rows[0] ? toRequestView(rows[0]) : null;
}

/** A request by id with no visibility check: only for events already authorised per subscriber. */
export async function findRequestById(source: SqlSource, id: string): Promise<RequestView | null> {
  const rows = await readSql<Row[]>(source, `${SELECT_VIEW} where r.id = ?`, [id]);
  return rows[0] ? toRequestView(rows[0]) : null;
}

/** A list page's parts, from request-list.ts, already parameterised. */
export interface ListStatement {
  join: { sql: string; params: unknown[] } | null;
  where: string[];
  params: unknown[];
  orderBy: string;
}

/** Runs a list query built by request-list.ts. */
export async function listRequests(em: EntityManager, query: ListStatement, limit: number, summary = false): Promise<RequestView[]> {
  const join = query.join?.sql ?? '';
  const sql = `${summary ? SELECT_SUMMARY : SELECT_VIEW} ${join} where ${query.where.join(' and ')} order by ${query.orderBy} limit ?`;
  const rows = await runSql<Row[]>(em, sql, [...(query.join?.params ?? []), ...query.params, limit]);
  return rows.map(toRequestView);
}

export async function commentsOf(source: SqlSource, requestIds: readonly string[]): Promise<Map<string, CommentView[]>> {
  const rows = await readSql<Row[]>(
    source,
    `select c.request_id, c.id, c.body, c.created_at, ${userSummaryJson('u')} as author, ${agencySummaryJson('a')} as agency
       from request_comments c join users u on u.id = c.author_id join agencies a on a.id = c.agency_id
      where c.request_id in (${requestIds.map(() => '?').join(', ')})
      order by c.created_at, c.id`,
    [...requestIds],
  );
  return groupBy(
    rows,
    (row) => row.request_id as string,
    (row): CommentView => ({
      id: row.id as string,
      body: row.body as string,
      author: row.author as CommentView['author'],
      agency: row.agency as CommentView['agency'],
      createdAt: date(row.created_at)!,
    }),
  );
}

export async function attachmentsOf(source: SqlSource, requestIds: readonly string[]): Promise<Map<string, AttachmentView[]>> {
  const rows = await readSql<Row[]>(
    source,
    `select f.request_id, f.id, f.file_name, f.content_type, f.size, f.created_at, ${userSummaryJson('u')} as uploaded_by, ${agencySummaryJson('a')} as agency
       from request_attachments f join users u on u.id = f.uploaded_by_id join agencies a on a.id = f.agency_id
      where f.request_id in (${requestIds.map(() => '?').join(', ')})
      order by f.created_at, f.id`,
    [...requestIds],
  );
  return groupBy(
    rows,
    (row) => row.request_id as string,
    (row): AttachmentView => ({
      id: row.id as string,
      fileName: row.file_name as string,
      contentType: row.content_type as string,
      size: Number(row.size),
      uploadedBy: row.uploaded_by as AttachmentView['uploadedBy'],
      agency: row.agency as AttachmentView['agency'],
      createdAt: date(row.created_at)!,
      downloadUrl: `/files/attachments/${row.id as string}`,
    }),
  );
}
