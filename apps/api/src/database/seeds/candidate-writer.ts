import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { pseudonymFromBytes, SEARCHABLE_PROFILE_CONSENT } from '@passgenau/domain';
import type { GeneratedCandidate } from './candidate-generator';
import { insertBatched } from './reference-data.seeder';

/**
 * Writes generated candidates with published, consented profiles in a few multi-row statements
 * per batch: fast enough for 100,000 benchmark profiles. Accounts have no password (demo or
 * synthetic people never sign in) and a login name `<prefix>-<n>`.
 */
export async function writeGeneratedCandidates(
  dataSource: DataSource,
  candidates: GeneratedCandidate[],
  options: {
    loginPrefix: string;
    startIndex: number;
    isDemo: boolean;
    mentorAccountId: string | null;
    /**
     * Benchmarks only: write without firing triggers (no search outbox rows; foreign keys are not
     * re-checked either, the generated rows are consistent) when a full index rebuild follows.
     */
    withoutTriggers?: boolean;
  },
): Promise<void> {
  const existing = new Set<string>(
    ((await dataSource.query(`SELECT pseudonym FROM candidate_profile`)) as Array<{ pseudonym: string }>).map(
      (r) => r.pseudonym,
    ),
  );
  const pseudonym = () => {
    for (;;) {
      const p = pseudonymFromBytes(randomBytes(5), 5);
      if (!existing.has(p)) {
        existing.add(p);
        return p;
      }
    }
  };
  await dataSource.transaction(async (manager) => {
    if (options.withoutTriggers) await manager.query(`SET LOCAL session_replication_role = replica`);
    const rows = {
      account: [] as unknown[][],
      candidate: [] as unknown[][],
      profile: [] as unknown[][],
      language: [] as unknown[][],
      certificate: [] as unknown[][],
      competence: [] as unknown[][],
      evidence: [] as unknown[][],
      experience: [] as unknown[][],
      text: [] as unknown[][],
      consent: [] as unknown[][],
      mentorship: [] as unknown[][],
    };
    candidates.forEach((c, i) => {
      const accountId = randomUUID();
      const candidateId = randomUUID();
      const n = String(options.startIndex + i).padStart(6, '0');
      rows.account.push([
        accountId,
        `${options.loginPrefix}-${n}`,
        'candidate',
        `${c.givenName} ${c.familyName}`,
        c.nativeLanguage === 'prs'
          ? 'fa'
          : ['ar', 'fa', 'uk'].includes(c.nativeLanguage)
            ? c.nativeLanguage
            : 'de',
        options.isDemo,
      ]);
      rows.candidate.push([candidateId, accountId, c.givenName, c.familyName, c.birthYear, c.phone]);
      rows.profile.push([
        candidateId,
        pseudonym(),
        'published',
        c.mathsLevel,
        c.computerLevel,
        c.schoolYears,
        c.schoolCountry,
        'lower_secondary',
        c.wishedOccupations,
        c.wishedKinds,
        c.hoursPerWeek,
        c.earliestStart,
        c.homeTownAgs,
        c.travelKm,
        c.drivingLicences,
        c.workPermit,
      ]);
      rows.language.push([candidateId, c.nativeLanguage, true, 'C2']);
      rows.language.push([candidateId, 'de', false, c.germanLevel]);
      for (const other of c.otherLanguages)
        rows.language.push([candidateId, other.language, false, other.overall]);
      if (c.germanCertificate)
        rows.certificate.push([
          candidateId,
          c.germanCertificate.kind,
          c.germanCertificate.level,
          c.germanCertificate.issuedOn,
        ]);
      for (const competence of c.competences) {
        const competenceId = randomUUID();
        rows.competence.push([competenceId, candidateId, competence.code]);
        for (const e of competence.evidence) {
          rows.evidence.push([
            competenceId,
            e.kind,
            e.level,
            e.kind === 'mentor' ? e.observedOn : null,
            e.kind === 'mentor' ? 'Ehrenamtliche Mentorin' : null,
            e.kind === 'provider' ? e.provider : null,
            e.kind === 'provider' ? e.procedure : null,
            e.kind === 'provider' ? e.assessedOn : null,
            e.kind === 'provider' && e.confirmed ? new Date() : null,
          ]);
        }
      }
      for (const x of c.experience) rows.experience.push([candidateId, x.occupationCode, x.years, x.country]);
      rows.text.push([
        candidateId,
        'about',
        'original',
        c.about.text,
        c.about.lang,
        `${c.givenName} ${c.familyName}`,
      ]);
      rows.consent.push([
        candidateId,
        'searchable_profile',
        SEARCHABLE_PROFILE_CONSENT.version,
        accountId,
        false,
      ]);
      if (options.mentorAccountId && i % 4 === 0)
        rows.mentorship.push([candidateId, options.mentorAccountId, accountId]);
    });
    await insertBatched(
      manager,
      'account',
      ['id', 'login_name', 'role', 'display_name', 'preferred_language', 'is_demo'],
      rows.account,
    );
    await insertBatched(
      manager,
      'candidate',
      ['id', 'account_id', 'given_name', 'family_name', 'birth_year', 'phone'],
      rows.candidate,
    );
    await insertBatched(
      manager,
      'candidate_profile',
      [
        'candidate_id',
        'pseudonym',
        'status',
        'maths_level',
        'computer_level',
        'school_years',
        'school_country',
        'school_level',
        'wished_occupations',
        'wished_kinds',
        'hours_per_week',
        'earliest_start',
        'home_town_ags',
        'travel_km',
        'driving_licences',
        'work_permit',
      ],
      rows.profile,
    );
    await manager.query(
      `UPDATE candidate_profile SET published_at = now(), confirmed_at = now() WHERE candidate_id = ANY($1)`,
      [rows.candidate.map((r) => r[0])],
    );
    await insertBatched(
      manager,
      'profile_language',
      ['candidate_id', 'language', 'native', 'overall'],
      rows.language,
    );
    await insertBatched(
      manager,
      'german_certificate',
      ['candidate_id', 'kind', 'level', 'issued_on'],
      rows.certificate,
    );
    await insertBatched(
      manager,
      'profile_competence',
      ['id', 'candidate_id', 'concept_code'],
      rows.competence,
    );
    await insertBatched(
      manager,
      'competence_evidence',
      [
        'competence_id',
        'kind',
        'level',
        'observed_on',
        'observed_by_name',
        'provider',
        'procedure',
        'assessed_on',
        'confirmed_at',
      ],
      rows.evidence,
    );
    await insertBatched(
      manager,
      'profile_experience',
      ['candidate_id', 'occupation_code', 'years', 'country'],
      rows.experience,
    );
    await insertBatched(
      manager,
      'profile_text',
      ['candidate_id', 'subject', 'version', 'text', 'lang', 'written_by_name'],
      rows.text,
    );
    await insertBatched(
      manager,
      'consent_record',
      ['candidate_id', 'purpose', 'text_version', 'granted_by_account_id', 'granted_on_behalf'],
      rows.consent,
    );
    await insertBatched(
      manager,
      'mentorship',
      ['candidate_id', 'mentor_account_id', 'granted_by_account_id'],
      rows.mentorship,
    );
  });
}

/** Curated occupations and skills and the district's towns: what generated profiles draw from. */
export async function generatorInput(dataSource: DataSource, today: Date) {
  const q = async (sql: string) => ((await dataSource.query(sql)) as Array<{ v: string }>).map((r) => r.v);
  return {
    occupations: await q(
      `SELECT code AS v FROM taxonomy_concept WHERE kind = 'occupation' AND curated_field IS NOT NULL ORDER BY code`,
    ),
    skills: await q(
      `SELECT code AS v FROM taxonomy_concept WHERE kind = 'skill' AND curated_field IS NOT NULL AND curated_field NOT IN ('language') ORDER BY code`,
    ),
    towns: await q(`SELECT ags AS v FROM town ORDER BY ags`),
    today,
  };
}
