import { message } from '../../shared/messages';
import type { InputChecker } from '../../shared/validation';

/**
 * How much one proposal may ask for. A line up to 10^16 đồng and a proposal up to 10^17: several
 * times the country's yearly budget (about 2 × 10^15), so no real request is refused, and still
 * 90 times below PostgreSQL's bigint (9.22 × 10^18), so a decision's totals and the Money scalar
 * (18 digits) always hold them; sums over many proposals are computed as numeric in SQL. The line
 * cap stays above 2^53 on purpose: amounts are exact strings end to end, not floats. Without a
 * cap, 11 lines of 10^18 were accepted and the decision's total then overflowed its column: the
 * proposal could never be decided.
 */
export const MAX_LINE_AMOUNT = 10n ** 16n;
export const MAX_TOTAL_AMOUNT = 10n ** 17n;

/** The amount as Vietnamese write it ("10.000.000.000.000.000"), in both languages' texts. */
const dong = (amount: bigint) => amount.toLocaleString('vi-VN');

/** Refuses a line above MAX_LINE_AMOUNT (per line, at `items.N.amount`) and a total above MAX_TOTAL_AMOUNT. */
export function checkAmounts(check: InputChecker, amounts: (bigint | null | undefined)[]): void {
  let total = 0n;
  amounts.forEach((amount, i) => {
    if (amount == null) return;
    if (amount > MAX_LINE_AMOUNT)
      check.add(
        `items.${i}.amount`,
        'TOO_LARGE',
        message('proposal.lineAmountTooLarge', { max: dong(MAX_LINE_AMOUNT) }),
      );
    total += amount;
  });
  if (total > MAX_TOTAL_AMOUNT)
    check.add('items', 'TOO_LARGE', message('proposal.totalAmountTooLarge', { max: dong(MAX_TOTAL_AMOUNT) }));
}
