import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Expression, type InferResult, type SqlBool } from 'kysely';
import { SQL_PROVINCE_TODAY } from '../../shared/clock';
import { actedForSql, type Viewer } from '../../shared/viewer';
import { agencySummary } from '../agencies';
import { userSummary } from '../users';
import { OPEN_STATUSES, type ParticipantState, type RequestStatus } from './request-status';
import type { ParticipantRole, RequestPriority } from './request-enums';
import type { AttachmentView, CommentView, ParticipantView, RequestView } from './request.views';
import { groupBy } from '../../shared/group-by';
import type { SqlSource } from '../../shared/combined-reads';
import { db, readQuery, runQuery } from '../../shared/typed-sql';

declare module '../../shared/database.generated' {
  interface NativeEnums {
    request_status: RequestStatus;
    request_priority: RequestPriority;
    participant_role: ParticipantRole;
    participant_state: ParticipantState;
  }
}

/**
 * Read side of requests: each function is one SQL statement returning plain rows shaped for the
 * API, with who-sees-what applied here, at the data layer, so no query can forget it.
 */

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/** SQL for the derived `overdue` flag, the same in the row and in the filter. */
export const OVERDUE_SQL = `(r.status in (${OPEN_LIST}) and r.due_date < ${SQL_PROVINCE_TODAY})`;
const overdue = sql<boolean>`${sql.raw(OVERDUE_SQL)}`;

/** A participant as its JSON row holds it: timestamps are ISO text until `toParticipant`. */
type ParticipantJson = Omit<ParticipantView, 'acknowledgedAt' | 'respondedAt'> & {
  acknowledgedAt: string | null;
  respondedAt: string | null;
};
/** What a list shows of a participant (`participantSummariesJson`). */
type ParticipantSummaryJson = Pick<ParticipantView, 'agency' | 'role' | 'state'>;

const participantsJson = sql<ParticipantJson[]>`coalesce((
  select json_agg(json_build_object(
    'agency', ${agencySummary('pa')}, 'role', p.role, 'state', p.state,
    'assignee', case when pu.id is null then null else ${userSummary('pu')} end,
    'reply', p.reply, 'declineReason', p.decline_reason,
    'acknowledgedAt', p.acknowledged_at, 'respondedAt', p.responded_at
  ) order by p.role, pa.code)
  from request_participants p
  join agencies pa on pa.id = p.agency_id
  left join users pu on pu.id = p.assignee_id
  where p.request_id = r.id), '[]'::json)`;

/** Participants as a list shows them: agency, role and state only. */
const participantSummariesJson = sql<ParticipantSummaryJson[]>`coalesce((
  select json_agg(json_build_object('agency', ${agencySummary('pa')}, 'role', p.role, 'state', p.state) order by p.role, pa.code)
  from request_participants p
  join agencies pa on pa.id = p.agency_id
  where p.request_id = r.id), '[]'::json)`;

/**
 * The requests a statement reads, with the two agencies every row shows. `inboxOf`: walk the
 * agency's participations instead (see request-list.ts), ordered by their copy of the activity time.
 */
function fromRequests(inboxOf: string | null = null) {
  return db
    .selectFrom('requests as r')
    .$if(inboxOf != null, (q) =>
      q.innerJoin('request_participants as ip', (join) =>
        join.onRef('ip.request_id', '=', 'r.id').on('ip.agency_id', '=', inboxOf!),
      ),
    )
    .innerJoin('agencies as ra', 'ra.id', 'r.requesting_agency_id')
    .innerJoin('agencies as la', 'la.id', 'r.lead_agency_id')
    .select([
      'r.id',
      'r.code',
      'r.title',
      'r.domain',
      'r.priority',
      'r.status',
      'r.escalation_reason',
      'r.created_at',
      'r.submitted_at',
      'r.closed_at',
      'r.last_activity_at',
      'r.version',
    ])
    .select([
      sql<string>`r.due_date::text`.as('due_date'),
      overdue.as('overdue'),
      agencySummary('ra').as('requesting_agency'),
      agencySummary('la').as('lead_agency'),
    ]);
}

const selectView = (inboxOf?: string | null) =>
  fromRequests(inboxOf)
    .innerJoin('users as au', 'au.id', 'r.author_id')
    .select(['r.body', userSummary('au').as('author'), participantsJson.as('participants')]);

/**
 * A list page's rows without what lists never show: the body, the author, and participants'
 * assignees, replies and reasons. About a third of the bytes and of PostgreSQL's time for an
 * inbox page. Views read this way have those fields undefined: use it only when the query did not
 * ask for them (`summaryServes`).
 */
const selectSummary = (inboxOf?: string | null) =>
  fromRequests(inboxOf).select(participantSummariesJson.as('participants'));

/** Fields (as asked below a list's `node`) that only the full view holds. */
const FULL_VIEW_FIELDS = [
  'body',
  'author',
  'participants.assignee',
  'participants.reply',
  'participants.declineReason',
  'participants.acknowledgedAt',
  'participants.respondedAt',
];

/** Whether a list page may be read with the summary statement, given the fields it asks for. */
export function summaryServes(askedFor: ReadonlySet<string>): boolean {
  for (const path of askedFor) {
    if (FULL_VIEW_FIELDS.some((full) => path === full || path.startsWith(`${full}.`))) return false;
  }
  return true;
}

/**
 * Drafts are private to the requesting agency; the Committee reads every submitted request. "The
 * agency" is every agency the viewer acts for: a department's leaders read their units' requests.
 */
