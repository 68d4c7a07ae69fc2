import { message } from '../../shared/messages';
import { InputChecker } from '../../shared/validation';
import type { DecisionLine } from '../decisions';
import type { Recommendation } from './appraisal.entity';
import { AppraisalOpinion } from './proposal-enums';
import type * as Inputs from './proposal.inputs';
import type { ProposalItem } from './proposal-item.entity';
import type { Proposal } from './proposal.entity';

/** An appraiser's recommendation per routed line: all of it, none of it, or the amounts given (never above the ask). */
export function checkRecommendations(
  input: Inputs.AppraiseProposalInput,
  routedItems: ProposalItem[],
): Recommendation[] {
  if (input.opinion === AppraisalOpinion.SUPPORT) {
    return routedItems.map((i) => ({ itemId: i.id, amount: i.amount, quantity: i.quantity }));
  }
  if (input.opinion === AppraisalOpinion.OPPOSE) {
    return routedItems.map((i) => ({ itemId: i.id, amount: i.amount === null ? null : '0', quantity: 0 }));
  }
  const check = new InputChecker();
  const given = new Map(input.recommendations.map((r) => [r.itemId, r]));
  const result = routedItems.map((item) => {
    const r = given.get(item.id);
    if (!r)
      check.add('recommendations', 'REQUIRED', message('proposal.recommendationRequired', { line: item.description }));
    const amount = r?.amount ?? null;
    if (item.amount !== null && (amount === null || amount > BigInt(item.amount))) {
      check.add(
        'recommendations',
        'INVALID_FORMAT',
        message('proposal.recommendationAmountInvalid', { line: item.description }),
      );
    }
    const quantity = r?.quantity ?? item.quantity;
    if (quantity < 0 || quantity > item.quantity)
      check.add(
        'recommendations',
        'INVALID_FORMAT',
        message('proposal.recommendationQuantityInvalid', { line: item.description }),
      );
    return { itemId: item.id, amount: amount === null ? null : amount.toString(), quantity };
  });
  if (given.size > routedItems.length || [...given.keys()].some((id) => !routedItems.some((i) => i.id === id))) {
    check.add('recommendations', 'NOT_FOUND', message('proposal.recommendationOutOfScope'));
  }
  check.assertValid();
  return result;
}

/** One grant per item of the current revision, never above what was asked. */
export function checkGrantLines(proposal: Proposal, grants: Inputs.GrantInput[]): DecisionLine[] {
  const check = new InputChecker();
  const byItem = new Map(grants.map((g) => [g.itemId, g]));
  const items = proposal.items.getItems();
  if (byItem.size !== grants.length || grants.some((g) => !items.some((i) => i.id === g.itemId))) {
    check.add('grants', 'NOT_FOUND', message('proposal.grantUnknownOrRepeated'));
  }
  const lines = items.map((item) => {
    const grant = byItem.get(item.id);
    if (!grant) check.add('grants', 'REQUIRED', message('proposal.grantRequired', { line: item.description }));
    const grantedQuantity = grant?.grantedQuantity ?? 0;
    const grantedAmount = item.amount === null ? null : (grant?.grantedAmount ?? 0n);
    if (grantedQuantity < 0 || grantedQuantity > item.quantity)
      check.add(
        'grants',
        'INVALID_FORMAT',
        message('proposal.grantQuantityRange', { line: item.description, max: item.quantity }),
      );
    if (grantedAmount !== null && grantedAmount > BigInt(item.amount!))
      check.add('grants', 'INVALID_FORMAT', message('decision.grantAmountTooHigh', { line: item.description }));
    return {
      itemId: item.id,
      kind: item.kind,
      description: item.description,
      unit: item.unit,
      requestedQuantity: item.quantity,
      requestedAmount: item.amount,
      grantedQuantity,
      grantedAmount: grantedAmount === null ? null : grantedAmount.toString(),
    };
  });
  check.assertValid();
  return lines;
}
