import fs from 'node:fs';

/**
 * Tinos (metric-compatible with Times New Roman, full Vietnamese coverage; SIL Open Font Licence),
 * shipped inside an npm package so a fresh machine needs no system fonts. Read once per process.
 */
const FILES = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

export type FontStyle = keyof typeof FILES;

/**
 * OpenType layout tables (kerning, ligatures, mark positioning) the documents do without: pdfkit
 * opens every font afresh for each document and fontkit parses them on the first word, which cost
 * 30–130 ms per font per document here. Vietnamese needs none of them: every letter with its marks
 * is one precomposed glyph once the text is NFC (the writers normalise it), and Word lays the same
 * text out without kerning by default.
 */
const DROPPED_TABLES = new Set(['GSUB', 'GPOS', 'GDEF']);

/** The font file with the directory entries of `DROPPED_TABLES` removed (the table bytes stay, unreferenced). */
export function withoutLayoutTables(font: Buffer): Buffer {
  const copy = Buffer.from(font);
  const count = font.readUInt16BE(4);
  const kept: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const record = font.subarray(12 + i * 16, 28 + i * 16);
    if (!DROPPED_TABLES.has(record.toString('latin1', 0, 4))) kept.push(record);
  }
  // the binary-search fields of the sfnt header follow the table count
  const power = 2 ** Math.floor(Math.log2(kept.length));
  copy.writeUInt16BE(kept.length, 4);
  copy.writeUInt16BE(power * 16, 6);
  copy.writeUInt16BE(Math.log2(power), 8);
  copy.writeUInt16BE(kept.length * 16 - power * 16, 10);
  kept.forEach((record, i) => record.copy(copy, 12 + i * 16));
  copy.fill(0, 12 + kept.length * 16, 12 + count * 16);
  return copy;
}

let loaded: Record<FontStyle, Buffer> | null = null;

/**
 * The four styles' files, read once. pdfkit opens them afresh for every document: a fontkit font
 * shared between documents was tried and loses glyphs' code points from the second document on
 * (the text layer then misses letters), so each document parses its own.
 */
export function documentFonts(): Record<FontStyle, Buffer> {
  const read = (style: FontStyle) => withoutLayoutTables(fs.readFileSync(require.resolve(FILES[style])));
  loaded ??= { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') };
  return loaded;
}

export const fontStyle = (run: { bold?: boolean; italic?: boolean }): FontStyle =>
  run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
