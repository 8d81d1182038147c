import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  completeness,
  employerPermitView,
  profileVisibility,
  strongestFirst,
  type CefrLevel,
  type ConceptLabels,
  type EvidenceLike,
  type PersonNames,
  type ProfileContent,
  withholdContactDetails,
} from '@passgenau/domain';
import { TaxonomyLabelsService } from '../taxonomy/taxonomy-labels.service';
import { ProfilesMessage } from './profiles.errors';
import {
  ProfilesRepository,
  type CandidateRow,
  type CertificateRow,
  type EducationRow,
  type ExperienceRow,
  type LanguageRow,
  type ProfileRow,
  type ProfileRows,
} from './profiles.repository';
import type {
  CompetenceResponse,
  EmployerNoticeResponse,
  EvidenceResponse,
  ProfileResponse,
  ProfileTextResponse,
  PseudonymousProfileResponse,
  TextVersionResponse,
} from './dto/profile.response';

/** DATE columns arrive as YYYY-MM-DD text (see PG_TYPES in data-source-options). */
const isoDate = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const isoTime = (value: unknown): string | null =>
  value instanceof Date ? value.toISOString() : value ? String(value) : null;

/** Every part of one candidate's profile, read in one go. */
export interface LoadedProfile {
  candidate: CandidateRow;
  profile: ProfileRow;
  consent: boolean;
  languages: LanguageRow[];
  certificates: CertificateRow[];
  competences: CompetenceResponse[];
  education: EducationRow[];
  experience: ExperienceRow[];
  texts: ProfileTextResponse[];
  labels: Map<string, { labels: ConceptLabels }>;
  townName: string | null;
}

/** Reads profiles through the repository and maps them to the responses (full and pseudonymous). */
@Injectable()
export class ProfileLoader {
  constructor(
    private readonly repository: ProfilesRepository,
    private readonly taxonomy: TaxonomyLabelsService,
  ) {}

  /** The profile row of a candidate, created (as an empty draft with a fresh pseudonym) on first use. */
  ensure(candidateId: string, manager?: EntityManager): Promise<void> {
    return this.repository.ensure(candidateId, manager);
  }

  async load(candidateId: string, manager?: EntityManager): Promise<LoadedProfile> {
    await this.ensure(candidateId, manager);
    const [loaded] = await this.loadMany([candidateId], manager);
    if (!loaded) throw new Error(`profile of ${candidateId} vanished while loading`);
    return loaded;
  }

  /** Profiles that exist, in the order asked for, in a constant number of queries. */
  async loadMany(candidateIds: string[], manager?: EntityManager): Promise<LoadedProfile[]> {
    const rows = await this.repository.loadMany(candidateIds, manager);
    const codes = [...rows.values()].flatMap((r) => [
      ...r.competences.map((c) => c.concept_code),
      ...r.education.flatMap((e) => (e.occupation_code ? [e.occupation_code] : [])),
      ...r.experience.map((e) => e.occupation_code),
      ...r.profile.wished_occupations,
    ]);
    const labels = await this.taxonomy.lookup(codes, manager);
    return candidateIds.flatMap((id) => {
      const r = rows.get(id);
      return r ? [this.assemble(r, labels)] : [];
    });
  }

