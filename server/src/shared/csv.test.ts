import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes text, doubles quotes and ends lines with CRLF', () => {
    const csv = toCsv(
      ['Mã', 'Tên'],
      [
        ['NV-2023-0001', 'Đất "đai", biển'],
        ['NV-2023-0002', null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"Mã","Tên"\r\n"NV-2023-0001","Đất ""đai"", biển"\r\n"NV-2023-0002",\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, and leaves numbers bare', () => {
    const csv = toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', '-1+2', 42]]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")","'-1+2",42`);
  });
});
