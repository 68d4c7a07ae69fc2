/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), CRLF
 * line ends, every text cell quoted, and cells that a spreadsheet would run as a formula
 * (=, +, -, @ at the start) defused with a leading apostrophe.
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
