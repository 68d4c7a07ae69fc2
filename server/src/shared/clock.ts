/** The province's civil time zone: due dates and "today" are Vietnamese calendar days. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROVINCE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The time a service acts at. Services take one (the wall clock by default) so the demo seeder can
 * play the article's 2023 history at its own dates and today's work relative to today.
 */
export type Clock = () => Date;
export const wallClock: Clock = () => new Date();

/** YYYY-MM-DD of `at` in the province. */
export const provinceDate = (at: Date = new Date()): string => dayFormat.format(at);

export const provinceYear = (at: Date = new Date()): number => Number(provinceDate(at).slice(0, 4));

/** SQL for today's date in the province. */
export const SQL_PROVINCE_TODAY = `(now() at time zone '${PROVINCE_TIME_ZONE}')::date`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** dd/mm/yyyy, the way Vietnamese documents write a date. */
export const vietnameseDate = (isoDate: string): string => isoDate.split('-').reverse().join('/');
