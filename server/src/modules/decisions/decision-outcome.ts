import { DecisionKind, DecisionOutcome } from './decision-enums';
import type { DecisionLine } from './decision.entity';

/** Granted everything asked, nothing, or something in between; a revocation is REVOKED. */
export function deriveOutcome(kind: DecisionKind, lines: DecisionLine[]): DecisionOutcome {
  if (kind === DecisionKind.REVOCATION) return DecisionOutcome.REVOKED;
  const granted = (l: DecisionLine) =>
    l.grantedQuantity > 0 && (l.requestedAmount === null || BigInt(l.grantedAmount ?? '0') > 0n);
  const full = (l: DecisionLine) =>
    l.grantedQuantity >= l.requestedQuantity &&
    (l.requestedAmount === null || BigInt(l.grantedAmount ?? '0') >= BigInt(l.requestedAmount));
  if (lines.length > 0 && lines.every(full)) return DecisionOutcome.APPROVED;
  if (lines.some(granted)) return DecisionOutcome.PARTIALLY_APPROVED;
  return DecisionOutcome.REJECTED;
}

/** The signature block's first line: a vice-chair signs on behalf of (KT.) the chair. */
export function signingFormFor(signerTitle: string): string {
  return /phó chủ tịch/i.test(signerTitle) ? 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' : 'CHỦ TỊCH';
}

export const formatDecisionNumber = (number: number, issuerCode: string) => `${number}/QĐ-${issuerCode}`;
