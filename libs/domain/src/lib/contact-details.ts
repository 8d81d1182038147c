/**
 * Contact details in free text meant for employers. Employers see profiles without name or
 * contact; a name, phone number, e-mail address or street typed into "about me" or an education
 * title would undo that, so such parts are found here and held back from the employer view.
 */
export const CONTACT_DETAIL_KINDS = ['email', 'phone', 'name', 'street'] as const;
export type ContactDetailKind = (typeof CONTACT_DETAIL_KINDS)[number];

export interface ContactDetailMatch {
  kind: ContactDetailKind;
  start: number;
  end: number;
}

export interface PersonNames {
  givenName?: string | null;
  familyName?: string | null;
}

const EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+/giu;
// A run of digits with the separators people type in phone numbers; counted as a phone number from
// 7 digits on (years, hours and postcodes have fewer).
const PHONE = /(?:\+|00)?\d[\d\s()/.\-–]{5,}\d/gu;
// German street names: "Fronackerstraße 12", "Hauptstr. 5a", "Am Bahnhofplatz 3".
const STREET =
  /[\p{L}-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|steige|steig|pfad|chaussee)\s*\d+\s?[a-z]?\b/giu;

const DIGITS = /\d/g;
const YEAR_RANGE = /^\s*(?:19|20)\d\d\s*[-–/.]\s*(?:19|20)\d\d\s*$/u;
const NOT_LETTER = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parts of a person's name worth looking for: each word of at least three letters. */
function nameParts(names: PersonNames): string[] {
  const words = [names.givenName, names.familyName]
    .filter((n): n is string => typeof n === 'string')
    .flatMap((n) => n.split(/[\s,-]+/u))
    .map((w) => w.trim())
    .filter((w) => [...w].length >= 3);
  return [...new Set(words.map((w) => w.toLocaleLowerCase()))];
}

/** Every contact detail in the text, in order, without overlaps. */
export function findContactDetails(text: string, names: PersonNames = {}): ContactDetailMatch[] {
  const found: ContactDetailMatch[] = [];
  const add = (kind: ContactDetailKind, re: RegExp, accept: (m: string) => boolean = () => true) => {
    for (const m of text.matchAll(re)) {
      if (m.index === undefined || !accept(m[0])) continue;
      found.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  };
  add('email', EMAIL);
  add('phone', PHONE, (m) => (m.match(DIGITS) ?? []).length >= 7 && !YEAR_RANGE.test(m));
  add('street', STREET);
  for (const part of nameParts(names)) {
    add('name', new RegExp(`${NOT_LETTER}${escape(part)}${NOT_LETTER_AFTER}`, 'giu'));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: ContactDetailMatch[] = [];
  for (const m of found) {
    const last = result[result.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      continue;
    }
    result.push({ ...m });
  }
  return result;
}

/** What employers see of a free text: contact details replaced by "[…]". */
export const WITHHELD_MARK = '[…]';

export function withholdContactDetails(
  text: string,
  names: PersonNames = {},
): { text: string; withheld: ContactDetailKind[] } {
  const matches = findContactDetails(text, names);
  if (matches.length === 0) return { text, withheld: [] };
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + WITHHELD_MARK;
    at = m.end;
  }
  out += text.slice(at);
  return { text: out, withheld: [...new Set(matches.map((m) => m.kind))] };
}
