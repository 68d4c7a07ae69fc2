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

/** Today in the province as YYYY-MM-DD (the `min` of due-date inputs). */
export function provinceToday(now: Date = new Date()): string {
  const p = partsOf(now);
  return `${p.year}-${p.month}-${p.day}`;
}
