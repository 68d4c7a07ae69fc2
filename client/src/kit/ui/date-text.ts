// A date typed the Vietnamese way (dd/MM/yyyy) to and from the ISO LocalDate the API takes.
// Written here, not left to <input type="date">, whose format follows the browser's locale
// (mm/dd/yyyy in an English browser) and which a phone may not show at all.

export type DateText = { iso: string } | { problem: 'format' | 'noSuchDay' };

/** Day, month and year separated by "/", ".", "-" or spaces; or eight digits (ddMMyyyy). */
const SEPARATED = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** "25/12/2026", "5.1.2026" or "25122026" → "2026-12-25"; '' → ''; a problem otherwise. */
export function parseDateText(text: string): DateText {
  const trimmed = text.trim();
  if (!trimmed) return { iso: '' };
  const match = SEPARATED.exec(trimmed) ?? DIGITS_ONLY.exec(trimmed);
  if (!match) return { problem: 'format' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // the calendar decides: 31/02 or 29/02 of a common year rolls over into March
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: 'noSuchDay' };
  }
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}
