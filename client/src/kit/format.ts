/** Dates in the province's civil time, written the Vietnamese way (dd/mm/yyyy) in both languages. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-04-30" → "30/04/2026". A LocalDate has no time zone, so it is never converted. */
export function formatLocalDate(value: string): string {
  const match = LOCAL_DATE.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PROVINCE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(at: Date): Record<string, string> {
  return Object.fromEntries(dateTimeParts.formatToParts(at).map((part) => [part.type, part.value]));
}

/** An instant as "14:05 30/04/2026" in province time. */
export function formatDateTime(value: string): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const p = partsOf(at);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

const clockParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PROVINCE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant's time of day as "14:05:09" in province time (e.g. "updated at"). */
export function formatClockTime(at: Date): string {
  const p = Object.fromEntries(clockParts.formatToParts(at).map((part) => [part.type, part.value]));
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** Today in the province as YYYY-MM-DD (the `min` of due-date inputs). */
export function provinceToday(now: Date = new Date()): string {
  const p = partsOf(now);
  return `${p.year}-${p.month}-${p.day}`;
}

const DIGITS = /^\d+$/;

/** "1250000000" → "1.250.000.000": Vietnamese thousands grouping on the digit string itself. */
export function groupDigits(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Money is an exact digit string (it may exceed 2^53), so it is never turned into a JS number:
 * "9007199254740993" → "9.007.199.254.740.993 ₫".
 */
export function formatVnd(value: string): string {
  return DIGITS.test(value) ? `${groupDigits(value)} ₫` : value;
}

/**
 * The most one money line may hold, in đồng: 10^16 (10 triệu tỷ). It mirrors the server's cap
 * (`MAX_LINE_AMOUNT` in server/src/modules/proposals/proposal-limits.ts), so a larger figure is
 * refused while typing rather than by the server after sending.
 */
export const MAX_MONEY = '10000000000000000';

export type MoneyParse = { digits: string } | { refused: 'money.notDigits' | 'money.tooLarge' };

/**
 * What the user typed or pasted in a money field as a digit string. Grouping dots, spaces and a
 * trailing "₫"/"đ"/"VND" are dropped ("1.250.000.000 ₫" is 1250000000); anything else (a minus
 * sign, an exponent, a decimal comma) is refused, never rewritten into another amount.
 */
export function parseMoneyInput(typed: string): MoneyParse {
  const digits = typed
    .replace(/\s*(₫|đ|vnd|vnđ)\s*$/i, '')
    .replace(/[.\s\u00a0]/g, '')
    .replace(/^0+(?=\d)/, '');
  if (!/^\d*$/.test(digits)) return { refused: 'money.notDigits' };
  if (digits.length > MAX_MONEY.length || (digits.length === MAX_MONEY.length && digits > MAX_MONEY))
    return { refused: 'money.tooLarge' };
  return { digits };
}

/** The exact sum of money strings (empty or missing ones count as zero). */
export function sumMoney(values: readonly (string | null | undefined)[]): string {
  return values.reduce((total, value) => total + (value && DIGITS.test(value) ? BigInt(value) : 0n), 0n).toString();
}
