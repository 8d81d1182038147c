/**
 * Spreadsheet ("CSV") injection: a cell that starts with one of these characters is read as a
 * formula by Excel, LibreOffice and Google Sheets (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`,
 * `@SUM(…)`, `-2+3`), also after a tab or carriage return that some programs skip.
 */
export const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'] as const;

/** Full-width look-alikes that some spreadsheet programs also accept as formula starts. */
const FULLWIDTH_PREFIXES = ['＝', '＋', '－', '＠'];

/**
 * User text made safe for any export or printout a spreadsheet may open: text that a spreadsheet
 * would run as a formula gets a leading apostrophe (shown as text, never evaluated). Idempotent;
 * other text is returned unchanged.
 */
export function neutraliseFormula(text: string): string {
  const first = text.charAt(0);
  if ((FORMULA_PREFIXES as readonly string[]).includes(first) || FULLWIDTH_PREFIXES.includes(first))
    return `'${text}`;
  return text;
}

/** True when `neutraliseFormula` would change the text. */
export function looksLikeFormula(text: string): boolean {
  return neutraliseFormula(text) !== text;
}

/**
 * One CSV cell: user text neutralised, then quoted when it holds a separator, quote or line break.
 * Numbers and booleans are written as they are (a negative number is not a formula).
 */
export function csvCell(value: string | number | boolean | null | undefined, separator = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutraliseFormula(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text (CRLF line ends, as RFC 4180 and spreadsheet programs expect). */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
  separator = ',',
): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}
