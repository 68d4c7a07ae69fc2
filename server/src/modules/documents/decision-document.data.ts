import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import type { DecisionKind, DecisionLine, DecisionOutcome } from '../decisions';

/** An earlier decision as a later one cites it: number, day, subject. */
export interface CitedDecision {
  number: number;
  issuerCode: string;
  signedAt: string;
  title: string;
}

/** An appraisal as the legal bases cite it: the agency and the day it gave its opinion. */
export interface CitedAppraisal {
  agencyName: string;
  appraisedAt: string;
}

/** Everything a decision's document prints, as issued: read in one statement. */
export interface DecisionDocumentData {
  id: string;
  number: number;
  year: number;
  issuerCode: string;
  issuerName: string;
  place: string;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  title: string;
  lines: DecisionLine[];
  totalGranted: bigint;
  conditions: string;
  signerName: string;
  signingForm: string;
  signedAt: Date;
  effectiveDate: string;
  amends: CitedDecision | null;
  proposal: {
    code: string | null;
    title: string;
    submittedAt: string | null;
    agencyName: string;
    appraisals: CitedAppraisal[];
  } | null;
}

/** Reads through `em`, inside its transaction if it has one: a decision flushed but not committed prints too. */
export async function loadDecisionDocument(em: EntityManager, id: string): Promise<DecisionDocumentData | null> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('decisions as d')
      .leftJoin('decisions as a', 'a.id', 'd.amends_id')
      .leftJoin('proposals as p', 'p.id', 'd.proposal_id')
      .leftJoin('agencies as pa', 'pa.id', 'p.requesting_agency_id')
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
        'd.total_granted',
        'd.conditions',
        'd.signer_name',
        'd.signing_form',
        'd.signed_at',
        sql<string>`d.effective_date::text`.as('effective_date'),
      ])
      .select([
        sql<CitedDecision | null>`case when a.id is null then null else json_build_object('number', a.number,
          'issuerCode', a.issuer_code, 'signedAt', a.signed_at, 'title', a.title) end`.as('amends'),
        sql<DecisionDocumentData['proposal']>`case when p.id is null then null else json_build_object(
          'code', p.code, 'title', p.title, 'submittedAt', p.submitted_at, 'agencyName', pa.name,
          'appraisals', coalesce((select json_agg(json_build_object('agencyName', aa.name, 'appraisedAt', ap.appraised_at)
              order by ap.appraised_at, aa.code)
            from proposal_appraisals ap join agencies aa on aa.id = ap.agency_id
            where ap.proposal_id = p.id and ap.revision = p.revision and ap.appraised_at is not null), '[]'::json)) end`.as(
          'proposal',
        ),
      ])
      .where('d.id', '=', id),
  );
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    year: row.year,
    issuerCode: row.issuer_code,
    issuerName: row.issuer_name,
    place: row.place,
    kind: row.kind,
    outcome: row.outcome,
    title: row.title,
    lines: row.lines,
    totalGranted: BigInt(row.total_granted),
    conditions: row.conditions,
    signerName: row.signer_name,
    signingForm: row.signing_form,
    signedAt: new Date(row.signed_at),
    effectiveDate: row.effective_date,
    amends: row.amends,
    proposal: row.proposal,
  };
}
