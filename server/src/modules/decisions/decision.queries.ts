import type { EntityManager } from '@mikro-orm/postgresql';
import { folded, likePattern } from '../../shared/search';
import { runSql } from '../../shared/sql';
import { userSummaryJson } from '../users';
import { formatDecisionNumber } from './decision-outcome';
import type { DecisionLine } from './decision.entity';
import type { DecisionRefView, DecisionView } from './decision.views';
import { groupBy } from '../../shared/group-by';

type Row = Record<string, unknown>;

const REF = (alias: string) => `json_build_object('id', ${alias}.id, 'number', ${alias}.number, 'issuerCode', ${alias}.issuer_code, 'kind', ${alias}.kind)`;

const SELECT_DECISION = `
select d.*, ${userSummaryJson('s')} as signer_summary,
       (select ${REF('a')} from decisions a where a.id = d.amends_id) as amends_ref,
       coalesce((select json_agg(${REF('b')} order by b.number) from decisions b where b.amends_id = d.id), '[]'::json) as amended_by_refs
  from decisions d join users s on s.id = d.signer_id`;

const money = (value: unknown) => (value === null || value === undefined ? null : BigInt(value as string));
const ref = (raw: Row): DecisionRefView => ({ id: raw.id as string, numberText: formatDecisionNumber(raw.number as number, raw.issuerCode as string), kind: raw.kind as DecisionRefView['kind'] });

export function toDecisionView(row: Row): DecisionView {
  return {
    id: row.id as string,
    number: row.number as number,
    year: row.year as number,
    numberText: formatDecisionNumber(row.number as number, row.issuer_code as string),
    issuerName: row.issuer_name as string,
    place: row.place as string,
    kind: row.kind as DecisionView['kind'],
    outcome: row.outcome as DecisionView['outcome'],
    title: row.title as string,
    lines: (row.lines as DecisionLine[]).map((l) => ({ ...l, requestedAmount: money(l.requestedAmount), grantedAmount: money(l.grantedAmount) })),
    totalRequested: BigInt(row.total_requested as string),
    totalGranted: BigInt(row.total_granted as string),
    conditions: row.conditions as string,
    signer: row.signer_summary as DecisionView['signer'],
    signerName: row.signer_name as string,
    signerTitle: row.signer_title as string,
    signingForm: row.signing_form as string,
    signedAt: new Date(row.signed_at as string),
    effectiveDate: row.effective_date as string,
    proposalId: (row.proposal_id as string | null) ?? null,
    amends: row.amends_ref ? ref(row.amends_ref as Row) : null,
    amendedBy: (row.amended_by_refs as Row[]).map(ref),
  };
}

/** Issued decisions are public to every signed-in official: no agency filter here. */
export async function findDecision(em: EntityManager, id: string): Promise<DecisionView | null> {
  const rows = await runSql<Row[]>(em, `${SELECT_DECISION} where d.id = ?`, [id]);
  return rows[0] ? toDecisionView(rows[0]) : null;
}

export async function decisionsOfProposals(em: EntityManager, proposalIds: readonly string[]): Promise<Map<string, DecisionView[]>> {
  const rows = await runSql<Row[]>(em, `${SELECT_DECISION} where d.proposal_id = any(?::uuid[]) order by d.signed_at, d.id`, [`{${proposalIds.join(',')}}`]);
  return groupBy(rows.map(toDecisionView), (decision) => decision.proposalId!);
}

/** The register, newest first, keyset on (signed_at, id). */
export interface DecisionListFilter {
  year: number | null;
  /** "42" or "42/QĐ-UBND" finds number 42 (of any year, unless `year` says); other text searches titles. */
  search: string | null;
}

export async function listDecisions(em: EntityManager, limit: number, after: [string, string] | null, { year, search }: DecisionListFilter): Promise<DecisionView[]> {
  const where: string[] = ['true'];
  const params: unknown[] = [];
  if (year !== null) {
    where.push('d.year = ?');
    params.push(year);
  }
  const number = search ? /^(\d{1,9})(\/|$)/.exec(search) : null;
  if (number) {
    where.push('d.number = ?');
    params.push(Number(number[1]));
  } else if (search) {
    where.push(`${folded('d.title')} like ${folded('?')}`);
    params.push(likePattern(search));
  }
  if (after) {
    where.push('(d.signed_at, d.id) < (?::timestamptz, ?::uuid)');
    params.push(...after);
  }
  const rows = await runSql<Row[]>(em, `${SELECT_DECISION} where ${where.join(' and ')} order by d.signed_at desc, d.id desc limit ?`, [...params, limit]);
  return rows.map(toDecisionView);
}
