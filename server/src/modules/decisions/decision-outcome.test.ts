import { DecisionKind, DecisionOutcome } from './decision-enums';
import { deriveOutcome, formatDecisionNumber, signingFormFor } from './decision-outcome';
import type { DecisionLine } from './decision.entity';

const line = (
  requestedQuantity: number,
  requestedAmount: string | null,
  grantedQuantity: number,
  grantedAmount: string | null,
): DecisionLine => ({
  itemId: 'i',
  kind: 'FUNDING',
  description: 'd',
  unit: 'gói',
  requestedQuantity,
  requestedAmount,
  grantedQuantity,
  grantedAmount,
});

describe('decision outcome', () => {
  it('is APPROVED when every line gets all it asked for', () => {
    expect(
      deriveOutcome(DecisionKind.APPROVAL, [
        line(1, '9007199254740993', 1, '9007199254740993'),
        line(12, null, 12, null),
      ]),
    ).toBe(DecisionOutcome.APPROVED);
  });
  it('is PARTIALLY_APPROVED when something but not everything is granted', () => {
    expect(deriveOutcome(DecisionKind.APPROVAL, [line(1, '1000', 1, '999'), line(12, null, 12, null)])).toBe(
      DecisionOutcome.PARTIALLY_APPROVED,
    );
    expect(deriveOutcome(DecisionKind.APPROVAL, [line(1, '1000', 0, '0'), line(12, null, 4, null)])).toBe(
      DecisionOutcome.PARTIALLY_APPROVED,
    );
  });
  it('is REJECTED when nothing is granted, and REVOKED for a revocation', () => {
    expect(deriveOutcome(DecisionKind.APPROVAL, [line(1, '1000', 0, '0'), line(12, null, 0, null)])).toBe(
      DecisionOutcome.REJECTED,
    );
    expect(deriveOutcome(DecisionKind.REVOCATION, [])).toBe(DecisionOutcome.REVOKED);
  });
  it('compares amounts above 2^53 exactly', () => {
    expect(deriveOutcome(DecisionKind.APPROVAL, [line(1, '9007199254740993', 1, '9007199254740992')])).toBe(
      DecisionOutcome.PARTIALLY_APPROVED,
    );
  });
  it('formats the number and the signing form the Vietnamese way', () => {
    expect(formatDecisionNumber(42, 'UBND')).toBe('42/QĐ-UBND');
    expect(signingFormFor('Phó Chủ tịch UBND tỉnh')).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
    expect(signingFormFor('Chủ tịch UBND tỉnh')).toBe('CHỦ TỊCH');
  });
});
