import type { CefrLevel, CoreSkillLevel, EvidenceLevel, WorkKind, WorkPermit } from '@passgenau/domain';

/** A small deterministic PRNG (mulberry32), so demo data is the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Origin {
  country: string;
  language: string;
  textLang: string;
  given: string[];
  family: string[];
  weight: number;
}

// Origins of refugees in the district, roughly by share; names are common ones of each country.
const ORIGINS: Origin[] = [
  {
    country: 'SY',
    language: 'ar',
    textLang: 'ar',
    weight: 5,
    given: ['Ahmad', 'Mohammad', 'Rania', 'Yasmin', 'Omar', 'Lina', 'Khaled', 'Hiba', 'Samer', 'Nour'],
    family: ['Haddad', 'Al-Hassan', 'Khalil', 'Darwish', 'Sabbagh', 'Nasser', 'Aziz'],
  },
  {
    country: 'AF',
    language: 'prs',
    textLang: 'fa',
    weight: 4,
    given: ['Ali', 'Farid', 'Mariam', 'Zahra', 'Hamid', 'Sadia', 'Javad', 'Parisa', 'Mustafa', 'Laila'],
    family: ['Ahmadi', 'Rahimi', 'Hosseini', 'Karimi', 'Sultani', 'Noori', 'Mohammadi'],
  },
  {
    country: 'UA',
    language: 'uk',
    textLang: 'uk',
    weight: 4,
    given: [
      'Olena',
      'Andrii',
      'Iryna',
      'Oleksandr',
      'Natalia',
      'Serhii',
      'Yuliia',
      'Dmytro',
      'Oksana',
      'Taras',
    ],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Boyko'],
  },
  {
    country: 'IQ',
    language: 'ar',
    textLang: 'ar',
    weight: 2,
    given: ['Hussein', 'Zainab', 'Ali', 'Fatima', 'Mustafa', 'Noor'],
    family: ['Al-Jubouri', 'Kareem', 'Hamza', 'Saleh', 'Jasim'],
  },
  {
    country: 'IR',
    language: 'fa',
    textLang: 'fa',
    weight: 1,
    given: ['Reza', 'Shirin', 'Babak', 'Neda', 'Arash', 'Maryam'],
    family: ['Tehrani', 'Jafari', 'Moradi', 'Ebrahimi'],
  },
  {
    country: 'ER',
    language: 'ti',
    textLang: 'en',
    weight: 2,
    given: ['Yonas', 'Senait', 'Dawit', 'Helen', 'Tesfay', 'Saba'],
    family: ['Tesfaye', 'Gebremedhin', 'Haile', 'Kidane', 'Berhane'],
  },
  {
    country: 'TR',
    language: 'ku',
    textLang: 'de',
    weight: 1,
    given: ['Baran', 'Rojda', 'Serhat', 'Dilan'],
    family: ['Demir', 'Aslan', 'Yildiz', 'Kaya'],
  },
];

const CEFR: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1'];
const CORE: CoreSkillLevel[] = ['none', 'basic', 'good', 'very_good'];
const LEVELS: EvidenceLevel[] = ['basic', 'good', 'very_good'];
const KINDS: WorkKind[] = ['apprenticeship', 'job', 'internship', 'eq'];
const PERMITS: WorkPermit[] = ['permitted', 'permitted', 'needs_approval', 'unknown', 'not_permitted'];
const PROVIDERS = [
  ['Bildungszentrum Rems-Murr', 'MYSKILLS'],
  ['Handwerkskammer Region Stuttgart', 'Kompetenzcheck Handwerk'],
  ['IHK Region Stuttgart', 'Praxistest'],
  ['Kreisbildungswerk', 'Werkstatt-Erprobung (2 Wochen)'],
];
const ABOUT: Record<string, string[]> = {
  ar: ['أعمل بيدي منذ سنوات وأتعلم الألمانية كل يوم.', 'أحب العمل في فريق وأبحث عن تدريب مهني.'],
  fa: [
    'من سال‌ها کار دستی کرده‌ام و هر روز آلمانی یاد می‌گیرم.',
    'دوست دارم در یک تیم کار کنم و دنبال آموزش حرفه‌ای هستم.',
  ],
  uk: [
    'Я багато років працювала в цій сфері і швидко вчуся.',
    'Шукаю роботу поруч із домом, маю досвід і мотивацію.',
  ],
  en: [
    'I learn quickly and I like practical work.',
    'I am looking for an apprenticeship close to where I live.',
  ],
  de: ['Ich arbeite gern mit den Händen und lerne jeden Tag Deutsch.'],
};

export interface GeneratedCandidate {
  givenName: string;
  familyName: string;
  birthYear: number;
  phone: string | null;
  nativeLanguage: string;
  germanLevel: CefrLevel;
  germanCertificate: { kind: 'DTZ' | 'telc' | 'Goethe'; level: CefrLevel; issuedOn: string } | null;
  otherLanguages: Array<{ language: string; overall: CefrLevel }>;
  mathsLevel: CoreSkillLevel;
  computerLevel: CoreSkillLevel;
  schoolYears: number;
  schoolCountry: string;
  competences: Array<{
    code: string;
    evidence: Array<
      | { kind: 'self'; level: EvidenceLevel }
      | { kind: 'mentor'; level: EvidenceLevel; observedOn: string }
      | {
          kind: 'provider';
          level: EvidenceLevel;
          provider: string;
          procedure: string;
          assessedOn: string;
          confirmed: boolean;
        }
    >;
  }>;
  experience: Array<{ occupationCode: string; years: number; country: string }>;
  about: { text: string; lang: string };
  wishedOccupations: string[];
  wishedKinds: WorkKind[];
  hoursPerWeek: number;
  earliestStart: string;
  homeTownAgs: string;
  travelKm: number;
  drivingLicences: string[];
  workPermit: WorkPermit;
}

export interface GeneratorInput {
  occupations: string[];
  skills: string[];
  towns: string[];
  /** The reference day for dates, so output does not change with the clock. */
  today: Date;
  /**
   * Benchmarks: the ESCO skills of each occupation (essential ones first). When given, competences
   * are drawn from the skills of the wished occupations (plus now and then a curated everyday skill).
   */
  occupationSkills?: Record<string, string[]>;
  /** Benchmarks: one weight per town (its population); when given, home towns are drawn by it. */
  townWeights?: number[];
}

