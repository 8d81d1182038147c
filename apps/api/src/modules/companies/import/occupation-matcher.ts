import type { OccupationMapping } from '@passgenau/domain';

export interface OccupationLabel {
  code: string;
  text: string;
  preferred: boolean;
  /** The product curates the occupation (it has a field and translations): preferred on ties. */
  curated: boolean;
}

export interface OccupationMatch {
  code: string;
  mapping: Extract<OccupationMapping, 'preferred-label' | 'alternative-label'>;
}

const GENDER_NOTE = /\(\s*[mwdfxi]\s*(?:[/|,]\s*[mwdfxi]\s*)+\)/gi;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The keys under which a German occupation name is looked up: lower case, without "(m/w/d)",
 * with the job agency's short gender forms ("Elektroinstallateur/in", "Kaufmann/-frau") reduced to
 * the first form, and ESCO's pairs ("Koch/Köchin") split into both forms.
 */
export function occupationKeys(text: string): string[] {
  let t = text.normalize('NFC').toLowerCase().replace(GENDER_NOTE, ' ').replace(/[–—]/g, '-');
  t = t
    .replace(/\/\s*-?\s*innen\b/g, '')
    .replace(/\/\s*-?\s*in\b/g, '')
    .replace(/mann\s*\/\s*-?\s*frau\b/g, 'mann');
  t = collapse(t);
  if (!t) return [];
  // A slash next to a hyphen belongs to a word ("Import-/Exportkaufmann"); others separate forms.
  const parts = t
    .split(/(?<!-)\/(?!-)/)
    .map(collapse)
    .filter(Boolean);
  return [...new Set([t, ...(parts.length > 1 ? parts : [])])];
}

/**
 * Maps occupation names to taxonomy codes by their German labels. A preferred label beats an
 * alternative one, a curated occupation an uncurated one; remaining ties go to the lowest code,
 * so that the same input always maps to the same occupation.
 */
export class OccupationMatcher {
  private readonly index = new Map<string, OccupationLabel[]>();

  constructor(labels: Iterable<OccupationLabel>) {
    for (const label of labels) {
      for (const key of occupationKeys(label.text)) {
        const entries = this.index.get(key);
        if (entries) entries.push(label);
        else this.index.set(key, [label]);
      }
    }
  }

  match(text: string | null | undefined): OccupationMatch | null {
    if (!text) return null;
    const candidates = occupationKeys(text).flatMap((key) => this.index.get(key) ?? []);
    if (candidates.length === 0) return null;
    const [best] = [...candidates].sort(
      (a, b) =>
        Number(b.preferred) - Number(a.preferred) ||
        Number(b.curated) - Number(a.curated) ||
        a.code.localeCompare(b.code),
    );
    return { code: best!.code, mapping: best!.preferred ? 'preferred-label' : 'alternative-label' };
  }
}
