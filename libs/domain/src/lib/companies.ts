// Company and offer vocabulary shared by API and web (companies feature).
import { CEFR_LEVELS, type CefrLevel } from './cefr';
import type { UiLanguage } from './languages';

/** What a firm offers a candidate: a job, an apprenticeship ("Ausbildung"), an internship or an entry qualification ("EQ"). */
export const OFFER_KINDS = ['job', 'apprenticeship', 'internship', 'eq'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Only `open` offers appear on the public job board, and only until their closing date. */
export const OFFER_STATUSES = ['draft', 'open', 'filled', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Where an offer or a company record came from. */
export const RECORD_SOURCES = ['passgenau', 'ba-jobsuche'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/**
 * How an offer's occupation code was found: picked by the employer, or matched by the job-agency
 * import on a German preferred or alternative ESCO label, or not found (`unmapped`).
 */
export const OCCUPATION_MAPPINGS = ['manual', 'preferred-label', 'alternative-label', 'unmapped'] as const;
export type OccupationMapping = (typeof OCCUPATION_MAPPINGS)[number];

/** Number of people working in the firm (the EU's micro/small/medium/large bands). */
export const COMPANY_SIZE_BANDS = ['1-9', '10-49', '50-249', '250+'] as const;
export type CompanySizeBand = (typeof COMPANY_SIZE_BANDS)[number];

/** ISO 639-1 or 639-3 code in lower case ("de", "ar", "prs" for Dari). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

export type LocalisedNames = Record<UiLanguage, string>;

export interface WzSection {
  code: string;
  names: LocalisedNames;
}

/**
 * Sections of the German classification of economic activities, WZ 2008 (= NACE Rev. 2).
 * German and English are the official titles (shortened where the official one runs to a
 * paragraph); Arabic, Farsi and Ukrainian are the product's own translations.
 */
export const WZ_SECTIONS: readonly WzSection[] = [
  {
    code: 'A',
    names: {
      de: 'Land- und Forstwirtschaft, Fischerei',
      en: 'Agriculture, forestry and fishing',
      ar: 'الزراعة والحراجة وصيد الأسماك',
      fa: 'کشاورزی، جنگلداری و ماهیگیری',
      uk: 'Сільське, лісове та рибне господарство',
    },
  },
  {
    code: 'B',
    names: {
      de: 'Bergbau und Gewinnung von Steinen und Erden',
      en: 'Mining and quarrying',
      ar: 'التعدين واستغلال المحاجر',
      fa: 'معدن و استخراج سنگ',
      uk: 'Добувна промисловість і розроблення кар’єрів',
    },
  },
  {
    code: 'C',
    names: {
      de: 'Verarbeitendes Gewerbe',
      en: 'Manufacturing',
      ar: 'الصناعة التحويلية',
      fa: 'صنعت و تولید',
      uk: 'Переробна промисловість',
    },
  },
  {
    code: 'D',
    names: {
      de: 'Energieversorgung',
      en: 'Electricity, gas, steam and air conditioning supply',
      ar: 'إمدادات الكهرباء والغاز والبخار وتكييف الهواء',
      fa: 'تأمین برق، گاز، بخار و تهویه مطبوع',
      uk: 'Постачання електроенергії, газу, пари та кондиційованого повітря',
    },
  },
  {
    code: 'E',
    names: {
      de: 'Wasserversorgung; Abwasser- und Abfallentsorgung',
      en: 'Water supply; sewerage, waste management and remediation',
      ar: 'إمدادات المياه والصرف الصحي وإدارة النفايات',
      fa: 'تأمین آب، فاضلاب و مدیریت پسماند',
      uk: 'Водопостачання, каналізація, поводження з відходами',
    },
  },
  {
    code: 'F',
    names: {
      de: 'Baugewerbe',
      en: 'Construction',
      ar: 'البناء والتشييد',
      fa: 'ساختمان‌سازی',
      uk: 'Будівництво',
    },
  },
  {
    code: 'G',
    names: {
      de: 'Handel; Instandhaltung und Reparatur von Kraftfahrzeugen',
      en: 'Wholesale and retail trade; repair of motor vehicles',
      ar: 'تجارة الجملة والتجزئة وإصلاح المركبات',
      fa: 'عمده‌فروشی و خرده‌فروشی، تعمیر خودرو',
      uk: 'Оптова та роздрібна торгівля; ремонт автотранспортних засобів',
    },
  },
  {
    code: 'H',
    names: {
      de: 'Verkehr und Lagerei',
      en: 'Transportation and storage',
      ar: 'النقل والتخزين',
      fa: 'حمل و نقل و انبارداری',
      uk: 'Транспорт і складське господарство',
    },
  },
  {
    code: 'I',
    names: {
      de: 'Gastgewerbe',
      en: 'Accommodation and food service activities',
      ar: 'خدمات الإقامة والطعام',
      fa: 'هتلداری و رستوران',
      uk: 'Тимчасове розміщення й організація харчування',
    },
  },
  {
    code: 'J',
    names: {
      de: 'Information und Kommunikation',
      en: 'Information and communication',
      ar: 'المعلومات والاتصالات',
      fa: 'اطلاعات و ارتباطات',
      uk: 'Інформація та телекомунікації',
    },
  },
  {
    code: 'K',
    names: {
      de: 'Finanz- und Versicherungsdienstleistungen',
      en: 'Financial and insurance activities',
      ar: 'الأنشطة المالية وأنشطة التأمين',
      fa: 'خدمات مالی و بیمه',
      uk: 'Фінансова та страхова діяльність',
    },
  },
  {
    code: 'L',
    names: {
      de: 'Grundstücks- und Wohnungswesen',
      en: 'Real estate activities',
      ar: 'الأنشطة العقارية',
      fa: 'املاک و مستغلات',
      uk: 'Операції з нерухомим майном',
    },
  },
  {
    code: 'M',
    names: {
      de: 'Freiberufliche, wissenschaftliche und technische Dienstleistungen',
      en: 'Professional, scientific and technical activities',
      ar: 'الأنشطة المهنية والعلمية والتقنية',
      fa: 'خدمات تخصصی، علمی و فنی',
      uk: 'Професійна, наукова та технічна діяльність',
    },
  },
  {
    code: 'N',
    names: {
      de: 'Sonstige wirtschaftliche Dienstleistungen',
      en: 'Administrative and support service activities',
      ar: 'الخدمات الإدارية وخدمات الدعم',
      fa: 'خدمات اداری و پشتیبانی',
      uk: 'Адміністративне та допоміжне обслуговування',
    },
  },
  {
    code: 'O',
    names: {
      de: 'Öffentliche Verwaltung, Verteidigung; Sozialversicherung',
      en: 'Public administration and defence; compulsory social security',
      ar: 'الإدارة العامة والدفاع والضمان الاجتماعي',
      fa: 'اداره امور عمومی، دفاع و تأمین اجتماعی',
      uk: 'Державне управління й оборона; соціальне страхування',
    },
  },
  {
    code: 'P',
    names: { de: 'Erziehung und Unterricht', en: 'Education', ar: 'التعليم', fa: 'آموزش', uk: 'Освіта' },
  },
  {
    code: 'Q',
    names: {
      de: 'Gesundheits- und Sozialwesen',
      en: 'Human health and social work activities',
      ar: 'الصحة والعمل الاجتماعي',
      fa: 'بهداشت، درمان و مددکاری اجتماعی',
      uk: 'Охорона здоров’я та соціальна допомога',
    },
  },
  {
    code: 'R',
    names: {
      de: 'Kunst, Unterhaltung und Erholung',
      en: 'Arts, entertainment and recreation',
      ar: 'الفنون والترفيه والتسلية',
      fa: 'هنر، سرگرمی و تفریح',
      uk: 'Мистецтво, спорт, розваги та відпочинок',
    },
  },
  {
    code: 'S',
    names: {
      de: 'Sonstige Dienstleistungen',
      en: 'Other service activities',
      ar: 'أنشطة الخدمات الأخرى',
      fa: 'سایر خدمات',
      uk: 'Інші види послуг',
    },
  },
  {
    code: 'T',
    names: {
      de: 'Private Haushalte mit Hauspersonal',
      en: 'Activities of households as employers',
      ar: 'الأسر المعيشية بصفتها صاحبة عمل',
      fa: 'خانوارها به‌عنوان کارفرما',
      uk: 'Домашні господарства як роботодавці',
    },
  },
  {
    code: 'U',
    names: {
      de: 'Exterritoriale Organisationen und Körperschaften',
      en: 'Extraterritorial organisations and bodies',
      ar: 'المنظمات والهيئات الدولية',
      fa: 'سازمان‌ها و نهادهای برون‌مرزی',
      uk: 'Екстериторіальні організації та органи',
    },
  },
];

export const WZ_SECTION_CODES: readonly string[] = WZ_SECTIONS.map((s) => s.code);

export function isWzSection(value: unknown): value is string {
  return typeof value === 'string' && WZ_SECTION_CODES.includes(value);
}

/**
 * Occupational fields of the job board: the product's own curated list (the `field` column of
 * the curated occupations). Occupations outside that list get a field through their ISCO-08
 * group, see {@link occupationalField}.
 */
export const OCCUPATIONAL_FIELDS = [
  'crafts',
  'construction',
  'logistics',
  'care',
  'cleaning',
  'gastronomy',
  'retail',
  'agriculture',
  'production',
  'metal',
  'electrical',
  'automotive',
  'office',
  'it',
  'education',
  'social',
  'other',
] as const;
export type OccupationalField = (typeof OCCUPATIONAL_FIELDS)[number];

export const OCCUPATIONAL_FIELD_NAMES: Record<OccupationalField, LocalisedNames> = {
  crafts: {
    de: 'Handwerk',
    en: 'Crafts and trades',
    ar: 'الحرف اليدوية',
    fa: 'حرفه‌های فنی و پیشه‌وری',
    uk: 'Ремесла',
  },
  construction: { de: 'Bau', en: 'Construction', ar: 'البناء', fa: 'ساختمان‌سازی', uk: 'Будівництво' },
  logistics: {
    de: 'Lager und Logistik',
    en: 'Warehouse and logistics',
    ar: 'المستودعات والخدمات اللوجستية',
    fa: 'انبارداری و لجستیک',
    uk: 'Склад і логістика',
  },
  care: {
    de: 'Pflege und Gesundheit',
    en: 'Care and health',
    ar: 'الرعاية والصحة',
    fa: 'مراقبت و بهداشت',
    uk: 'Догляд і охорона здоров’я',
  },
  cleaning: { de: 'Reinigung', en: 'Cleaning', ar: 'التنظيف', fa: 'نظافت', uk: 'Прибирання' },
  gastronomy: {
    de: 'Gastronomie und Lebensmittel',
    en: 'Hospitality and food',
    ar: 'المطاعم والأغذية',
    fa: 'رستوران و مواد غذایی',
    uk: 'Гастрономія та харчування',
  },
  retail: {
    de: 'Handel und Verkauf',
    en: 'Retail and sales',
    ar: 'التجارة والمبيعات',
    fa: 'فروش و خرده‌فروشی',
    uk: 'Торгівля та продаж',
  },
  agriculture: {
    de: 'Landwirtschaft, Wein- und Gartenbau',
    en: 'Agriculture, vineyards and gardening',
    ar: 'الزراعة والكروم والبستنة',
    fa: 'کشاورزی، تاکداری و باغبانی',
    uk: 'Сільське господарство, виноградарство й садівництво',
  },
  production: { de: 'Produktion', en: 'Production', ar: 'الإنتاج', fa: 'تولید', uk: 'Виробництво' },
  metal: { de: 'Metall', en: 'Metalworking', ar: 'أعمال المعادن', fa: 'فلزکاری', uk: 'Металообробка' },
  electrical: { de: 'Elektro', en: 'Electrical', ar: 'الكهرباء', fa: 'برق', uk: 'Електротехніка' },
  automotive: {
    de: 'Kfz und Fahrzeuge',
    en: 'Vehicles',
    ar: 'السيارات والمركبات',
    fa: 'خودرو',
    uk: 'Автомобілі та транспорт',
  },
  office: {
    de: 'Büro und Verwaltung',
    en: 'Office and administration',
    ar: 'المكتب والإدارة',
    fa: 'اداری و دفتری',
    uk: 'Офіс і адміністрація',
  },
  it: { de: 'IT', en: 'IT', ar: 'تكنولوجيا المعلومات', fa: 'فناوری اطلاعات', uk: 'ІТ' },
  education: {
    de: 'Erziehung und Bildung',
    en: 'Education',
    ar: 'التربية والتعليم',
    fa: 'آموزش و پرورش',
    uk: 'Освіта та виховання',
  },
  social: {
    de: 'Soziales',
    en: 'Social work',
    ar: 'العمل الاجتماعي',
    fa: 'مددکاری اجتماعی',
    uk: 'Соціальна робота',
  },
  other: { de: 'Sonstiges', en: 'Other', ar: 'أخرى', fa: 'سایر', uk: 'Інше' },
};

export function isOccupationalField(value: unknown): value is OccupationalField {
  return typeof value === 'string' && (OCCUPATIONAL_FIELDS as readonly string[]).includes(value);
}

// ISCO-08 group prefixes → field; the longest matching prefix wins.
const ISCO_FIELD_PREFIXES: ReadonlyArray<[string, OccupationalField]> = [
  ['0', 'other'],
  ['1', 'other'],
  ['2', 'other'],
  ['22', 'care'],
  ['23', 'education'],
  ['24', 'office'],
  ['25', 'it'],
  ['2634', 'social'],
  ['2635', 'social'],
  ['3', 'other'],
  ['32', 'care'],
  ['33', 'office'],
  ['3412', 'social'],
  ['35', 'it'],
  ['4', 'office'],
  ['5', 'other'],
  ['512', 'gastronomy'],
  ['513', 'gastronomy'],
  ['514', 'crafts'],
  ['515', 'cleaning'],
  ['52', 'retail'],
  ['53', 'care'],
  ['6', 'agriculture'],
  ['71', 'construction'],
  ['713', 'crafts'],
  ['72', 'metal'],
  ['7231', 'automotive'],
  ['73', 'crafts'],
  ['74', 'electrical'],
  ['75', 'crafts'],
  ['751', 'gastronomy'],
  ['8', 'production'],
  ['83', 'logistics'],
  ['834', 'construction'],
  ['9', 'other'],
  ['91', 'cleaning'],
  ['92', 'agriculture'],
  ['931', 'construction'],
  ['932', 'production'],
  ['933', 'logistics'],
  ['94', 'gastronomy'],
  ['95', 'retail'],
  ['96', 'cleaning'],
];

/**
 * The occupational field of an occupation: its curated field when the product curates it, else
 * the field its ISCO-08 group falls into, else `other`.
 */
export function occupationalField(
  curatedField: string | null | undefined,
  iscoGroup: string | null | undefined,
): OccupationalField {
  if (isOccupationalField(curatedField)) return curatedField;
  let best: [string, OccupationalField] | null = null;
  for (const entry of ISCO_FIELD_PREFIXES) {
    if (iscoGroup?.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1] ?? 'other';
}

/** The parts of German an offer may set a minimum for (CEFR scales). */
export const GERMAN_SKILLS = ['understanding', 'speaking', 'writing'] as const;
export type GermanSkill = (typeof GERMAN_SKILLS)[number];

export interface GermanMinimum {
  overall: CefrLevel | null;
  understanding: CefrLevel | null;
  speaking: CefrLevel | null;
  writing: CefrLevel | null;
}

/** The highest level an offer asks for in any part of German, or null when it asks for none. */
export function highestGermanMinimum(minimum: GermanMinimum): CefrLevel | null {
  const levels = [minimum.overall, ...GERMAN_SKILLS.map((skill) => minimum[skill])].filter(
    (l): l is CefrLevel => l !== null,
  );
  if (levels.length === 0) return null;
  return levels.reduce((a, b) => (CEFR_LEVELS.indexOf(a) >= CEFR_LEVELS.indexOf(b) ? a : b));
}

/** True when someone at `level` in every part of German meets the offer's minimum. */
export function meetsGermanMinimum(minimum: GermanMinimum, level: CefrLevel): boolean {
  const highest = highestGermanMinimum(minimum);
  return highest === null || CEFR_LEVELS.indexOf(highest) <= CEFR_LEVELS.indexOf(level);
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Mean earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

export function isValidGeoPoint(point: { lat: unknown; lon: unknown }): point is GeoPoint {
  const { lat, lon } = point;
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  );
}

/** Great-circle distance between two points in kilometres (haversine formula). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
