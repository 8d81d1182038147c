const GERMAN_TRANSCRIPTIONS: ReadonlyArray<[RegExp, string]> = [
  [/ß/g, 'ss'],
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/Ä/g, 'Ae'],
  [/Ö/g, 'Oe'],
  [/Ü/g, 'Ue'],
];

/**
 * Spellings people type when a keyboard lacks German letters: "Schweisser" for "Schweißer",
 * "Baecker" and "Backer" for "Bäcker". Returns the distinct variants that differ from the input.
 */
export function germanSpellingVariants(text: string): string[] {
  const transcribed = GERMAN_TRANSCRIPTIONS.reduce(
    (acc, [pattern, repl]) => acc.replace(pattern, repl),
    text,
  );
  const stripped = text
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return [...new Set([transcribed, stripped])].filter((variant) => variant !== text);
}

/** A stable, URL-safe slug of a label: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
