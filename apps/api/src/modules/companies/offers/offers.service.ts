import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../../common/auth-context';
import { DomainError, type FieldError } from '../../../common/domain-error';
import { CompaniesMessage } from '../companies.errors';
import { isCompanyStaff, isEmployerOf, notFound } from '../company-access';
import { loadConcepts } from '../../taxonomy/concept-labels';
import type { CreateOfferDto, UpdateOfferDto } from './dto/offer.dto';
import type { OfferListQuery } from './dto/offer-list.query';
import type { OfferListResponse, OfferResponse } from './dto/offer.response';
import { toOfferResponse } from './offers.mapper';
import { OffersRepository, type CompetenceRow, type OfferRow, type OfferValues } from './offers.repository';

const NOT_NULL_FIELDS = [
  'kind',
  'title',
  'occupationCode',
  'places',
  'status',
  'suitableForCareerChangers',
  'germanStrict',
  'helpfulLanguages',
  'requiredCompetences',
  'niceToHaveCompetences',
] as const;

interface ResolvedOffer {
  values: OfferValues;
  competences: { required: string[]; niceToHave: string[] } | null;
}

/** Offers: the firm's employers manage them; IBA staff, coordinators and admins read all of them. */
@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersRepository,
  ) {}

  /** Another firm's offer is a 404, whatever its status: ids of drafts must not leak. */
  private async visible(auth: AuthContext, offerId: string): Promise<OfferRow> {
    const row = await this.offers.find(offerId);
    if (!row || !(isCompanyStaff(auth) || isEmployerOf(auth, row.company_id)))
      throw notFound(CompaniesMessage.OFFER_NOT_FOUND);
    return row;
  }

  private async editable(auth: AuthContext, offerId: string): Promise<OfferRow> {
    const row = await this.offers.find(offerId);
    if (!row || !isEmployerOf(auth, row.company_id)) throw notFound(CompaniesMessage.OFFER_NOT_FOUND);
    return row;
  }

  async get(auth: AuthContext, offerId: string): Promise<OfferResponse> {
    const row = await this.visible(auth, offerId);
    return (await this.toResponses([row]))[0]!;
  }

  async list(auth: AuthContext, query: OfferListQuery): Promise<OfferListResponse> {
    const companyId = auth.role === 'employer' ? auth.companyId! : query.companyId;
    const { rows, total } = await this.offers.list({
      companyId,
      status: query.status,
      page: query.page,
      pageSize: query.pageSize,
    });
    return { total, page: query.page, pageSize: query.pageSize, items: await this.toResponses(rows) };
  }

  async create(auth: AuthContext, dto: CreateOfferDto): Promise<OfferResponse> {
    if (!auth.companyId) throw new DomainError('COMPANY_NOT_YOURS', CompaniesMessage.NOT_YOUR_COMPANY);
    const companyId = auth.companyId;
    const resolved = await this.resolve(companyId, null, dto);
    const id = await this.dataSource.transaction(async (manager) => {
      const offerId = await this.offers.insert(manager, companyId, resolved.values, {
        createdBy: auth.accountId,
      });
      await this.offers.replaceCompetences(
        manager,
        offerId,
        resolved.competences?.required ?? [],
        resolved.competences?.niceToHave ?? [],
      );
      return offerId;
    });
    return this.get(auth, id);
  }

  async update(auth: AuthContext, offerId: string, dto: UpdateOfferDto): Promise<OfferResponse> {
    const current = await this.editable(auth, offerId);
    const resolved = await this.resolve(current.company_id, current, dto);
    await this.dataSource.transaction(async (manager) => {
      await this.offers.update(manager, offerId, resolved.values);
      if (resolved.competences) {
        await this.offers.replaceCompetences(
          manager,
          offerId,
          resolved.competences.required,
          resolved.competences.niceToHave,
        );
      }
    });
    return this.get(auth, offerId);
  }

  async delete(auth: AuthContext, offerId: string): Promise<void> {
    await this.editable(auth, offerId);
    await this.offers.delete(offerId);
  }

  async toResponses(rows: OfferRow[]): Promise<OfferResponse[]> {
    const ids = rows.map((r) => r.id);
    const [competences, sites] = await Promise.all([
      this.offers.competences(ids),
      this.offers.sitesByIds(rows.map((r) => r.site_id)),
    ]);
    const concepts = await loadConcepts(this.dataSource.manager, [
      ...rows.map((r) => r.occupation_code),
      ...competences.map((c) => c.skill_code),
    ]);
    const competencesOf = (id: string): CompetenceRow[] => competences.filter((c) => c.offer_id === id);
    return rows.map((row) =>
      toOfferResponse(
        row,
        competencesOf(row.id),
        concepts,
        row.site_id ? (sites.get(row.site_id) ?? null) : null,
      ),
    );
  }

  /** Merges the input into the current offer and checks every rule; all broken rules are reported at once. */
  private async resolve(
    companyId: string,
    current: OfferRow | null,
    dto: UpdateOfferDto,
  ): Promise<ResolvedOffer> {
    const errors: FieldError[] = [];
    for (const field of NOT_NULL_FIELDS) {
      if (dto[field] === null) errors.push({ field, message: `${field} cannot be cleared` });
    }
    const pick = <T>(value: T | null | undefined, fallback: T | null): T | null =>
      value === undefined ? fallback : value;
    const emptyToNull = (value: string | null) => (value === '' ? null : value);
    // null clears every minimum; a field left out keeps its value.
    const german =
      dto.germanMinimum === null
        ? { overall: null, understanding: null, speaking: null, writing: null }
        : (dto.germanMinimum ?? {});
    const values: OfferValues = {
      kind: dto.kind ?? current?.kind ?? 'job',
      title: dto.title ?? current?.title ?? '',
      description: emptyToNull(pick(dto.description, current?.description ?? null)),
      descriptionLang: pick(dto.descriptionLang, current?.description_lang ?? null),
      occupationCode: dto.occupationCode ?? current?.occupation_code ?? null,
      occupationMapping: dto.occupationCode ? 'manual' : (current?.occupation_mapping ?? 'manual'),
      occupationText: current?.occupation_text ?? null,
      germanOverall: pick(german.overall, current?.german_overall ?? null),
      germanUnderstanding: pick(german.understanding, current?.german_understanding ?? null),
      germanSpeaking: pick(german.speaking, current?.german_speaking ?? null),
      germanWriting: pick(german.writing, current?.german_writing ?? null),
      helpfulLanguages: dto.helpfulLanguages
        ? [...new Set(dto.helpfulLanguages)]
        : (current?.helpful_languages ?? []),
      suitableForCareerChangers:
        dto.suitableForCareerChangers ?? current?.suitable_for_career_changers ?? false,
      germanStrict: dto.germanStrict ?? current?.german_strict ?? false,
      maxDistanceKm: pick(dto.maxDistanceKm, current?.max_distance_km ?? null),
      siteId: pick(dto.siteId, current?.site_id ?? null),
      startsOn: pick(dto.startsOn, current?.starts_on ?? null),
      hoursPerWeek: pick(
        dto.hoursPerWeek,
        current?.hours_per_week === undefined || current.hours_per_week === null
          ? null
          : Number(current.hours_per_week),
      ),
      durationWeeks: pick(dto.durationWeeks, current?.duration_weeks ?? null),
      places: dto.places ?? current?.places ?? 1,
      status: dto.status ?? current?.status ?? 'draft',
      closesOn: pick(dto.closesOn, current?.closes_on ?? null),
    };

    const required = dto.requiredCompetences ? [...new Set(dto.requiredCompetences)] : null;
    const niceToHave = dto.niceToHaveCompetences ? [...new Set(dto.niceToHaveCompetences)] : null;
    const codes = [
      ...(dto.occupationCode ? [dto.occupationCode] : []),
      ...(required ?? []),
      ...(niceToHave ?? []),
    ];
    const kinds = await this.offers.conceptKinds(codes);
    if (dto.occupationCode && kinds.get(dto.occupationCode) !== 'occupation') {
      errors.push({
        field: 'occupationCode',
        message: 'occupationCode is not an occupation of the taxonomy (GET /api/taxonomy/occupations)',
      });
    }
    for (const [field, list] of [
      ['requiredCompetences', required],
      ['niceToHaveCompetences', niceToHave],
    ] as const) {
      const unknown = (list ?? []).filter((code) => kinds.get(code) !== 'skill');
      if (unknown.length > 0)
        errors.push({ field, message: `not competences of the taxonomy: ${unknown.join(', ')}` });
    }
    let competences: ResolvedOffer['competences'] = null;
    if (required || niceToHave) {
      const existing = current ? await this.offers.competences([current.id]) : [];
      competences = {
        required: required ?? existing.filter((c) => c.required).map((c) => c.skill_code),
        niceToHave: niceToHave ?? existing.filter((c) => !c.required).map((c) => c.skill_code),
      };
      const both = competences.niceToHave.filter((code) => competences!.required.includes(code));
      if (both.length > 0)
        errors.push({ field: 'niceToHaveCompetences', message: `required already: ${both.join(', ')}` });
    }
    if (values.siteId && values.siteId !== current?.site_id) {
      const site = (await this.offers.sitesByIds([values.siteId])).get(values.siteId);
      if (!site || site.company_id !== companyId)
        errors.push({ field: 'siteId', message: 'siteId is not a site of this company' });
    }
    if (values.startsOn && values.closesOn && values.closesOn < values.startsOn) {
      errors.push({ field: 'closesOn', message: 'closesOn must not be before startsOn' });
    }
    if (values.description && !values.descriptionLang) {
      errors.push({ field: 'descriptionLang', message: 'descriptionLang is required with a description' });
    }
    if (errors.length > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Invalid input: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
        errors,
      );
    }
    return { values, competences };
  }
}
