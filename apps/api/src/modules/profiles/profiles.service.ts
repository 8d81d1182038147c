import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { completeness, PUBLISH_MINIMUM } from '@passgenau/domain';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError, type FieldError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { CandidateAccessPolicy } from '../candidates/candidate-access.service';
import { CandidateSearchService } from '../candidate-search/candidate-search.service';
import { TaxonomyLabelsService } from '../taxonomy/taxonomy-labels.service';
import type { UpdateProfileDto } from './dto/profile.dto';
import type {
  ProfileListResponse,
  ProfileResponse,
  PseudonymousProfileResponse,
} from './dto/profile.response';
import type { ProfileListQuery } from './dto/profile-list.query';
import { planEvidence } from './evidence-plan';
import { ProfileLoader } from './profile.loader';
import { ProfilesMessage } from './profiles.errors';
import { ProfilesRepository, visibleToEmployersSql } from './profiles.repository';

/** SQL condition for profiles employers may see now (published, consent, not overdue for reconfirmation). */
export const VISIBLE_TO_EMPLOYERS = visibleToEmployersSql('p');

/** What must be there before employers see a profile, besides consent (from libs/domain). */
const PUBLISH_REQUIRED: readonly string[] = PUBLISH_MINIMUM;

@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProfilesRepository,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
    private readonly loader: ProfileLoader,
    private readonly taxonomy: TaxonomyLabelsService,
    private readonly candidateSearch: CandidateSearchService,
  ) {}

  /** Opening the profile is a read of personal data, logged once. */
  async get(auth: AuthContext, candidateId: string, meta: RequestMeta): Promise<ProfileResponse> {
    await this.access.assertCanRead(auth, candidateId);
    const profile = await this.current(candidateId);
    await this.accessLog.record(auth, [candidateId], 'read_profile', meta);
    return profile;
  }

  /** The profile as it is now, answered to a change by someone allowed to make it: not a read. */
  private async current(candidateId: string): Promise<ProfileResponse> {
    return this.loader.toFull(await this.loader.load(candidateId));
  }

  /** Every code must exist in the taxonomy (and be an occupation where an occupation is asked for). */
  private async checkCodes(dto: UpdateProfileDto): Promise<void> {
    const wanted: Array<{ code: string; field: string; occupation: boolean }> = [
      ...dto.competences.map((c, i) => ({ code: c.code, field: `competences.${i}.code`, occupation: false })),
      ...dto.education.flatMap((e, i) =>
        e.occupationCode
          ? [{ code: e.occupationCode, field: `education.${i}.occupationCode`, occupation: true }]
          : [],
      ),
      ...dto.experience.map((e, i) => ({
        code: e.occupationCode,
        field: `experience.${i}.occupationCode`,
        occupation: true,
      })),
      ...dto.wishes.occupations.map((code, i) => ({
        code,
        field: `wishes.occupations.${i}`,
        occupation: true,
      })),
    ];
    const known = await this.taxonomy.lookup(wanted.map((w) => w.code));
    const errors: FieldError[] = wanted
      .filter((w) => !known.has(w.code) || (w.occupation && known.get(w.code)!.kind !== 'occupation'))
      .map((w) => ({
        field: w.field,
        code: 'UNKNOWN_CODE',
        message: known.has(w.code) ? 'must be an occupation code' : 'unknown taxonomy code',
      }));
    if (dto.mobility.homeTownAgs) {
      if (!(await this.repository.townExists(dto.mobility.homeTownAgs)))
        errors.push({ code: 'UNKNOWN_TOWN', field: 'mobility.homeTownAgs', message: 'unknown town' });
    }
    const seen = new Set<string>();
    dto.competences.forEach((c, i) => {
      if (seen.has(c.code))
        errors.push({ code: 'DUPLICATE', field: `competences.${i}.code`, message: 'listed twice' });
      seen.add(c.code);
    });
    const languages = new Set<string>();
    dto.languages.forEach((l, i) => {
      if (languages.has(l.language))
        errors.push({ code: 'DUPLICATE', field: `languages.${i}.language`, message: 'listed twice' });
      languages.add(l.language);
    });
    dto.competences.forEach((c, i) =>
      c.evidence.forEach((e, j) => {
        if (e.kind === 'mentor' && !e.observedOn)
          errors.push({
            code: 'REQUIRED',
            field: `competences.${i}.evidence.${j}.observedOn`,
            message: 'required for mentor evidence',
          });
      }),
    );
    if (errors.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${errors.map((e) => e.field).join(', ')}`,
        errors,
      );
  }

  /**
   * Saves the whole draft at once (the wizard autosaves), in one transaction. Assessments by
   * providers are kept: they come only through the assessment import. Mentor evidence and texts
   * record who wrote them; a mentor's change is marked as made on the candidate's behalf.
   */
  async update(auth: AuthContext, candidateId: string, dto: UpdateProfileDto): Promise<ProfileResponse> {
    await this.access.assertCanEdit(auth, candidateId);
    await this.checkCodes(dto);
    const onBehalf = auth.candidateId !== candidateId;
    await this.dataSource.transaction(async (manager) => {
      await this.repository.ensure(candidateId, manager);
      await this.repository.lockProfile(candidateId, manager);
      await this.repository.updatePersonal(
        candidateId,
        { birthYear: dto.birthYear ?? null, phone: dto.phone ?? null },
        manager,
      );
      await this.repository.updateProfile(
        candidateId,
        {
          mathsLevel: dto.mathsLevel ?? null,
          computerLevel: dto.computerLevel ?? null,
          schoolYears: dto.schooling.years ?? null,
          schoolCountry: dto.schooling.country ?? null,
          schoolLevel: dto.schooling.level ?? null,
          wishedOccupations: [...new Set(dto.wishes.occupations)],
          wishedKinds: [...new Set(dto.wishes.kinds)],
          hoursPerWeek: dto.wishes.hoursPerWeek ?? null,
          earliestStart: dto.wishes.earliestStart ?? null,
          homeTownAgs: dto.mobility.homeTownAgs ?? null,
          homePlace: dto.mobility.homePlace?.trim() || null,
          travelKm: dto.mobility.travelKm ?? null,
          travelMinutes: dto.mobility.travelMinutes ?? null,
          drivingLicences: [...new Set(dto.mobility.drivingLicences)],
          workPermit: dto.workPermit,
          updatedByAccountId: auth.accountId,
          updatedOnBehalf: onBehalf,
        },
        manager,
      );
      await this.replaceLists(manager, auth, candidateId, dto);
      // A published profile that lost its minimum content goes back to draft rather than show gaps.
      const saved = await this.loader.load(candidateId, manager);
      if (saved.profile.status === 'published' && !completeness(this.loader.content(saved)).publishable) {
        await this.repository.backToDraft(candidateId, manager);
      }
    });
    return this.current(candidateId);
  }

  private async replaceLists(
    manager: EntityManager,
    auth: AuthContext,
    candidateId: string,
    dto: UpdateProfileDto,
  ): Promise<void> {
    await this.repository.replaceLanguages(
      candidateId,
      dto.languages.map((l) => ({
        language: l.language,
        native: l.native ?? false,
        overall: l.overall ?? null,
        understanding: l.understanding ?? null,
        speaking: l.speaking ?? null,
        writing: l.writing ?? null,
      })),
      manager,
    );
    await this.repository.replaceCertificates(
      candidateId,
      dto.germanCertificates.map((c) => ({
        kind: c.kind,
        name: c.name ?? null,
        level: c.level,
        issued_on: c.issuedOn,
      })),
      manager,
    );
    await this.saveCompetences(manager, auth, candidateId, dto);
    await this.repository.replaceEducation(
      candidateId,
      dto.education.map((e) => ({
        kind: e.kind,
        title: e.title.trim(),
        title_lang: e.titleLang,
        occupation_code: e.occupationCode ?? null,
        country: e.country ?? null,
        year_completed: e.yearCompleted ?? null,
        recognition: e.recognition,
      })),
      manager,
    );
    await this.repository.replaceExperience(
      candidateId,
      dto.experience.map((e) => ({
        occupation_code: e.occupationCode,
        years: e.years,
        country: e.country ?? null,
      })),
      manager,
    );
    // A text version is rewritten only when its words or language changed, so authorship stays true.
    const stored = await this.repository.texts(candidateId, manager);
    for (const t of dto.texts) {
      const current = stored.find((s) => s.subject === t.subject && s.version === t.version);
      if (current && current.text === t.text && current.lang === t.lang) continue;
      if (t.text.trim() === '') {
        if (current) await this.repository.deleteText(candidateId, t.subject, t.version, manager);
        continue;
      }
      await this.repository.writeText(
        candidateId,
        t,
        { accountId: auth.accountId, name: auth.displayName },
        manager,
      );
    }
  }

  /**
   * Competences and their evidence. Evidence keeps its author: a row is matched by its id (or, for
   * clients without ids, by kind and author on the same competence) and updated in place, never
   * deleted and re-inserted under the saver's name. Self evidence is the candidate's (a mentor may
   * change it on their behalf); mentor evidence only the mentor who observed it creates, changes or
   * removes; provider assessments come only through the assessment routes. Removing a competence
   * removes its evidence with it, which is the candidate's right.
   */
  private async saveCompetences(
    manager: EntityManager,
    auth: AuthContext,
    candidateId: string,
    dto: UpdateProfileDto,
  ): Promise<void> {
    const existing = await this.repository.existingEvidence(candidateId, manager);
    const plan = planEvidence(auth, dto, existing);
    if (plan.forbidden.length > 0)
      throw new DomainError('PROFILE_EVIDENCE_NOT_YOURS', ProfilesMessage.NOT_YOUR_EVIDENCE, plan.forbidden);
    if (plan.invalid.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${plan.invalid.map((e) => e.field).join(', ')}`,
        plan.invalid,
      );
    const competenceIds = await this.repository.keepCompetences(
      candidateId,
      dto.competences.map((c) => c.code),
      manager,
    );
    await this.repository.deleteEvidence(plan.remove, manager);
    await this.repository.updateEvidence(plan.update, manager);
    await this.repository.insertEvidence(
      plan.insert.map((n) => ({
        competenceId: competenceIds.get(n.code)!,
        kind: n.kind,
        level: n.level,
        observedByAccountId: n.kind === 'mentor' ? auth.accountId : null,
        observedByName: n.kind === 'mentor' ? auth.displayName : null,
        observedOn: n.observedOn,
        createdByAccountId: auth.accountId,
      })),
      manager,
    );
  }

  /** Employers see a profile only with consent and the minimum content (see PUBLISH_MINIMUM). */
  async publish(auth: AuthContext, candidateId: string): Promise<ProfileResponse> {
    await this.access.assertCanEdit(auth, candidateId);
    const loaded = await this.loader.load(candidateId);
    const result = completeness(this.loader.content(loaded));
    const errors: FieldError[] = [];
    if (!loaded.consent)
      errors.push({
        code: 'MISSING_FOR_STEP',
        field: 'consent',
        message: 'consent to a searchable profile is missing',
      });
    for (const item of result.missing.filter((m) => PUBLISH_REQUIRED.includes(m))) {
      errors.push({ code: 'MISSING_FOR_STEP', field: item, message: 'required before publishing' });
    }
    if (errors.length > 0)
      throw new DomainError(
        loaded.consent ? 'PROFILE_INCOMPLETE' : 'PROFILE_CONSENT_MISSING',
        ProfilesMessage.NOT_PUBLISHABLE,
        errors,
      );
    await this.repository.publish(candidateId);
    return this.current(candidateId);
  }

  async unpublish(auth: AuthContext, candidateId: string): Promise<ProfileResponse> {
    await this.access.assertCanEdit(auth, candidateId);
    await this.repository.ensure(candidateId);
    await this.repository.backToDraft(candidateId);
    return this.current(candidateId);
  }

  /** "Still up to date": restarts the 90 days; a profile hidden for being overdue comes back. */
  async reconfirm(auth: AuthContext, candidateId: string): Promise<ProfileResponse> {
    await this.access.assertCanEdit(auth, candidateId);
    if (!(await this.repository.reconfirm(candidateId)))
      throw new DomainError('PROFILE_NOT_PUBLISHED', ProfilesMessage.NOT_PUBLISHED, [
        { code: 'WRONG_STATE', field: 'status', message: 'not published' },
      ]);
    return this.current(candidateId);
  }

  /** Published profiles for employers, in the pseudonymous form only; one batched load per page. */
  async list(auth: AuthContext, query: ProfileListQuery, meta: RequestMeta): Promise<ProfileListResponse> {
    await this.access.assertCanSearch(auth);
    // Found in the candidates index; what is shown comes from PostgreSQL, visible at this moment.
    const { total, ids } = await this.candidateSearch.listIds({
      town: query.town,
      occupation: query.occupation,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const visible = new Set(await this.repository.visibleAmong(ids));
    const candidateIds = ids.filter((id) => visible.has(id));
    const items = (await this.loader.loadMany(candidateIds)).map((p) => this.loader.toPseudonymous(p));
    await this.accessLog.recordAppearances(auth, candidateIds, 'list_pseudonymous_profiles', meta);
    return { total, page: query.page, pageSize: query.pageSize, items };
  }

  async getPseudonymous(
    auth: AuthContext,
    pseudonym: string,
    meta: RequestMeta,
  ): Promise<PseudonymousProfileResponse> {
    await this.access.assertCanSearch(auth);
    const candidateId = await this.repository.findVisibleByPseudonym(
      pseudonym.toUpperCase(),
      auth.role === 'employer' ? auth.companyId : null,
    );
    if (!candidateId) throw new DomainError('NOT_FOUND', ProfilesMessage.PROFILE_NOT_FOUND);
    const profile = this.loader.toPseudonymous(await this.loader.load(candidateId));
    await this.accessLog.record(auth, [candidateId], 'read_pseudonymous_profile', meta);
    return profile;
  }
}
