import type { InputChecker } from '../../shared/validation';

/**
 * How much one proposal may ask for. A line up to 10^15 đồng (about half the country's yearly
 * budget) and a proposal up to 10^16: far above any real request, and far below PostgreSQL's
 * bigint (9.22 × 10^18), so a decision's totals, the Money scalar (18 digits) and any sum over
 * many proposals stay exact. Without the cap, 11 lines of 10^18 were accepted and the decision's
 * total then overflowed its column: the proposal could never be decided.
 */
export const MAX_LINE_AMOUNT = 10n ** 15n;
export const MAX_TOTAL_AMOUNT = 10n ** 16n;

const dong = (amount: bigint) => `${amount.toLocaleString('vi-VN')} đồng`;

/** Refuses a line above MAX_LINE_AMOUNT (per line, at `items.N.amount`) and a total above MAX_TOTAL_AMOUNT. */
export function checkAmounts(check: InputChecker, amounts: (bigint | null | undefined)[]): void {
  let total = 0n;
  amounts.forEach((amount, i) => {
    if (amount == null) return;
    if (amount > MAX_LINE_AMOUNT) check.add(`items.${i}.amount`, 'TOO_LARGE', `Mỗi nội dung tối đa ${dong(MAX_LINE_AMOUNT)}.`);
    total += amount;
  });
  if (total > MAX_TOTAL_AMOUNT) check.add('items', 'TOO_LARGE', `Tổng kinh phí của đề xuất tối đa ${dong(MAX_TOTAL_AMOUNT)}.`);
}