/** Draws an index with probability proportional to its weight. */
export function pickWeighted(next: () => number, weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = next() * total;
  for (let i = 0; i < weights.length; i++) if ((roll -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

/** Competence codes of a realistic candidate: skills of the wished occupations, sometimes one curated. */
function skillsOfOccupations(next: () => number, occupations: string[], input: GeneratorInput): string[] {
  const pool = [...new Set(occupations.flatMap((o) => input.occupationSkills?.[o] ?? []))];
  if (pool.length === 0) return pickSome(next, input.skills, 2, 6);
  const chosen = pickSome(next, pool, Math.min(2, pool.length), Math.min(6, pool.length));
  if (next() < 0.3) chosen.push(...pickSome(next, input.skills, 1, 1).filter((s) => !chosen.includes(s)));
  return chosen;
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function pickSome<T>(next: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(next() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(next, items));
  return [...chosen];
}

function daysBefore(today: Date, days: number): string {
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The `index`-th synthetic candidate of a run with `seed`: varied origin, German level, competences and evidence. */
export function generateCandidate(seed: number, index: number, input: GeneratorInput): GeneratedCandidate {
  const next = random(seed * 1_000_003 + index);
  const totalWeight = ORIGINS.reduce((sum, o) => sum + o.weight, 0);
  let roll = next() * totalWeight;
  const origin = ORIGINS.find((o) => (roll -= o.weight) < 0) ?? ORIGINS[0]!;
  const germanLevel = pick(next, CEFR.slice(0, 4));
  const realistic = input.occupationSkills !== undefined;
  const wished = realistic ? pickSome(next, input.occupations, 1, 3) : [];
  const codes = realistic ? skillsOfOccupations(next, wished, input) : pickSome(next, input.skills, 2, 6);
  const competences = codes.map((code) => {
    const r = next();
    const level = pick(next, LEVELS);
    const evidence: GeneratedCandidate['competences'][number]['evidence'] = [{ kind: 'self', level }];
    if (r > 0.55)
      evidence.push({
        kind: 'mentor',
        level,
        observedOn: daysBefore(input.today, 10 + Math.floor(next() * 200)),
      });
    if (r > 0.8) {
      const [provider, procedure] = pick(next, PROVIDERS);
      evidence.push({
        kind: 'provider',
        level,
        provider: provider!,
        procedure: procedure!,
        assessedOn: daysBefore(input.today, 20 + Math.floor(next() * 300)),
        confirmed: next() > 0.5,
      });
    }
    return { code, evidence };
  });
  const occupations = realistic ? wished : pickSome(next, input.occupations, 1, 3);
  return {
    givenName: pick(next, origin.given),
    familyName: pick(next, origin.family),
    birthYear: 1975 + Math.floor(next() * 30),
    phone:
      next() > 0.3
        ? `+49 15${Math.floor(next() * 10)} ${String(1_000_000 + Math.floor(next() * 8_999_999))}`
        : null,
    nativeLanguage: origin.language,
    germanLevel,
    germanCertificate:
      germanLevel >= 'A2' && next() > 0.4
        ? {
            kind: pick(next, ['DTZ', 'telc', 'Goethe'] as const),
            level: germanLevel,
            issuedOn: daysBefore(input.today, 30 + Math.floor(next() * 500)),
          }
        : null,
    otherLanguages: next() > 0.5 ? [{ language: 'en', overall: pick(next, CEFR) }] : [],
    mathsLevel: pick(next, CORE.slice(1)),
    computerLevel: pick(next, CORE),
    schoolYears: 4 + Math.floor(next() * 9),
    schoolCountry: origin.country,
    competences,
    experience:
      next() > 0.35
        ? [{ occupationCode: occupations[0]!, years: 1 + Math.floor(next() * 12), country: origin.country }]
        : [],
    about: { text: pick(next, ABOUT[origin.textLang] ?? ABOUT['en']!), lang: origin.textLang },
    wishedOccupations: occupations,
    wishedKinds: pickSome(next, KINDS, 1, 2),
    hoursPerWeek: pick(next, [20, 30, 35, 39, 40]),
    earliestStart: daysBefore(input.today, -Math.floor(next() * 120)),
    homeTownAgs: input.townWeights
      ? input.towns[pickWeighted(next, input.townWeights)]!
      : pick(next, input.towns),
    travelKm: pick(next, [5, 10, 15, 25, 40]),
    drivingLicences: next() > 0.7 ? ['B'] : [],
    workPermit: pick(next, PERMITS),
  };
}
