import { registerEnumType } from 'type-graphql';

export enum DecisionKind {
  /** Decides a proposal. */
  APPROVAL = 'APPROVAL',
  /** Replaces the granted lines of an earlier decision. */
  AMENDMENT = 'AMENDMENT',
  /** Cancels an earlier decision. */
  REVOCATION = 'REVOCATION',
}

export enum DecisionOutcome {
  APPROVED = 'APPROVED',
  PARTIALLY_APPROVED = 'PARTIALLY_APPROVED',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
}

registerEnumType(DecisionKind, { name: 'DecisionKind' });
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'Derived from the granted lines (REVOKED for a revocation)',
});
