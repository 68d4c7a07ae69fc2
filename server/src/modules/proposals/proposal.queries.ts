import type { EntityManager } from '@mikro-orm/postgresql';
import { expressionBuilder, sql, type Expression, type InferResult, type SqlBool } from 'kysely';
import { groupBy } from '../../shared/group-by';
import type { SqlSource } from '../../shared/combined-reads';
import type { Database } from '../../shared/database.generated';
import { db, readQuery, runQuery } from '../../shared/typed-sql';
import { actedForSql, type Viewer } from '../../shared/viewer';
import { agencySummary, type AgencySummary } from '../agencies';
import { userSummary, type UserSummary } from '../users';
import type { Recommendation } from './appraisal.entity';
import type { AppraisalOpinion, ResourceKind } from './proposal-enums';
import type { ProposalStatus } from './proposal-status';
import type { AppraisalView, ProposalItemView, ProposalView, RevisionView } from './proposal.views';
import type { RevisionSnapshot } from './proposal-revision.entity';

declare module '../../shared/database.generated' {
  interface NativeEnums {
    proposal_status: ProposalStatus;
    resource_kind: ResourceKind;
    appraisal_opinion: AppraisalOpinion;
  }
}

/** Read side of proposals: one statement per call, visibility applied here. */

/** An item as its JSON row holds it: the amount as text, exact. */
type ItemJson = Omit<ProposalItemView, 'amount'> & { amount: string | null };

interface AppraisalJson {
  agency: AgencySummary;
  kinds: ResourceKind[];
  opinion: AppraisalOpinion | null;
  comment: string | null;
  recommendations: Recommendation[];
  appraisedBy: UserSummary | null;
  appraisedAt: string | null;
}

const itemsJson = sql<
  ItemJson[]
>`coalesce((select json_agg(json_build_object('id', i.id, 'kind', i.kind, 'description', i.description,
  'quantity', i.quantity, 'unit', i.unit, 'amount', i.amount::text, 'justification', i.justification) order by i.position)
  from proposal_items i where i.proposal_id = p.id), '[]'::json)`;

const appraisalsJson = sql<
  AppraisalJson[]
>`coalesce((select json_agg(json_build_object('agency', ${agencySummary('aa')}, 'kinds', a.kinds,
  'opinion', a.opinion, 'comment', a.comment, 'recommendations', a.recommendations,
  'appraisedBy', case when au.id is null then null else ${userSummary('au')} end, 'appraisedAt', a.appraised_at) order by aa.code)
  from proposal_appraisals a join agencies aa on aa.id = a.agency_id left join users au on au.id = a.appraised_by_id
  where a.proposal_id = p.id and a.revision = p.revision), '[]'::json)`;

const selectView = () =>
  db
    .selectFrom('proposals as p')
    .innerJoin('agencies as ra', 'ra.id', 'p.requesting_agency_id')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .select([
      'p.id',
      'p.code',
      'p.title',
      'p.rationale',
      'p.fiscal_year',
      'p.status',
      'p.revision',
      'p.return_reason',
      'p.linked_request_ids',
      'p.linked_task_ids',
    ])
    .select(['p.created_at', 'p.submitted_at', 'p.decided_at', 'p.last_activity_at', 'p.version'])
    .select([
      sql<string>`(select coalesce(sum(i.amount), 0)::text from proposal_items i where i.proposal_id = p.id)`.as(
        'total_amount',
      ),
      agencySummary('ra').as('requesting_agency'),
      userSummary('u').as('author'),
      itemsJson.as('items'),
      appraisalsJson.as('appraisals'),
    ]);

/** The proposing agency (as acted for: `agenciesActedFor`) sees its drafts; appraisers (of any revision) and the Committee see the rest. */
export function proposalVisible(viewer: Viewer): Expression<SqlBool> {
  const requester = actedForSql(viewer, 'p.requesting_agency_id');
  if (viewer.inCommittee) return sql<SqlBool>`(p.status <> 'DRAFT' or ${requester})`;
  return sql<SqlBool>`(${requester} or (p.status <> 'DRAFT' and exists (
    select 1 from proposal_appraisals va where va.proposal_id = p.id and ${actedForSql(viewer, 'va.agency_id')})))`;
}

