import { COUNTRY_CODES, PICKABLE_LANGUAGES, type NamedCode } from '@passgenau/domain';

function displayName(locale: string, type: 'language' | 'region', code: string): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type, fallback: 'none' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

const collators = new Map<string, Intl.Collator>();
const byName = (reader: string) => {
  let collator = collators.get(reader);
  if (!collator) collators.set(reader, (collator = new Intl.Collator(reader)));
  return (a: NamedCode, b: NamedCode) => collator!.compare(a.name, b.name);
};

const unique = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * Languages with their names in the reader's language ("Kroatisch" for a German reader), found
 * also by their own name ("hrvatski"), English name and code. Codes outside the list (stored
 * earlier) are kept so that nothing chosen disappears.
 */
export function languageEntries(reader: string, extra: readonly string[] = []): NamedCode[] {
  const codes = [...new Set([...PICKABLE_LANGUAGES, ...extra.filter(Boolean)])];
  return codes
    .map((code) => ({
      code,
      name: displayName(reader, 'language', code) ?? displayName('en', 'language', code) ?? code,
      aliases: unique([displayName(code, 'language', code), displayName('en', 'language', code), code]),
    }))
    .sort(byName(reader));
}

/** Countries with their names in the reader's language, found also by German and English names and code. */
export function countryEntries(reader: string, extra: readonly string[] = []): NamedCode[] {
  const codes = [...new Set([...COUNTRY_CODES, ...extra.filter(Boolean)])];
  return codes
    .map((code) => ({
      code,
      name: displayName(reader, 'region', code) ?? displayName('en', 'region', code) ?? code,
      aliases: unique([displayName('de', 'region', code), displayName('en', 'region', code), code]),
    }))
    .sort(byName(reader));
}
