import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The fonts every printout embeds (apps/api/assets/fonts, copied beside the bundled API). */
export const PRINT_FONTS = [
  { file: 'NotoSans-Regular.ttf', family: 'Passgenau Sans', weight: 400 },
  { file: 'NotoSans-Bold.ttf', family: 'Passgenau Sans', weight: 700 },
  { file: 'NotoNaskhArabic-Regular.ttf', family: 'Passgenau Arabic', weight: 400 },
  { file: 'NotoNaskhArabic-Bold.ttf', family: 'Passgenau Arabic', weight: 700 },
] as const;

export function printFontsDir(): string {
  const candidates = [
    process.env['PASSGENAU_PRINT_FONTS_DIR'],
    join(__dirname, 'assets/fonts'),
    resolve(__dirname, '../../../assets/fonts'),
    resolve(process.cwd(), 'apps/api/assets/fonts'),
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(join(dir, PRINT_FONTS[0].file)));
  if (!found) throw new Error(`print fonts not found; looked in ${candidates.join(', ')}`);
  return found;
}

/** The font files by the path the documents ask for (`/fonts/<file>`). */
export function loadPrintFonts(dir = printFontsDir()): Map<string, Buffer> {
  return new Map(PRINT_FONTS.map((font) => [`/fonts/${font.file}`, readFileSync(join(dir, font.file))]));
}

/** @font-face rules; Latin and Cyrillic from Noto Sans, Arabic script (with Persian letters) from Noto Naskh Arabic. */
export const FONT_FACES = PRINT_FONTS.map(
  (font) =>
    `@font-face{font-family:'${font.family}';font-weight:${font.weight};font-style:normal;` +
    `src:url('/fonts/${font.file}') format('truetype');font-display:block;}`,
).join('\n');

export const FONT_STACK = `'Passgenau Sans', 'Passgenau Arabic', sans-serif`;
