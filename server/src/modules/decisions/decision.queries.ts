import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type InferResult, type SqlBool } from 'kysely';
import { foldedMatch } from '../../shared/search';
import { db, runQuery } from '../../shared/typed-sql';
import { SignedDocumentKind, signedDocumentJson, signedDocumentView } from '../signing';
import { userSummary, type UserSummary } from '../users';
import type { DecisionKind, DecisionOutcome } from './decision-enums';
import { formatDecisionNumber } from './decision-outcome';
import type { DecisionLine } from './decision.entity';
import type { DecisionRefView, DecisionView } from './decision.views';
import { groupBy } from '../../shared/group-by';

declare module '../../shared/database.generated' {
  interface NativeEnums {
    decision_kind: DecisionKind;
    decision_outcome: DecisionOutcome;
  }
}

/** A decision another one amends or is amended by, as its JSON object holds it. */
interface RefJson {
  id: string;
  number: number;
  issuerCode: string;
  kind: DecisionKind;
}

const REF = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'number', ${alias}.number, 'issuerCode', ${alias}.issuer_code, 'kind', ${alias}.kind)`;

const selectDecision = () =>
  db
    .selectFrom('decisions as d')
    .innerJoin('users as s', 's.id', 'd.signer_id')
    .leftJoin('users as g', 'g.id', 'd.on_behalf_of_id')
    .select([
      'd.id',
      'd.number',
      'd.year',
      'd.issuer_code',
      'd.issuer_name',
      'd.place',
      'd.kind',
      'd.outcome',
      'd.title',
      sql<DecisionLine[]>`d.lines`.as('lines'),
    ])
    .select([
      'd.total_requested',
      'd.total_granted',
      'd.conditions',
      'd.signer_name',
      'd.signer_title',
      'd.signing_form',
      'd.signed_at',
      'd.effective_date',
      'd.proposal_id',
    ])
    .select([
      userSummary('s').as('signer_summary'),
      // the name as printed at signing; the title as the grantor's account has it
      sql<UserSummary | null>`case when g.id is null then null else json_build_object('id', g.id, 'fullName', d.on_behalf_of_name, 'title', g.title) end`.as(
        'on_behalf_of',
      ),
      sql<RefJson | null>`(select ${sql.raw(REF('a'))} from decisions a where a.id = d.amends_id)`.as('amends_ref'),
      signedDocumentJson(SignedDocumentKind.DECISION, sql.ref('d.id')).as('signed_document'),
      sql<
        RefJson[]
      >`coalesce((select json_agg(${sql.raw(REF('b'))} order by b.number) from decisions b where b.amends_id = d.id), '[]'::json)`.as(
        'amended_by_refs',
      ),
    ]);

const money = (value: string | null) => (value === null ? null : BigInt(value));
const ref = (raw: RefJson): DecisionRefView => ({
  id: raw.id,
  numberText: formatDecisionNumber(raw.number, raw.issuerCode),
  kind: raw.kind,
});

function toDecisionView(row: InferResult<ReturnType<typeof selectDecision>>[number]): DecisionView {
  return {
    id: row.id,
    number: row.number,
    year: row.year,
    numberText: formatDecisionNumber(row.number, row.issuer_code),
    issuerName: row.issuer_name,
    place: row.place,
    kind: row.kind,
    outcome: row.outcome,
    title: row.title,
    lines: row.lines.map((l) => ({
      ...l,
      requestedAmount: money(l.requestedAmount),
      grantedAmount: money(l.grantedAmount),
    })),
    totalRequested: BigInt(row.total_requested),
    totalGranted: BigInt(row.total_granted),
    conditions: row.conditions,
    signer: row.signer_summary,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    signingForm: row.signing_form,
    onBehalfOf: row.on_behalf_of,
    signedAt: new Date(row.signed_at),
    effectiveDate: row.effective_date,
    proposalId: row.proposal_id,
    amends: row.amends_ref ? ref(row.amends_ref) : null,
    amendedBy: row.amended_by_refs.map(ref),
    signedDocument: signedDocumentView(row.signed_document),
  };
}

/** Issued decisions are public to every signed-in official: no agency filter here. */
export async function findDecision(em: EntityManager, id: string): Promise<DecisionView | null> {
  const [row] = await runQuery(em, selectDecision().where('d.id', '=', id));
  return row ? toDecisionView(row) : null;
}

export async function decisionsOfProposals(
  em: EntityManager,
  proposalIds: readonly string[],
): Promise<Map<string, DecisionView[]>> {
  const rows = await runQuery(
    em,
    selectDecision()
      .where(sql<SqlBool>`d.proposal_id = any(${`{${proposalIds.join(',')}}`}::uuid[])`)
      .orderBy('d.signed_at')
      .orderBy('d.id'),
  );
  // every row has a proposal: the condition above
  return groupBy(rows.map(toDecisionView), (decision) => decision.proposalId ?? '');
}

/** The register, newest first, keyset on (signed_at, id). */
export interface DecisionListFilter {
  year: number | null;
  /** "42" or "42/QĐ-UBND" finds number 42 (of any year, unless `year` says); other text searches titles. */
  search: string | null;
}

export async function listDecisions(
  em: EntityManager,
  limit: number,
  after: [string, string] | null,
  { year, search }: DecisionListFilter,
): Promise<DecisionView[]> {
  let query = selectDecision();
  if (year !== null) query = query.where('d.year', '=', year);
  const number = search ? /^(\d{1,9})(\/|$)/.exec(search) : null;
  if (number) query = query.where('d.number', '=', Number(number[1]));
  else if (search) query = query.where(foldedMatch(sql.ref('d.title'), search));
  if (after) query = query.where(sql<SqlBool>`(d.signed_at, d.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await runQuery(em, query.orderBy('d.signed_at', 'desc').orderBy('d.id', 'desc').limit(limit));
  return rows.map(toDecisionView);
}