export function requestVisible(viewer: Viewer): Expression<SqlBool> {
  const requester = actedForSql(viewer, 'r.requesting_agency_id');
  if (viewer.inCommittee) return sql<SqlBool>`(r.status <> 'DRAFT' or ${requester})`;
  return sql<SqlBool>`(${requester} or (r.status <> 'DRAFT' and exists (
    select 1 from request_participants vp where vp.request_id = r.id and ${actedForSql(viewer, 'vp.agency_id')})))`;
}

const date = (value: string | null): Date | null => (value == null ? null : new Date(value));

/**
 * A field the summary statement does not read: undefined in the view, and never resolved, since
 * the summary serves only pages that do not ask for it (`summaryServes`).
 */
function unread<T>(): T {
  return undefined as T;
}

function toParticipant(raw: ParticipantJson | ParticipantSummaryJson): ParticipantView {
  const full = 'reply' in raw ? raw : null;
  return {
    agency: raw.agency,
    role: raw.role,
    state: raw.state,
    assignee: full ? full.assignee : unread(),
    reply: full ? full.reply : unread(),
    declineReason: full ? full.declineReason : unread(),
    acknowledgedAt: date(full?.acknowledgedAt ?? null),
    respondedAt: date(full?.respondedAt ?? null),
  };
}

type ViewRow = InferResult<ReturnType<typeof selectView>>[number];
type SummaryRow = InferResult<ReturnType<typeof selectSummary>>[number];

function toRequestView(row: ViewRow | SummaryRow): RequestView {
  const full = 'body' in row ? row : null;
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    body: full ? full.body : unread(),
    domain: row.domain,
    priority: row.priority,
    dueDate: row.due_date,
    status: row.status,
    overdue: row.overdue,
    requestingAgency: row.requesting_agency,
    leadAgency: row.lead_agency,
    author: full ? full.author : unread(),
    participants: row.participants.map(toParticipant),
    escalationReason: row.escalation_reason,
    createdAt: new Date(row.created_at),
    submittedAt: date(row.submitted_at),
    closedAt: date(row.closed_at),
    lastActivityAt: new Date(row.last_activity_at),
    version: row.version,
  };
}

export async function findVisibleRequest(em: EntityManager, viewer: Viewer, id: string): Promise<RequestView | null> {
  const [row] = await runQuery(em, selectView().where('r.id', '=', id).where(requestVisible(viewer)));
  return row ? toRequestView(row) : null;
}

/** Requests by id with no visibility check, in one read: only for events already authorised per subscriber. */
export async function findRequestsByIds(source: SqlSource, ids: readonly string[]): Promise<Map<string, RequestView>> {
  const rows = await readQuery(source, selectView().where(sql<SqlBool>`r.id = any(${`{${ids.join(',')}}`}::uuid[])`));
  return new Map(rows.map((row) => [row.id, toRequestView(row)]));
}

/** A list page's statement parts, from request-list.ts. */
export interface ListStatement {
  /** The agency whose inbox the page walks (through its participations), if it is an inbox page. */
  inboxOf: string | null;
  where: Expression<SqlBool>[];
  orderBy: Expression<unknown>;
}

/** Runs a list query built by request-list.ts. */
export async function listRequests(
  em: EntityManager,
  query: ListStatement,
  limit: number,
  summary = false,
): Promise<RequestView[]> {
  const page = <
    Q extends { where(e: Expression<SqlBool>): Q; orderBy(e: Expression<unknown>): Q; limit(n: number): Q },
  >(
    q: Q,
  ): Q =>
    query.where
      .reduce((qb, condition) => qb.where(condition), q)
      .orderBy(query.orderBy)
      .limit(limit);
  const rows = summary
    ? await runQuery(em, page(selectSummary(query.inboxOf)))
    : await runQuery(em, page(selectView(query.inboxOf)));
  return rows.map(toRequestView);
}

export async function commentsOf(
  source: SqlSource,
  requestIds: readonly string[],
): Promise<Map<string, CommentView[]>> {
  const rows = await readQuery(
    source,
    db
      .selectFrom('request_comments as c')
      .innerJoin('users as u', 'u.id', 'c.author_id')
      .innerJoin('agencies as a', 'a.id', 'c.agency_id')
      .select([
        'c.request_id',
        'c.id',
        'c.body',
        'c.created_at',
        userSummary('u').as('author'),
        agencySummary('a').as('agency'),
      ])
      .where('c.request_id', 'in', requestIds)
      .orderBy('c.created_at')
      .orderBy('c.id'),
  );
  return groupBy(
    rows,
    (row) => row.request_id,
    (row): CommentView => ({
      id: row.id,
      body: row.body,
      author: row.author,
      agency: row.agency,
      createdAt: new Date(row.created_at),
    }),
  );
}

export async function attachmentsOf(
  source: SqlSource,
  requestIds: readonly string[],
): Promise<Map<string, AttachmentView[]>> {
  const rows = await readQuery(
    source,
    db
      .selectFrom('request_attachments as f')
      .innerJoin('users as u', 'u.id', 'f.uploaded_by_id')
      .innerJoin('agencies as a', 'a.id', 'f.agency_id')
      .select([
        'f.request_id',
        'f.id',
        'f.file_name',
        'f.content_type',
        'f.size',
        'f.created_at',
        userSummary('u').as('uploaded_by'),
        agencySummary('a').as('agency'),
      ])
      .where('f.request_id', 'in', requestIds)
      .orderBy('f.created_at')
      .orderBy('f.id'),
  );
  return groupBy(
    rows,
    (row) => row.request_id,
    (row): AttachmentView => ({
      id: row.id,
      fileName: row.file_name,
      contentType: row.content_type,
      size: Number(row.size),
      uploadedBy: row.uploaded_by,
      agency: row.agency,
      createdAt: new Date(row.created_at),
      downloadUrl: `/files/attachments/${row.id}`,
    }),
  );
}
