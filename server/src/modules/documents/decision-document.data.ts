import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import { findDecision, type DecisionView } from '../decisions';

/** An earlier decision as a later one cites it: number, day, subject. */
export interface CitedDecision {
  numberText: string;
  signedAt: string;
  title: string;
}

/** An appraisal as the legal bases cite it: the agency and the day it gave its opinion. */
export interface CitedAppraisal {
  agencyName: string;
  appraisedAt: string;
}

/** Everything a decision's document prints, as issued. */
export interface DecisionDocumentData {
  decision: Pick<
    DecisionView,
    | 'number'
    | 'year'
    | 'numberText'
    | 'issuerName'
    | 'place'
    | 'kind'
    | 'outcome'
    | 'title'
    | 'lines'
    | 'totalGranted'
    | 'conditions'
    | 'signerName'
    | 'signingForm'
    | 'signedAt'
    | 'effectiveDate'
  >;
  /** The decision this one amends or revokes. */
  amends: CitedDecision | null;
  /** The proposal it decides (an amendment or revocation: the original's), with its appraisals. */
  proposal: {
    code: string | null;
    submittedAt: string | null;
    agencyName: string;
    appraisals: CitedAppraisal[];
  } | null;
}

/**
 * Two statements: the decision as the register reads it (`findDecision`), then what its legal bases
 * cite. Both through `em`, inside its transaction if it has one: a decision flushed but not committed prints too.
 */
export async function loadDecisionDocument(em: EntityManager, id: string): Promise<DecisionDocumentData | null> {
  const decision = await findDecision(em, id);
  if (!decision) return null;
  const [cited] = await runQuery(
    em,
    db
      .selectFrom('decisions as d')
      .leftJoin('decisions as a', 'a.id', 'd.amends_id')
      .leftJoin('proposals as p', 'p.id', 'd.proposal_id')
      .leftJoin('agencies as pa', 'pa.id', 'p.requesting_agency_id')
      .select([
        sql<Omit<CitedDecision, 'numberText'> | null>`case when a.id is null then null
          else json_build_object('signedAt', a.signed_at, 'title', a.title) end`.as('amends'),
        sql<DecisionDocumentData['proposal']>`case when p.id is null then null else json_build_object(
          'code', p.code, 'submittedAt', p.submitted_at, 'agencyName', pa.name,
          'appraisals', coalesce((select json_agg(json_build_object('agencyName', aa.name, 'appraisedAt', ap.appraised_at)
              order by ap.appraised_at, aa.code)
            from proposal_appraisals ap join agencies aa on aa.id = ap.agency_id
            where ap.proposal_id = p.id and ap.revision = p.revision and ap.appraised_at is not null), '[]'::json)) end`.as(
          'proposal',
        ),
      ])
      .where('d.id', '=', id),
  );
  const amends = decision.amends && cited?.amends ? { numberText: decision.amends.numberText, ...cited.amends } : null;
  return { decision, amends, proposal: cited?.proposal ?? null };
}
