import type { Profile } from '../features/profiles/api/schemas';

export const PROFILE_CANDIDATE_ID = '6b0e8f0e-3c55-4f4b-9d8e-0c2f8f0d6a12';

/** A draft profile of a Ukrainian candidate with one competence and no outside evidence yet. */
export function createProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    candidateId: PROFILE_CANDIDATE_ID,
    pseudonym: 'K-GBBF',
    givenName: 'Oksana',
    familyName: 'Kovalenko',
    birthYear: null,
    phone: null,
    status: 'draft',
    publishedAt: null,
    confirmedAt: null,
    languages: [
      { language: 'de', native: false, overall: 'B1', understanding: null, speaking: null, writing: null },
      { language: 'uk', native: true, overall: null, understanding: null, speaking: null, writing: null },
    ],
    germanCertificates: [],
    mathsLevel: null,
    computerLevel: null,
    competences: [
      {
        code: 'http://data.europa.eu/esco/skill/welding',
        kind: 'skill',
        labels: {
          de: { text: 'Schweißgeräte bedienen', source: 'passgenau' },
          uk: { text: 'зварювання', source: 'passgenau' },
        },
        evidence: [],
      },
    ],
    schooling: { years: null, country: null, level: null },
    education: [],
    experience: [],
    texts: [],
    wishes: { occupations: [], kinds: ['job'], hoursPerWeek: null, earliestStart: null },
    mobility: {
      homeTownAgs: '08119079',
      homeTownName: 'Waiblingen',
      homePlace: null,
      travelKm: null,
      travelMinutes: null,
      drivingLicences: [],
    },
    workPermit: 'unknown',
    completeness: {
      percent: 45,
      missing: [
        'other_languages',
        'core_skills',
        'evidence',
        'schooling',
        'experience_or_education',
        'availability',
      ],
      publishable: true,
    },
    visibility: { visible: false, since: null, reasons: ['draft', 'no_consent'], reconfirmBy: null },
    updatedAt: null,
    updatedBy: null,
    updatedOnBehalf: false,
    employerNotices: [],
    ...overrides,
  };
}