/** Conditions on a list's proposal row `p`, typed by its columns, for filters built by the proposal list. */
export const proposalRow = expressionBuilder<{ p: Database['proposals'] }, 'p'>();

const money = (value: string | null) => (value === null ? null : BigInt(value));
const date = (value: string | null) => (value == null ? null : new Date(value));

const toItem = (raw: ItemJson): ProposalItemView => ({ ...raw, amount: money(raw.amount) });

function toAppraisal(raw: AppraisalJson): AppraisalView {
  return {
    ...raw,
    recommendations: raw.recommendations.map((r) => ({ ...r, amount: money(r.amount) })),
    appraisedAt: date(raw.appraisedAt),
  };
}

type ViewRow = InferResult<ReturnType<typeof selectView>>[number];

function toProposalView(row: ViewRow): ProposalView {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    rationale: row.rationale,
    fiscalYear: row.fiscal_year,
    status: row.status,
    revision: row.revision,
    returnReason: row.return_reason,
    requestingAgency: row.requesting_agency,
    author: row.author,
    items: row.items.map(toItem),
    totalAmount: BigInt(row.total_amount),
    appraisals: row.appraisals.map(toAppraisal),
    linkedRequestIds: row.linked_request_ids,
    linkedTaskIds: row.linked_task_ids,
    createdAt: new Date(row.created_at),
    submittedAt: date(row.submitted_at),
    decidedAt: date(row.decided_at),
    lastActivityAt: new Date(row.last_activity_at),
    version: row.version,
  };
}

export async function findVisibleProposal(em: EntityManager, viewer: Viewer, id: string): Promise<ProposalView | null> {
  const [row] = await runQuery(em, selectView().where('p.id', '=', id).where(proposalVisible(viewer)));
  return row ? toProposalView(row) : null;
}

/** Proposals by id with no visibility check, in one read: only for events already authorised per subscriber. */
export async function findProposalsByIds(
  source: SqlSource,
  ids: readonly string[],
): Promise<Map<string, ProposalView>> {
  const rows = await readQuery(source, selectView().where(sql<SqlBool>`p.id = any(${`{${ids.join(',')}}`}::uuid[])`));
  return new Map(rows.map((row) => [row.id, toProposalView(row)]));
}

/**
 * A list page by last activity then id, in `direction` (the keyset the list's cursor condition
 * follows); `where` holds the proposal list's conditions, its visibility rule among them.
 */
export async function listProposals(
  em: EntityManager,
  where: readonly Expression<SqlBool>[],
  direction: 'asc' | 'desc',
  limit: number,
): Promise<ProposalView[]> {
  const rows = await runQuery(
    em,
    selectView()
      .where((eb) => eb.and([...where]))
      .orderBy('p.last_activity_at', direction)
      .orderBy('p.id', direction)
      .limit(limit),
  );
  return rows.map(toProposalView);
}

export async function revisionsOf(
  source: SqlSource,
  proposalIds: readonly string[],
): Promise<Map<string, RevisionView[]>> {
  const rows = await readQuery(
    source,
    db
      .selectFrom('proposal_revisions')
      .select(['proposal_id', 'number', sql<RevisionSnapshot>`snapshot`.as('snapshot'), 'submitted_at'])
      .where(sql<SqlBool>`proposal_id = any(${`{${proposalIds.join(',')}}`}::uuid[])`)
      .orderBy('number'),
  );
  return groupBy(
    rows,
    (row) => row.proposal_id,
    (row): RevisionView => {
      const { snapshot } = row;
      return {
        number: row.number,
        title: snapshot.title,
        rationale: snapshot.rationale,
        fiscalYear: snapshot.fiscalYear,
        items: snapshot.items.map((item) => ({ ...item, amount: money(item.amount) })),
        totalAmount: BigInt(snapshot.totalAmount),
        submittedAt: new Date(row.submitted_at),
      };
    },
  );
}
