/**
 * Light stemmers for taxonomy search: they cut one inflectional ending off a word so that
 * "фарбування" (painting) and "фарбувати" (to paint) meet in "фарбув", and "Schweißer",
 * "Schweißen" and "Schweißerin" in "schweiß". Labels are indexed with the stems of their words,
 * queries are stemmed the same way; the search engine's prefix matching does the rest.
 * Deliberately light: one ending, a minimum stem length, no dictionary.
 */

export type StemLanguage = 'de' | 'en' | 'uk';

interface StemRules {
  /** Endings, tried longest first. */
  endings: readonly string[];
  /** A stem is never shorter than this. */
  minStem: number;
  /** Removed before the endings (Ukrainian reflexive verbs: "навчатися"). */
  reflexive?: readonly string[];
}

const byLength = (endings: string[]): readonly string[] =>
  [...new Set(endings)].sort((a, b) => b.length - a.length);

const RULES: Record<StemLanguage, StemRules> = {
  de: {
    endings: byLength(['erinnen', 'innen', 'erin', 'ungen', 'ung', 'ern', 'en', 'er', 'in', 'es', 'e', 's']),
    minStem: 4,
  },
  en: {
    endings: byLength(['ings', 'ing', 'ers', 'er', 'ies', 'es', 'ed', 's']),
    // "maler" stays whole: a German word must not become the English stem "mal".
    minStem: 4,
  },
  uk: {
    endings: byLength([
      // verbal nouns in their cases: фарбування, фарбуванням, зварюванні
      ...['анн', 'енн', 'інн', 'янн'].flatMap((n) =>
        ['я', 'ю', 'ям', 'і', 'ями', 'ях'].map((c) => `${n}${c}`),
      ),
      // verbs: фарбувати, фарбую, фарбує, фарбують, фарбував, фарбувала
      'ати',
      'яти',
      'іти',
      'ити',
      'ать',
      'ять',
      'ить',
      'ють',
      'уть',
      'аю',
      'ає',
      'ають',
      'ую',
      'ює',
      'ує',
      'ав',
      'ала',
      'али',
      'ало',
      'ив',
      'ила',
      'или',
      'ило',
      'ів',
      // nouns and adjectives in their cases
      'ами',
      'ями',
      'ові',
      'еві',
      'ах',
      'ях',
      'ом',
      'ем',
      'єм',
      'ою',
      'ею',
      'єю',
      'їв',
      'ий',
      'ій',
      'ого',
      'ому',
      'ої',
      'им',
      'ім',
      'их',
      'іх',
      'ими',
      'іми',
      'ая',
      'яя',
      'ее',
      'а',
      'я',
      'о',
      'е',
      'є',
      'и',
      'і',
      'ї',
      'у',
      'ю',
      'ь',
      'й',
    ]),
    minStem: 3,
    reflexive: ['ся', 'сь'],
  },
};

function cut(word: string, endings: readonly string[], minStem: number): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem)
      return word.slice(0, word.length - ending.length);
  }
  return word;
}

/** The stem of one word in `lang`, in lower case; words too short to stem come back lowered. */
export function lightStem(word: string, lang: StemLanguage): string {
  const rules = RULES[lang];
  // Ukrainian writes the apostrophe in several ways ("м'ясо", "мʼясо", "м’ясо"); drop it.
  let lowered = word.toLocaleLowerCase(lang).normalize('NFC');
  if (lang === 'uk') lowered = lowered.replace(/['’ʼ`]/g, '');
  if (rules.reflexive) lowered = cut(lowered, rules.reflexive, rules.minStem);
  return cut(lowered, rules.endings, rules.minStem);
}

const WORD = /[\p{L}\p{M}\p{N}'’ʼ]+/gu;

/** The words of a text, each stemmed; words that are not in the language's script are kept out. */
export function stemWords(text: string, lang: StemLanguage): string[] {
  const script = lang === 'uk' ? /\p{Script=Cyrillic}/u : /\p{Script=Latin}/u;
  return (text.match(WORD) ?? []).filter((word) => script.test(word)).map((word) => lightStem(word, lang));
}

/** Stems a whole text, word by word, keeping the word order; null when nothing changed. */
export function stemText(text: string, lang: StemLanguage): string | null {
  const words = text.match(WORD) ?? [];
  const script = lang === 'uk' ? /\p{Script=Cyrillic}/u : /\p{Script=Latin}/u;
  if (!words.some((word) => script.test(word))) return null;
  const stemmed = words.map((word) => (script.test(word) ? lightStem(word, lang) : word.toLowerCase()));
  const result = stemmed.join(' ');
  return result === words.join(' ').toLowerCase() ? null : result;
}

/** Which stemmers apply to a query typed in any language: by its script. */
export function stemLanguagesOf(text: string): StemLanguage[] {
  if (/\p{Script=Cyrillic}/u.test(text)) return ['uk'];
  if (/\p{Script=Latin}/u.test(text)) return ['de', 'en'];
  return [];
}
