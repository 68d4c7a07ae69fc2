import type { QuarterInput } from '../gql/graphql';
import type { Translate } from './i18n';

/**
 * A quarter of a year: the one Period type of the client. Values read from query data carry
 * `__typename` (the document cache adds it) and the server refuses that in an input, so whatever
 * goes back to the server passes through `periodInput`.
 */
export interface Period {
  year: number;
  quarter: number;
}

/** The server's QuarterInput: exactly `{ year, quarter }`, whatever else the source object carries. */
export function periodInput(period: Period): QuarterInput {
  return { year: period.year, quarter: period.quarter };
}

/** The quarter shown when the address names none: the newest with tasks, else the current one. */
export function defaultPeriod(quarters: readonly { period: Period }[], current: Period): Period {
  return periodInput(quarters[0]?.period ?? current);
}

export function samePeriod(a: Period | null | undefined, b: Period | null | undefined): boolean {
  return Boolean(a && b && a.year === b.year && a.quarter === b.quarter);
}

export function nextPeriod({ year, quarter }: Period): Period {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

/** The first and last day of a quarter, as YYYY-MM-DD. */
export function periodStart({ year, quarter }: Period): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function periodEnd({ year, quarter }: Period): string {
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** 2 → "II": Vietnamese reports number quarters in Roman numerals. */
export const romanQuarter = (quarter: number): string => ROMAN[quarter - 1] ?? String(quarter);

/** "Quý II/2023" (Q2/2023 in English). */
export function quarterName(t: Translate, period: Period): string {
  return t('period.quarterName', { roman: romanQuarter(period.quarter), quarter: period.quarter, year: period.year });
}

/** A quarter of the year as a select offers it: value "1"–"4". */
export const QUARTER_CHOICES: readonly string[] = ['1', '2', '3', '4'];

/** "Quý II" — a quarter of no year in particular. */
export const quarterOptionLabel = (t: Translate, quarter: string): string =>
  t('period.quarterOption', { quarter: Number(quarter), roman: romanQuarter(Number(quarter)) });
