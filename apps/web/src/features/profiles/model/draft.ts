import type {
  CefrLevel,
  ConceptLabels,
  CoreSkillLevel,
  DrivingLicence,
  EvidenceLevel,
  SchoolLevel,
  WorkKind,
  WorkPermit,
} from '@passgenau/domain';
import type {
  Certificate,
  Education,
  Evidence,
  LanguageSkill,
  Profile,
  TextSubject,
  TextVersion,
  UpdateProfileBody,
} from '../api/schemas';

/**
 * One competence as the wizard edits it. The viewer edits only what they may author: the own
 * assessment and, for a mentor, their own observation. Other mentors' observations and provider
 * assessments are shown read-only and never sent back as the viewer's own.
 */
export interface DraftCompetence {
  code: string;
  labels: ConceptLabels;
  selfLevel: EvidenceLevel | null;
  /** Id of the stored own assessment, so saving updates it instead of recording a new one. */
  selfId?: string;
  /** The signed-in mentor's own observation (date and level); null when there is none. */
  mentor: { id?: string; level: EvidenceLevel | null; observedOn: string } | null;
  /** Evidence by others (other mentors, providers): read-only. */
  otherEvidence: Evidence[];
}

export interface DraftText {
  subject: TextSubject;
  original: { text: string; lang: string; readOnly?: TextVersion } | null;
  tidied: { text: string; lang: string } | null;
}

export interface ProfileDraft {
  birthYear: number | null;
  phone: string;
  languages: Array<Omit<LanguageSkill, 'overall'> & { overall: CefrLevel | null }>;
  germanCertificates: Array<Omit<Certificate, 'name'> & { name: string }>;
  mathsLevel: CoreSkillLevel | null;
  computerLevel: CoreSkillLevel | null;
  competences: DraftCompetence[];
  schooling: { years: number | null; country: string; level: SchoolLevel | null };
  education: Array<Omit<Education, 'occupationLabels'> & { occupationLabels: ConceptLabels }>;
  experience: Array<{
    occupationCode: string;
    occupationLabels: ConceptLabels;
    years: number;
    country: string;
  }>;
  texts: DraftText[];
  wishes: {
    occupations: Array<{ code: string; labels: ConceptLabels }>;
    kinds: WorkKind[];
    hoursPerWeek: number | null;
    earliestStart: string;
  };
  mobility: {
    homeTownAgs: string | null;
    homePlace: string;
    travelKm: number | null;
    travelMinutes: number | null;
    drivingLicences: DrivingLicence[];
  };
  workPermit: WorkPermit;
}

/** The draft the wizard starts from: what the server holds, seen by the signed-in account. */
export function draftFromProfile(profile: Profile, viewerAccountId: string | null): ProfileDraft {
  return {
    birthYear: profile.birthYear,
    phone: profile.phone ?? '',
    languages: profile.languages.map((language) => ({ ...language })),
    germanCertificates: profile.germanCertificates.map((certificate) => ({
      ...certificate,
      name: certificate.name ?? '',
      issuedOn: certificate.issuedOn.slice(0, 10),
    })),
    mathsLevel: profile.mathsLevel,
    computerLevel: profile.computerLevel,
    competences: profile.competences.map((competence) => {
      const self = competence.evidence.find((evidence) => evidence.kind === 'self');
      const isOwnObservation = (evidence: Evidence) =>
        evidence.kind === 'mentor' &&
        viewerAccountId !== null &&
        evidence.observedByAccountId === viewerAccountId;
      const mentor = competence.evidence.find(isOwnObservation);
      return {
        code: competence.code,
        labels: competence.labels,
        selfLevel: self?.level ?? null,
        ...(self ? { selfId: self.id } : {}),
        mentor: mentor
          ? { id: mentor.id, level: mentor.level, observedOn: (mentor.observedOn ?? '').slice(0, 10) }
          : null,
        otherEvidence: competence.evidence.filter(
          (evidence) => evidence.kind !== 'self' && !isOwnObservation(evidence),
        ),
      };
    }),
    schooling: {
      years: profile.schooling.years,
      country: profile.schooling.country ?? '',
      level: profile.schooling.level,
    },
    education: profile.education.map((education) => ({
      ...education,
      occupationLabels: education.occupationLabels ?? {},
    })),
    experience: profile.experience.map((experience) => ({
      occupationCode: experience.occupationCode,
      occupationLabels: experience.occupationLabels,
      years: experience.years,
      country: experience.country ?? '',
    })),
    texts: profile.texts.map((text) => ({
      subject: text.subject,
      original: text.original
        ? { text: text.original.text, lang: text.original.lang, readOnly: text.original }
        : null,
      tidied: text.tidied ? { text: text.tidied.text, lang: text.tidied.lang } : null,
    })),
    wishes: {
      occupations: profile.wishes.occupations.map(({ code, labels }) => ({ code, labels })),
      kinds: [...profile.wishes.kinds],
      hoursPerWeek: profile.wishes.hoursPerWeek,
      earliestStart: (profile.wishes.earliestStart ?? '').slice(0, 10),
    },
    mobility: {
      homeTownAgs: profile.mobility.homeTownAgs,
      homePlace: profile.mobility.homePlace ?? '',
      travelKm: profile.mobility.travelKm,
      travelMinutes: profile.mobility.travelMinutes,
      drivingLicences: [...profile.mobility.drivingLicences],
    },
    workPermit: profile.workPermit,
  };
}