  private assemble(
    r: ProfileRows,
    labels: Map<string, { kind: string; labels: ConceptLabels }>,
  ): LoadedProfile {
    const competences: CompetenceResponse[] = r.competences.map((c) => {
      const evidence: Array<EvidenceResponse & EvidenceLike> = r.evidence
        .filter((e) => e.competence_id === c.id)
        .map((e) => ({
          id: e.id,
          kind: e.kind,
          level: e.level,
          observedBy: e.observer_name ?? e.observed_by_name ?? null,
          observedByAccountId: e.observed_by_account_id ?? null,
          observedOn: isoDate(e.observed_on),
          provider: e.provider,
          procedure: e.procedure,
          assessedOn: isoDate(e.assessed_on),
          confirmedByIba: e.confirmed_at !== null,
          confirmedAt: isoTime(e.confirmed_at),
        }));
      const known = labels.get(c.concept_code);
      return {
        code: c.concept_code,
        kind: known?.kind ?? 'skill',
        labels: known?.labels ?? {},
        evidence: strongestFirst(evidence).map(({ confirmedAt: _c, ...rest }) => rest as EvidenceResponse),
      };
    });
    const bySubject = new Map<string, ProfileTextResponse>();
    for (const t of r.texts) {
      const entry = bySubject.get(t.subject) ?? { subject: t.subject, original: null, tidied: null };
      const version: TextVersionResponse = {
        text: t.text,
        lang: t.lang,
        writtenBy: t.written_by_name,
        writtenAt: isoTime(t.written_at)!,
      };
      entry[t.version] = version;
      bySubject.set(t.subject, entry);
    }
    return {
      candidate: r.candidate,
      profile: r.profile,
      consent: r.consent,
      languages: r.languages,
      certificates: r.certificates,
      competences,
      education: r.education,
      experience: r.experience,
      texts: [...bySubject.values()],
      labels,
      townName: r.profile.town_name ?? null,
    };
  }

  content(p: LoadedProfile): ProfileContent {
    const german = p.languages.find((l) => l['language'] === 'de');
    const germanLevel = (german?.['overall'] ??
      german?.['speaking'] ??
      german?.['understanding'] ??
      p.certificates[0]?.['level'] ??
      null) as CefrLevel | null;
    return {
      germanLevel,
      otherLanguages: p.languages.filter((l) => l['language'] !== 'de').length,
      mathsLevel: p.profile['maths_level'],
      computerLevel: p.profile['computer_level'],
      competences: p.competences.length,
      competencesWithOutsideEvidence: p.competences.filter((c) => c.evidence.some((e) => e.kind !== 'self'))
        .length,
      schooling: p.profile['school_years'] !== null || p.profile['school_level'] !== null,
      experienceOrEducation: p.experience.length + p.education.length,
      wishedKinds: (p.profile['wished_kinds'] as string[]).length,
      availability: p.profile['earliest_start'] !== null || p.profile['hours_per_week'] !== null,
      homePlace: p.profile['home_town_ags'] !== null || Boolean(p.profile['home_place']),
      workPermitKnown: p.profile['work_permit'] !== 'unknown',
    };
  }

  private common(p: LoadedProfile) {
    const occupationRef = (code: string) => ({ code, labels: p.labels.get(code)?.labels ?? {} });
    return {
      languages: p.languages.map((l) => ({
        language: l['language'],
        native: l['native'],
        overall: l['overall'],
        understanding: l['understanding'],
        speaking: l['speaking'],
        writing: l['writing'],
      })),
      germanCertificates: p.certificates.map((c) => ({
        kind: c['kind'],
        name: c['name'],
        level: c['level'],
        issuedOn: isoDate(c['issued_on'])!,
      })),
      mathsLevel: p.profile['maths_level'],
      computerLevel: p.profile['computer_level'],
      competences: p.competences,
      schooling: {
        years: p.profile['school_years'],
        country: p.profile['school_country'],
        level: p.profile['school_level'],
      },
      education: p.education.map((e) => ({
        kind: e['kind'],
        title: e['title'],
        titleLang: e['title_lang'],
        occupationCode: e['occupation_code'],
        ...(e['occupation_code']
          ? { occupationLabels: p.labels.get(e['occupation_code'])?.labels ?? {} }
          : {}),
        country: e['country'],
        yearCompleted: e['year_completed'],
        recognition: e['recognition'],
      })),
      experience: p.experience.map((e) => ({
        occupationCode: e['occupation_code'],
        occupationLabels: p.labels.get(e['occupation_code'])?.labels ?? {},
        years: Number(e['years']),
        country: e['country'],
      })),
      wishes: {
        occupations: (p.profile['wished_occupations'] as string[]).map(occupationRef),
        kinds: p.profile['wished_kinds'],
        hoursPerWeek: p.profile['hours_per_week'],
        earliestStart: isoDate(p.profile['earliest_start']),
      },
    };
  }

