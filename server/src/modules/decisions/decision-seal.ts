import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { db, runQuery, runStatement } from '../../shared/typed-sql';
import { appendAudit, canonicalJson } from '../audit';
import type { Decision, DecisionLine } from './decision.entity';

/**
 * A decision's seal: the SHA-256 of its content, written into its DECISION.ISSUED audit row when
 * it is issued. The table refuses UPDATE, DELETE and TRUNCATE, but its owner can switch that off;
 * the seal (kept in the hash-chained audit log, itself anchored by signed heads) then shows any
 * decision whose number, grants, conditions or signer changed afterwards (`npm run audit:verify`).
 */
export const DECISION_ISSUED = 'DECISION.ISSUED';
/** The demo seeder's one sanctioned wipe of the register (see clearingDecisions). */
export const DECISION_REGISTER_CLEARED = 'DECISION.REGISTER_CLEARED';

/** Everything printed on the decision, as plain values in canonical form. */
interface SealedContent {
  id: string;
  issuerCode: string;
  number: number;
  year: number;
  kind: string;
  outcome: string;
  proposalId: string | null;
  amendsId: string | null;
  title: string;
  lines: DecisionLine[];
  totalRequested: string;
  totalGranted: string;
  conditions: string;
  signerId: string;
  signerName: string;
  signerTitle: string;
  signingForm: string;
  signedAt: string;
  effectiveDate: string;
  /** Only when signed under a delegation (older seals have no such fields). */
  onBehalfOfId?: string;
  onBehalfOfName?: string;
  delegationId?: string;
}

/** The delegation fields of a seal: present only when the decision was signed under one. */
const delegationContent = (onBehalfOfId: string | null, onBehalfOfName: string | null, delegationId: string | null) =>
  onBehalfOfId === null ? {} : { onBehalfOfId, onBehalfOfName: onBehalfOfName ?? '', delegationId: delegationId ?? '' };

const lineContent = (l: DecisionLine): DecisionLine => ({
  itemId: l.itemId,
  kind: l.kind,
  description: l.description,
  unit: l.unit,
  requestedQuantity: l.requestedQuantity,
  requestedAmount: l.requestedAmount,
  grantedQuantity: l.grantedQuantity,
  grantedAmount: l.grantedAmount,
});

const sealOf = (content: SealedContent): string =>
  createHash('sha256')
    .update(canonicalJson({ ...content, lines: content.lines.map(lineContent) }))
    .digest('hex');

/** Appends the DECISION.ISSUED audit row with the decision's seal, in the issuing transaction. */
export async function sealDecision(tx: EntityManager, d: Decision): Promise<void> {
  const seal = sealOf({
    id: d.id,
    issuerCode: d.issuerCode,
    number: d.number,
    year: d.year,
    kind: d.kind,
    outcome: d.outcome,
    proposalId: d.proposalId,
    amendsId: d.amends?.id ?? null,
    title: d.title,
    lines: d.lines,
    totalRequested: d.totalRequested,
    totalGranted: d.totalGranted,
    conditions: d.conditions,
    signerId: d.signer.id,
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    signingForm: d.signingForm,
    signedAt: d.signedAt.toISOString(),
    effectiveDate: d.effectiveDate,
    ...delegationContent(d.onBehalfOf?.id ?? null, d.onBehalfOfName, d.delegationId),
  });
  await appendAudit(tx, {
    actorUserId: d.signer.id,
    actorAgencyId: d.signer.agency.id,
    action: DECISION_ISSUED,
    subjectType: 'DECISION',
    subjectId: d.id,
    details: { number: `${d.number}/QĐ-${d.issuerCode}`, year: d.year, seal },
  });
}

export interface SealReport {
  checked: number;
  /** CHANGED: content differs from its seal; UNSEALED: no audit row; MISSING: sealed, but gone. */
  problems: { decisionId: string; number: string; reason: 'CHANGED' | 'UNSEALED' | 'MISSING' }[];
}