function present<T>(value: T | null | undefined | ''): T | undefined {
  return value === null || value === undefined || value === '' ? undefined : (value as T);
}

/** The whole draft as PUT /api/candidates/:id/profile takes it; empty values are left out. */
export function draftToBody(draft: ProfileDraft): UpdateProfileBody {
  return {
    birthYear: present(draft.birthYear),
    phone: present(draft.phone.trim()),
    languages: draft.languages
      .filter((language) => language.language !== '')
      .map((language) => ({
        language: language.language,
        native: language.native || undefined,
        overall: present(language.overall),
        understanding: present(language.understanding),
        speaking: present(language.speaking),
        writing: present(language.writing),
      })),
    germanCertificates: draft.germanCertificates.map((certificate) => ({
      kind: certificate.kind,
      name: present(certificate.name.trim()),
      level: certificate.level,
      issuedOn: certificate.issuedOn,
    })),
    mathsLevel: present(draft.mathsLevel),
    computerLevel: present(draft.computerLevel),
    competences: draft.competences.map((competence) => ({
      code: competence.code,
      evidence: [
        ...(competence.selfLevel
          ? [
              {
                ...(competence.selfId ? { id: competence.selfId } : {}),
                kind: 'self' as const,
                level: competence.selfLevel,
              },
            ]
          : []),
        ...(competence.mentor
          ? [
              {
                ...(competence.mentor.id ? { id: competence.mentor.id } : {}),
                kind: 'mentor' as const,
                level: present(competence.mentor.level),
                observedOn: competence.mentor.observedOn,
              },
            ]
          : []),
      ],
    })),
    schooling: {
      years: present(draft.schooling.years),
      country: present(draft.schooling.country.trim().toUpperCase()),
      level: present(draft.schooling.level),
    },
    education: draft.education.map((education) => ({
      kind: education.kind,
      title: education.title,
      titleLang: education.titleLang,
      occupationCode: present(education.occupationCode),
      country: present(education.country?.trim().toUpperCase()),
      yearCompleted: present(education.yearCompleted),
      recognition: education.recognition,
    })),
    experience: draft.experience.map((experience) => ({
      occupationCode: experience.occupationCode,
      years: experience.years,
      country: present(experience.country.trim().toUpperCase()),
    })),
    texts: draft.texts.flatMap((text) => [
      ...(text.original && text.original.text.trim() !== ''
        ? [
            {
              subject: text.subject,
              version: 'original' as const,
              text: text.original.text,
              lang: text.original.lang,
            },
          ]
        : []),
      ...(text.tidied && text.tidied.text.trim() !== ''
        ? [
            {
              subject: text.subject,
              version: 'tidied' as const,
              text: text.tidied.text,
              lang: text.tidied.lang,
            },
          ]
        : []),
    ]),
    wishes: {
      occupations: draft.wishes.occupations.map((occupation) => occupation.code),
      kinds: draft.wishes.kinds,
      hoursPerWeek: present(draft.wishes.hoursPerWeek),
      earliestStart: present(draft.wishes.earliestStart),
    },
    mobility: {
      homeTownAgs: present(draft.mobility.homeTownAgs),
      homePlace: present(draft.mobility.homePlace.trim()),
      travelKm: present(draft.mobility.travelKm),
      travelMinutes: present(draft.mobility.travelMinutes),
      drivingLicences: draft.mobility.drivingLicences,
    },
    workPermit: draft.workPermit,
  };
}
