import { localeInfo, type LocaleCode } from '@passgenau/i18n';
import { FONT_FACES, FONT_STACK } from './print-fonts';

/** Markup that is already safe: built by `html` or by code of this module, never from user input. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A template whose every interpolated value is escaped, unless it is SafeHtml already. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** Trusted markup made by this module (the QR code's SVG, the style sheet). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Text in its own language and direction, so Arabic or Persian inside German reads right. */
export function textIn(text: string, lang: string | null, tag: 'span' | 'p' | 'div' = 'span'): SafeHtml {
  const open = `<${tag} dir="auto"${lang ? ` lang="${escapeHtml(lang)}"` : ''}>`;
  return new SafeHtml(`${open}${escapeHtml(text)}</${tag}>`);
}

const BASE_CSS = `
@page { size: A4; margin: 14mm 13mm 16mm 13mm; }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; font-size: 10pt; color: #111; line-height: 1.35; }
body { margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 0 0 1.5mm; }
h3 { font-size: 10.5pt; margin: 2mm 0 1mm; }
p { margin: 0 0 1.5mm; }
ul { margin: 0; padding-inline-start: 5mm; }
li { margin: 0 0 0.6mm; }
.muted { color: #444; }
.small { font-size: 8.5pt; }
.header { border-bottom: 0.6mm solid #1c4e80; padding-bottom: 2mm; margin-bottom: 4mm; }
.header .meta { display: flex; justify-content: space-between; gap: 6mm; flex-wrap: wrap; }
.mark { display: inline-block; min-width: 4.2mm; padding: 0 1mm; border: 0.25mm solid #333; border-radius: 1mm;
  font-size: 7.5pt; font-weight: 700; text-align: center; margin-inline-end: 1mm; }
.mark.confirmed { background: #1c4e80; color: #fff; border-color: #1c4e80; }
.mark.assessed { background: #d7e6f5; }
.mark.missing { border-style: dashed; color: #8a1c1c; border-color: #8a1c1c; }
.footer-note { margin-top: 4mm; font-size: 8pt; color: #444; }
`;

/** The whole printable document: language and direction of the reader, the shipped fonts. */
export function printDocument(options: { lang: LocaleCode; title: string; css: string; body: SafeHtml }): string {
  const { dir } = localeInfo(options.lang);
  return `<!doctype html>
<html lang="${options.lang}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>
<style>${FONT_FACES}\n${BASE_CSS}\n${options.css}</style></head>
<body>${options.body.value}</body></html>`;
}
