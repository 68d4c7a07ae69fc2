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

let loaded: Record<FontStyle, Buffer> | null = null;

export function documentFonts(): Record<FontStyle, Buffer> {
  loaded ??= {
    regular: fs.readFileSync(require.resolve(FILES.regular)),
    bold: fs.readFileSync(require.resolve(FILES.bold)),
    italic: fs.readFileSync(require.resolve(FILES.italic)),
    boldItalic: fs.readFileSync(require.resolve(FILES.boldItalic)),
  };
  return loaded;
}

export const fontStyle = (run: { bold?: boolean; italic?: boolean }): FontStyle =>
  run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