  /** The candidate's names, which employers must not read in free text either. */
  private names(p: LoadedProfile): PersonNames {
    return { givenName: p.candidate.given_name, familyName: p.candidate.family_name };
  }

  /**
   * Free text that employers would read and that contains contact details or the candidate's name:
   * those parts are held back from the employer view, and the candidate and mentor are told here.
   */
  employerNotices(p: LoadedProfile): EmployerNoticeResponse[] {
    const names = this.names(p);
    const notices: EmployerNoticeResponse[] = [];
    const check = (field: string, text: string | null | undefined) => {
      if (!text) return;
      const { withheld } = withholdContactDetails(text, names);
      if (withheld.length > 0)
        notices.push({ field, withheld, message: ProfilesMessage.CONTACT_DETAILS_WITHHELD });
    };
    for (const t of p.texts) {
      const shown = t.tidied ? 'tidied' : 'original';
      check(`texts.${t.subject}.${shown}`, t[shown]?.text);
    }
    p.education.forEach((e, i) => check(`education.${i}.title`, e.title));
    p.certificates.forEach((c, i) => check(`germanCertificates.${i}.name`, c.name));
    return notices;
  }

  toFull(p: LoadedProfile, now = new Date()): ProfileResponse {
    const result = completeness(this.content(p));
    return {
      candidateId: p.candidate['id'],
      pseudonym: p.profile['pseudonym'],
      givenName: p.candidate['given_name'],
      familyName: p.candidate['family_name'],
      birthYear: p.candidate['birth_year'],
      phone: p.candidate['phone'],
      status: p.profile['status'],
      publishedAt: isoTime(p.profile['published_at']),
      confirmedAt: isoTime(p.profile['confirmed_at']),
      ...this.common(p),
      texts: p.texts,
      mobility: {
        homeTownAgs: p.profile['home_town_ags'],
        homeTownName: p.townName,
        homePlace: p.profile['home_place'],
        travelKm: p.profile['travel_km'],
        travelMinutes: p.profile['travel_minutes'],
        drivingLicences: p.profile['driving_licences'],
      },
      workPermit: p.profile['work_permit'],
      completeness: result,
      visibility: profileVisibility({
        status: p.profile['status'],
        publishedAt: isoTime(p.profile['published_at']),
        confirmedAt: isoTime(p.profile['confirmed_at']),
        consent: p.consent,
        publishable: result.publishable,
        now,
      }),
      updatedAt: isoTime(p.profile['updated_at']),
      updatedBy: p.profile['updated_by_name'] ?? null,
      updatedOnBehalf: p.profile['updated_on_behalf'],
      employerNotices: this.employerNotices(p),
    };
  }

  /** The employer view: built from a whitelist, so personal fields cannot slip through. */
  toPseudonymous(p: LoadedProfile): PseudonymousProfileResponse {
    const { competences, education, germanCertificates, ...rest } = this.common(p);
    const names = this.names(p);
    const clean = (text: string) => withholdContactDetails(text, names).text;
    return {
      pseudonym: p.profile['pseudonym'],
      ...rest,
      competences: competences.map((c) => ({
        ...c,
        evidence: c.evidence.map((e) => ({ ...e, observedBy: null, observedByAccountId: null })),
      })),
      education: education.map((e) => ({ ...e, title: clean(e.title) })),
      germanCertificates: germanCertificates.map((c) => ({
        ...c,
        name: c.name === null ? null : clean(c.name),
      })),
      texts: p.texts.flatMap((t): Array<TextVersionResponse & { subject: string }> => {
        const shown = t.tidied ?? t.original;
        return shown
          ? [
              {
                subject: t.subject,
                text: clean(shown.text),
                lang: shown.lang,
                writtenBy: null,
                writtenAt: shown.writtenAt,
              },
            ]
          : [];
      }),
      homeTownName: p.townName,
      travelKm: p.profile['travel_km'],
      travelMinutes: p.profile['travel_minutes'],
      drivingLicences: p.profile['driving_licences'],
      mayWork: employerPermitView(p.profile['work_permit']),
      completenessPercent: completeness(this.content(p)).percent,
    };
  }
}
