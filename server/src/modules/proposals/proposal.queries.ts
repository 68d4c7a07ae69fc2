import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy } from '../../shared/group-by';
import { readSql, type SqlSource } from '../../shared/combined-reads';
import { runSql } from '../../shared/sql';
import type { Viewer } from '../../shared/viewer';
import { agencySummaryJson } from '../agencies';
import { userSummaryJson } from '../users';
import type { AppraisalView, ProposalItemView, ProposalView, RevisionView } from './proposal.views';
import type { RevisionSnapshot } from './proposal-revision.entity';

/** Read side of proposals: one statement per call, visibility applied here. */

type Row = Record<string, unknown>;

const ITEMS_JSON = `coalesce((select json_agg(json_build_object('id', i.id, 'kind', i.kind, 'description', i.description,
  'quantity', i.quantity, 'unit', i.unit, 'amount', i.amount::text, 'justification', i.justification) order by i.position)
  from proposal_items i where i.proposal_id = p.id), '[]'::json)`;

const APPRAISALS_JSON = `coalesce((select json_agg(json_build_object('agency', ${agencySummaryJson('aa')}, 'kinds', a.kinds,
  'opinion', a.opinion, 'comment', a.comment, 'recommendations', a.recommendations,
  'appraisedBy', case when au.id is null then null else ${userSummaryJson('au')} end, 'appraisedAt', a.appraised_at) order by aa.code)
  from proposal_appraisals a join agencies aa on aa.id = a.agency_id left join users au on au.id = a.appraised_by_id
  where a.proposal_id = p.id and a.revision = p.revision), '[]'::json)`;

const SELECT_VIEW = `
select p.id, p.code, p.title, p.rationale, p.fiscal_year, p.status, p.revision, p.return_reason, p.linked_request_ids, p.linked_task_ids,
       p.created_at, p.submitted_at, p.decided_at, p.last_activity_at, p.version,
       (select coalesce(sum(i.amount), 0)::text from proposal_items i where i.proposal_id = p.id) as total_amount,
       ${agencySummaryJson('ra')} as requesting_agency, ${userSummaryJson('u')} as author,
       ${ITEMS_JSON} as items, ${APPRAISALS_JSON} as appraisals
  from proposals p join agencies ra on ra.id = p.requesting_agency_id join users u on u.id = p.author_id`;

/** The proposing agency sees its drafts; appraisers (of any revision) and the Committee see the rest. */
export function proposalVisibleTo(viewer: Viewer, params: unknown[]): string {
  params.push(viewer.agencyId);
  if (viewer.inCommittee) return `(p.status <> 'DRAFT' or p.requesting_agency_id = ?)`;
  params.push(viewer.agencyId);
  return `(p.requesting_agency_id = ? or (p.status <> 'DRAFT' and exists (
    select 1 from proposal_appraisals va where va.proposal_id = p.id and va.agency_id = ?)))`;
}

const money = (value: unknown) => (value === null || value === undefined ? null : BigInt(value as string));
const date = (value: unknown) => (value == null ? null : new Date(value as string));

const toItem = (raw: Row): ProposalItemView => ({ ...(raw as unknown as ProposalItemView), amount: money(raw.amount) });

function toAppraisal(raw: Row): AppraisalView {
  const recommendations = raw.recommendations as { itemId: string; amount: string | null; quantity: number | null }[];
  return {
    ...(raw as unknown as AppraisalView),
    recommendations: recommendations.map((r) => ({ ...r, amount: money(r.amount) })),
    appraisedAt: date(raw.appraisedAt),
  };
}

export function toProposalView(row: Row): ProposalView {
  return {
    id: row.id as string,
    code: (row.code as string | null) ?? null,
    title: row.title as string,
    rationale: row.rationale as string,
    fiscalYear: row.fiscal_year as number,
    status: row.status as ProposalView['status'],
    revision: row.revision as number,
    returnReason: (row.return_reason as string | null) ?? null,
    requestingAgency: row.requesting_agency as ProposalView['requestingAgency'],
    author: row.author as ProposalView['author'],
    items: (row.items as Row[]).map(toItem),
    totalAmount: BigInt(row.total_amount as string),
    appraisals: (row.appraisals as Row[]).map(toAppraisal),
    linkedRequestIds: row.linked_request_ids as string[],
    linkedTaskIds: row.linked_task_ids as string[],
    createdAt: date(row.created_at)!,
    submittedAt: date(row.submitted_at),
    decidedAt: date(row.decided_at),
    lastActivityAt: date(row.last_activity_at)!,
    version: row.version as number,
  };
}

export async function findVisibleProposal(em: EntityManager, viewer: Viewer, id: string): Promise<ProposalView | null> {
  const params: unknown[] = [id];
  const rows = await runSql<Row[]>(em, `${SELECT_VIEW} where p.id = ? and ${proposalVisibleTo(viewer, params)}`, params);
  return rows[0] ? toProposalView(rows[0]) : null;
}

/** A proposal by id with no visibility check: only for events already authorised per subscriber. */
export async function findProposalById(source: SqlSource, id: string): Promise<ProposalView | null> {
  const rows = await readSql<Row[]>(source, `${SELECT_VIEW} where p.id = ?`, [id]);
  return rows[0] ? toProposalView(rows[0]) : null;
}

export async function listProposals(em: EntityManager, where: string[], params: unknown[], orderBy: string, limit: number): Promise<ProposalView[]> {
  const rows = await runSql<Row[]>(em, `${SELECT_VIEW} where ${where.join(' and ')} order by ${orderBy} limit ?`, [...params, limit]);
  return rows.map(toProposalView);
}

export async function revisionsOf(source: SqlSource, proposalIds: readonly string[]): Promise<Map<string, RevisionView[]>> {
  const rows = await readSql<Row[]>(
    source,
    'select proposal_id, number, snapshot, submitted_at from proposal_revisions where proposal_id = any(?::uuid[]) order by number',
    [`{${proposalIds.join(',')}}`],
  );
  return groupBy(rows, (row) => row.proposal_id as string, (row): RevisionView => {
    const snapshot = row.snapshot as RevisionSnapshot;
    return {
      number: row.number as number,
      title: snapshot.title,
      rationale: snapshot.rationale,
      fiscalYear: snapshot.fiscalYear,
      items: snapshot.items.map((item) => ({ ...item, amount: money(item.amount) })),
      totalAmount: BigInt(snapshot.totalAmount),
      submittedAt: date(row.submitted_at)!,
    };
  });
}
