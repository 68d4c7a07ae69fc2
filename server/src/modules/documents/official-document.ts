/**
 * An administrative document as Nghị định 30/2020/NĐ-CP (Phụ lục I) lays it out, independent of
 * the file format: the PDF and DOCX writers draw the same parts in the same places.
 */
export interface OfficialDocument {
  /** Left of the head: the issuer's lines (the parent authority first when there is one), then "Số: …". */
  issuer: { parent: string | null; name: string };
  numberLine: string;
  /** Right of the head, under the national motto, in italics: "Hòa Bình, ngày 20 tháng 4 năm 2023". */
  placeDateLine: string;
  /** "QUYẾT ĐỊNH", "THÔNG BÁO", "BÁO CÁO". */
  kind: string;
  /** The summary under the kind ("Về việc …"), bold. */
  subject: string[];
  body: Block[];
  signature: { lines: string[]; name: string | null };
  /** "Nơi nhận:" entries; the last one is the archive line ("Lưu: VT, …"). */
  recipients: string[];
  /** Document information; `date` stamps CreationDate/ModDate, so the file depends on the record only. */
  meta: { title: string; subject: string; author: string; date: Date };
}

export type Block =
  /** A body paragraph: justified with a first-line indent unless `align` says otherwise. */
  | { type: 'paragraph'; runs: Run[]; align?: 'center' | 'justify' }
  /** A section heading, bold, flush left. */
  | { type: 'heading'; text: string }
  /** A table of figures (the reports): the first column left, the others centred. */
  | { type: 'table'; columns: { title: string; width: number }[]; rows: string[][]; boldLastRow?: boolean };

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export const paragraph = (...runs: (Run | string)[]): Block => ({
  type: 'paragraph',
  runs: runs.map((run) => (typeof run === 'string' ? { text: run } : run)),
});

export const bold = (text: string): Run => ({ text, bold: true });

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * "ngày 05 tháng 3 năm 2023": day and month below 10 take a leading zero only for the day and
 * for January and February (Nghị định 30, Phụ lục I, mục II.5).
 */
export function dateWords(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ngày ${pad(day)} tháng ${month < 3 ? pad(month) : month} năm ${year}`;
}

/** A day as a document dates it, at 08:00 in the province (a date column has no time of its own). */
export const documentMoment = (isoDate: string): Date => new Date(`${isoDate}T08:00:00+07:00`);

/** "5/4/2023", the short form inside sentences. */
export const shortDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}/${month}/${year}`;
};

/** A record's free text as paragraphs: one per line, blank lines dropped. */
export const textParagraphs = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((part) => part.trim())
    .filter(Boolean);

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → one line each above the signature. */
export const signingLines = (form: string): string[] =>
  form
    .split('/')
    .map((line) => line.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);

/** "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH" → parent null, printed on two lines as the decree shows it. */
export function committeeIssuer(issuerName: string): OfficialDocument['issuer'] {
  const at = issuerName.search(/\sTỈNH\s|\sTHÀNH PHỐ\s/u);
  return at > 0
    ? { parent: null, name: `${issuerName.slice(0, at)}\n${issuerName.slice(at + 1)}` }
    : { parent: null, name: issuerName };
}

/** ASCII file name for old clients: "QĐ 12/UBND" → "QD-12-UBND". */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every string of `value` in NFC: one precomposed glyph per Vietnamese letter (see fonts.ts). */
export function composed<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(composed) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, composed(item)])) as T;
  }
  return value;
}

/** "12/QĐ-UBND" of 2023 → "QĐ-12-UBND-2023": the kind first, as offices name their files. */
export function numberedFileName(numberText: string, year: number): string {
  const [number, code] = numberText.split('/');
  const [kind, ...issuer] = code.split('-');
  return [kind, number, ...issuer, year].join('-');
}