/** Recomputes every decision's seal from the table and compares it with its audit row. */
export async function verifyDecisionSeals(em: EntityManager): Promise<SealReport> {
  const rows = await runQuery(
    em,
    db
      .selectFrom('decisions as d')
      .select([
        'd.id',
        'd.issuer_code',
        'd.number',
        'd.year',
        'd.kind',
        'd.outcome',
        'd.proposal_id',
        'd.amends_id',
        'd.title',
        sql<DecisionLine[]>`d.lines`.as('lines'),
      ])
      .select([
        sql<string>`d.total_requested::text`.as('total_requested'),
        sql<string>`d.total_granted::text`.as('total_granted'),
        'd.conditions',
        'd.signer_id',
      ])
      .select([
        'd.signer_name',
        'd.signer_title',
        'd.signing_form',
        'd.signed_at',
        sql<string>`d.effective_date::text`.as('effective_date'),
      ])
      .select(['d.on_behalf_of_id', 'd.on_behalf_of_name', 'd.delegation_id'])
      .select(
        sql<string | null>`(select a.details->>'seal' from audit_log a
          where a.subject_type = 'DECISION' and a.subject_id = d.id::text and a.action = ${DECISION_ISSUED} order by a.id limit 1)`.as(
          'seal',
        ),
      )
      .orderBy('d.year')
      .orderBy('d.number'),
  );
  const problems: SealReport['problems'] = [];
  for (const r of rows) {
    const number = `${r.number}/QĐ-${r.issuer_code}`;
    const content: SealedContent = {
      id: r.id,
      issuerCode: r.issuer_code,
      number: r.number,
      year: r.year,
      kind: r.kind,
      outcome: r.outcome,
      proposalId: r.proposal_id,
      amendsId: r.amends_id,
      title: r.title,
      lines: r.lines,
      totalRequested: r.total_requested,
      totalGranted: r.total_granted,
      conditions: r.conditions,
      signerId: r.signer_id,
      signerName: r.signer_name,
      signerTitle: r.signer_title,
      signingForm: r.signing_form,
      signedAt: new Date(r.signed_at).toISOString(),
      effectiveDate: r.effective_date,
      ...delegationContent(r.on_behalf_of_id, r.on_behalf_of_name, r.delegation_id),
    };
    if (r.seal === null) problems.push({ decisionId: r.id, number, reason: 'UNSEALED' });
    else if (sealOf(content) !== r.seal) problems.push({ decisionId: r.id, number, reason: 'CHANGED' });
  }
  // sealed after the seeder's last wipe, yet no longer in the register
  const missing = await runQuery(
    em,
    db
      .selectFrom('audit_log as a')
      // an issuing row always names its decision and its number
      .select([sql<string>`a.subject_id`.as('id'), sql<string>`a.details->>'number'`.as('number')])
      .where('a.action', '=', DECISION_ISSUED)
      .where(sql<SqlBool>`a.subject_type = 'DECISION'`)
      .where(
        sql<SqlBool>`a.id > coalesce((select max(c.id) from audit_log c where c.action = ${DECISION_REGISTER_CLEARED}), 0)`,
      )
      .where(sql<SqlBool>`not exists (select 1 from decisions d where d.id::text = a.subject_id)`)
      .orderBy('a.id'),
  );
  problems.push(...missing.map((m) => ({ decisionId: m.id, number: m.number, reason: 'MISSING' as const })));
  return { checked: rows.length, problems };
}

/**
 * The demo seeder's wipe (`npm run seed`, or an empty database at start outside production):
 * `work` may truncate decisions, directly or by cascade from users, while the table owner has
 * lifted the TRUNCATE guard for this transaction only. The wipe is recorded in the audit log, so
 * the verifier expects the decisions sealed before it to be gone. Never used outside seeding.
 */
export async function clearingDecisions(tx: EntityManager, work: () => Promise<void>): Promise<void> {
  const [{ count }] = await runQuery(tx, db.selectFrom('decisions').select(sql<number>`count(*)::int`.as('count')));
  await runStatement(tx, sql`alter table decisions disable trigger decisions_no_truncate`);
  await work();
  await runStatement(tx, sql`alter table decisions enable trigger decisions_no_truncate`);
  if (count > 0) {
    await appendAudit(tx, {
      actorUserId: null,
      actorAgencyId: null,
      action: DECISION_REGISTER_CLEARED,
      subjectType: 'DECISION',
      subjectId: null,
      details: { decisions: count, by: 'demo seeder' },
    });
  }
}
