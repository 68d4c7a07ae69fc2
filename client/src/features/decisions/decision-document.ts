import { formatLocalDate, provinceToday } from '../../kit/format';
import type { DecisionDetail } from './decisions.operations';

/** "ngày 05 tháng 03 năm 2026", the date line of an administrative document, in province time. */
export function vietnameseDateLine(instant: string): string {
  const [year, month, day] = provinceToday(new Date(instant)).split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]: one line each above the signature. */
export function signingLines(signingForm: string): string[] {
  return signingForm
    .split('/')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "Về việc …" unless the title already says so. */
export function subjectLine(title: string): string {
  return /^về việc/i.test(title.trim())
    ? title.trim()
    : `Về việc ${title.trim().replace(/^./, (c) => c.toLowerCase())}`;
}

export function isRevoked(decision: Pick<DecisionDetail, 'amendedBy'>): boolean {
  return decision.amendedBy.some((ref) => ref.kind === 'REVOCATION');
}

export function effectiveLine(decision: Pick<DecisionDetail, 'effectiveDate'>): string {
  return `Quyết định này có hiệu lực kể từ ngày ${formatLocalDate(decision.effectiveDate)}.`;
}
