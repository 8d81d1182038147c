import type { UiLanguage } from './languages';
import { pickLabel, type ConceptLabels } from './taxonomy';

/**
 * How a hit differs from another one shown under the same label: ESCO's Arabic calls both the
 * solderer and the welder "عامل لحام / عاملة لحام", so the reader needs a second line to choose.
 * `label`: the concept's label in a second language; `iscoGroup`: "7212 · Schweißer, Brennschneider
 * und verwandte Berufe"; `description`: the first sentence of its ESCO description.
 */
export const DISTINCTION_KINDS = ['label', 'iscoGroup', 'description'] as const;
export type DistinctionKind = (typeof DISTINCTION_KINDS)[number];

export interface Distinction {
  kind: DistinctionKind;
  /** Language of `text`. */
  lang: UiLanguage;
  text: string;
}

export interface DistinctionFacts {
  code: string;
  labels: ConceptLabels;
  iscoGroup: string | null;
  iscoGroupLabels?: { de?: string | null; en?: string | null };
  descriptions?: { de?: string | null; en?: string | null };
}

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The codes of hits that a reader of `lang` would see under one and the same label; groups of two or more. */
export function sameLabelGroups(
  hits: ReadonlyArray<{ code: string; labels: ConceptLabels }>,
  lang: UiLanguage,
): string[][] {
  const groups = new Map<string, string[]>();
  for (const hit of hits) {
    const shown = pickLabel(hit.labels, lang);
    if (!shown) continue;
    const key = normalize(shown.text);
    groups.set(key, [...(groups.get(key) ?? []), hit.code]);
  }
  return [...groups.values()].filter((codes) => codes.length > 1);
}

/** The first sentence of a description, at most `max` characters (cut at a word, with an ellipsis). */
export function firstSentence(text: string, max = 140): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  const end = flat.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** German readers get English as their second language, everyone else German (what employers read). */
function secondLanguage(lang: UiLanguage, shownLang: UiLanguage): 'de' | 'en' {
  return lang === 'de' || shownLang === 'de' ? 'en' : 'de';
}

type Candidate = Distinction | null;

function candidates(facts: DistinctionFacts, lang: UiLanguage): Record<DistinctionKind, Candidate> {
  const shown = pickLabel(facts.labels, lang);
  const second = secondLanguage(lang, shown?.lang ?? lang);
  const other = second === 'de' ? 'en' : 'de';
  const label = facts.labels[second] ?? null;
  const groupName = facts.iscoGroupLabels?.[second] ?? facts.iscoGroupLabels?.[other] ?? null;
  const groupLang = facts.iscoGroupLabels?.[second] ? second : other;
  const description = facts.descriptions?.[second] ?? facts.descriptions?.[other] ?? null;
  const descriptionLang = facts.descriptions?.[second] ? second : other;
  return {
    label: label ? { kind: 'label', lang: second, text: label.text } : null,
    iscoGroup:
      facts.iscoGroup && groupName
        ? { kind: 'iscoGroup', lang: groupLang, text: `${facts.iscoGroup} · ${groupName}` }
        : null,
    description: description
      ? { kind: 'description', lang: descriptionLang, text: firstSentence(description) }
      : null,
  };
}

/**
 * For hits that share their shown label: the one line that tells each apart — the label in a
 * second language when those differ for all of them, else the ISCO group, else the first sentence
 * of the description; when no kind tells all apart, each hit gets the first line unique to it.
 */
export function distinguish(group: readonly DistinctionFacts[], lang: UiLanguage): Map<string, Distinction> {
  const result = new Map<string, Distinction>();
  if (group.length < 2) return result;
  const all = group.map((facts) => ({ code: facts.code, options: candidates(facts, lang) }));
  const shownTexts = new Set(
    group.map((facts) => normalize(pickLabel(facts.labels, lang)?.text ?? '')).filter(Boolean),
  );
  const usable = (candidate: Candidate): candidate is Distinction =>
    candidate !== null && !shownTexts.has(normalize(candidate.text));
  for (const kind of DISTINCTION_KINDS) {
    const values = all.map((hit) => hit.options[kind]);
    if (values.every(usable) && new Set(values.map((v) => normalize(v.text))).size === values.length) {
      all.forEach((hit, i) => result.set(hit.code, values[i]!));
      return result;
    }
  }
  for (const hit of all) {
    const unique = DISTINCTION_KINDS.map((kind) => hit.options[kind]).find(
      (candidate) =>
        usable(candidate) &&
        all.every(
          (other) =>
            other.code === hit.code ||
            normalize(other.options[candidate.kind]?.text ?? '') !== normalize(candidate.text),
        ),
    );
    if (unique) result.set(hit.code, unique);
  }
  return result;
}
