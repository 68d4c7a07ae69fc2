import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { errorCode, fieldErrorsByPath, type ErrorCode, type FieldErrors } from '../../kit/errors';
import type { AmendedGrantInput } from '../../gql/graphql';
import { AmendDecisionMutation, RevokeDecisionMutation, type DecisionDetail } from './decisions.operations';

export type DecisionChange =
  | { action: 'AMEND'; grants: AmendedGrantInput[]; conditions: string; idempotencyKey: string }
  | { action: 'REVOKE'; reason: string; idempotencyKey: string };

export type ChangeOutcome = { ok: true } | { ok: false; code: ErrorCode; fields: FieldErrors };

/** Amends or revokes `decision`; on success opens the new decision. */
export function useDecisionChanges(decision: DecisionDetail) {
  const client = useClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  async function send(change: DecisionChange) {
    const decisionId = decision.id;
    if (change.action === 'AMEND') {
      const input = {
        decisionId,
        grants: change.grants,
        conditions: change.conditions.trim(),
        idempotencyKey: change.idempotencyKey,
      };
      const { data, error } = await client.mutation(AmendDecisionMutation, { input }).toPromise();
      return { issued: data?.amendDecision.decision, error };
    }
    const input = { decisionId, reason: change.reason.trim(), idempotencyKey: change.idempotencyKey };
    const { data, error } = await client.mutation(RevokeDecisionMutation, { input }).toPromise();
    return { issued: data?.revokeDecision.decision, error };
  }

  async function run(change: DecisionChange): Promise<ChangeOutcome> {
    setPending(true);
    const { issued, error } = await send(change);
    setPending(false);
    if (issued) {
      navigate(`/decisions/${issued.id}`);
      return { ok: true };
    }
    return { ok: false, code: errorCode(error), fields: fieldErrorsByPath(error) };
  }

  return { run, pending };
}
