import type { CurrentUser } from '../auth';
import type { GrantValues } from '../proposals';
import type { AmendedGrantInput } from '../../gql/graphql';
import { isRevoked } from './decision-document';
import type { DecisionDetail } from './decisions.operations';

/** Only a signing official (the server says who), and nothing changes a revocation or a revoked decision. */
export function canChangeDecision(user: CurrentUser, decision: DecisionDetail): boolean {
  return user.capabilities.signDecisions && decision.kind !== 'REVOCATION' && !isRevoked(decision);
}

/** The amendment starts from what the decision grants now. */
export function currentGrants(decision: DecisionDetail): GrantValues[] {
  return decision.lines.map((line) => ({
    itemId: line.itemId,
    quantity: String(line.grantedQuantity),
    amount: line.grantedAmount ?? '',
  }));
}

/** Per line: within 0..requested (BigInt for money). Returns the item ids that are out of range. */
export function grantsOutOfRange(decision: DecisionDetail, grants: GrantValues[]): string[] {
  return decision.lines
    .filter((line) => {
      const grant = grants.find((g) => g.itemId === line.itemId);
      if (!grant || !/^\d+$/.test(grant.quantity) || Number(grant.quantity) > line.requestedQuantity) return true;
      return (
        line.requestedAmount !== null &&
        (!/^\d+$/.test(grant.amount) || BigInt(grant.amount) > BigInt(line.requestedAmount))
      );
    })
    .map((line) => line.itemId);
}

export function toAmendedGrants(decision: DecisionDetail, grants: GrantValues[]): AmendedGrantInput[] {
  return decision.lines.map((line) => {
    const grant = grants.find((g) => g.itemId === line.itemId)!;
    return {
      itemId: line.itemId,
      grantedQuantity: Number(grant.quantity),
      grantedAmount: line.requestedAmount === null ? null : grant.amount,
    };
  });
}
