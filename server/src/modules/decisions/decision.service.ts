import type { EntityManager } from '@mikro-orm/postgresql';
import { provinceDate, provinceYear } from '../../shared/clock';
import type { DelegationRecord } from '../../shared/powers';
import { sumMoney } from '../../shared/money';
import { nextNumber } from '../numbering';
import { signRecordCopy, SignedDocumentKind } from '../signing';
import { User } from '../users';
import { DecisionKind } from './decision-enums';
import { deriveOutcome, signingFormFor } from './decision-outcome';
import { Decision, type DecisionLine } from './decision.entity';
import { sealDecision } from './decision-seal';

/** The Committee issues every decision; its code is the number's suffix (N/QĐ-UBND). */
export const ISSUER_CODE = 'UBND';

export interface IssueDecision {
  kind: DecisionKind;
  proposalId: string | null;
  amends: Decision | null;
  title: string;
  lines: DecisionLine[];
  conditions: string;
  signer: User;
  /** The delegation the signer signs under (KT./TL. for the grantor), if any. */
  delegation?: DelegationRecord | null;
  /** The province, for the issuer line and the place of signing. */
  provinceName: string;
  effectiveDate?: string | null;
  /** When it is signed (the issuing service's clock): it dates the decision and picks its numbering year. */
  signedAt: Date;
}

/**
 * Writes a decision, and the audit row that seals its content, inside the caller's transaction
 * with the next number of the year. The counter row lock serialises concurrent issuers; a
 * rolled-back transaction gives its number back, so numbers stay gapless.
 */
export async function issueDecision(tx: EntityManager, input: IssueDecision): Promise<Decision> {
  const signedAt = input.signedAt;
  const year = provinceYear(signedAt);
  const decision = tx.create(Decision, {
    number: await nextNumber(tx, `DECISION:${ISSUER_CODE}`, year),
    year,
    issuerCode: ISSUER_CODE,
    issuerName: `ỦY BAN NHÂN DÂN TỈNH ${input.provinceName.toLocaleUpperCase('vi')}`,
    place: input.provinceName,
    kind: input.kind,
    outcome: deriveOutcome(input.kind, input.lines),
    proposalId: input.proposalId,
    amends: input.amends,
    title: input.title,
    lines: input.lines,
    totalRequested: sumMoney(input.lines.map((l) => BigInt(l.requestedAmount ?? '0'))).toString(),
    totalGranted: sumMoney(input.lines.map((l) => BigInt(l.grantedAmount ?? '0'))).toString(),
    conditions: input.conditions,
    signer: input.signer,
    signerName: input.signer.fullName,
    signerTitle: input.signer.title,
    signingForm: input.delegation?.formText ?? signingFormFor(input.signer.title),
    onBehalfOf: input.delegation ? tx.getReference(User, input.delegation.grantor.id) : null,
    onBehalfOfName: input.delegation?.grantor.fullName ?? null,
    delegationId: input.delegation?.delegationId ?? null,
    signedAt,
    effectiveDate: input.effectiveDate ?? provinceDate(signedAt),
  });
  tx.persist(decision);
  // signed in the same transaction: a decision never exists without its signed copy (the layout reads it from tx);
  // rendered and signed before the seal's audit row takes the commit-order lock, stored after it
  await tx.flush();
  const signedCopy = await signRecordCopy(tx, {
    kind: SignedDocumentKind.DECISION,
    recordId: decision.id,
    signerUserId: input.signer.id,
    signedAt,
  });
  await sealDecision(tx, decision);
  await signedCopy.store();
  return decision;
}
