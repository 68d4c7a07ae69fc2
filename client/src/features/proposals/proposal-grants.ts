import { sumMoney } from '../../kit/format';
import type { ProposalDetail } from './proposals.operations';

export interface GrantValues {
  itemId: string;
  /** Digits. */
  quantity: string;
  /** Digits; '' for an item without money. */
  amount: string;
}

type Appraisal = ProposalDetail['appraisals'][number];

/** What an appraiser said about one item: an explicit recommendation, or the whole request when supporting it. */
export function recommendationFor(appraisal: Appraisal, item: ProposalDetail['items'][number]) {
  if (!appraisal.kinds.includes(item.kind) || !appraisal.opinion) return null;
  const recommended = appraisal.recommendations.find((r) => r.itemId === item.id);
  if (recommended)
    return { quantity: recommended.quantity ?? item.quantity, amount: recommended.amount ?? item.amount };
  if (appraisal.opinion === 'OPPOSE') return { quantity: 0, amount: item.amount === null ? null : '0' };
  return { quantity: item.quantity, amount: item.amount };
}

/** The Committee's starting point: the appraisers' recommendation for each item, else what was asked. */
export function initialGrants(proposal: ProposalDetail): GrantValues[] {
  return proposal.items.map((item) => {
    const advice = proposal.appraisals.map((a) => recommendationFor(a, item)).find((r) => r !== null);
    return {
      itemId: item.id,
      quantity: String(advice?.quantity ?? item.quantity),
      amount: item.amount === null ? '' : (advice?.amount ?? item.amount),
    };
  });
}

/** Per item: within 0..requested (BigInt for money). Returns the item ids that are out of range. */
export function grantsOverRequest(proposal: ProposalDetail, grants: GrantValues[]): string[] {
  return proposal.items
    .filter((item) => {
      const grant = grants.find((g) => g.itemId === item.id);
      if (!grant || !/^\d+$/.test(grant.quantity) || Number(grant.quantity) > item.quantity) return true;
      return item.amount !== null && (!/^\d+$/.test(grant.amount) || BigInt(grant.amount) > BigInt(item.amount));
    })
    .map((item) => item.id);
}

export function grantedTotal(grants: GrantValues[]): string {
  return sumMoney(grants.map((g) => g.amount));
}
