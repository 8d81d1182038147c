import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../../common/auth-context';
import { DomainError } from '../../../common/domain-error';
import { CompaniesMessage } from '../companies.errors';
import { assertEmployerOf, invalid, isCompanyStaff, isEmployerOf, notFound } from '../company-access';
import type { CompanyListQuery } from './dto/company-list.query';
import type { SiteDto, UpdateCompanyDto } from './dto/company.dto';
import type { CompanyListResponse, CompanyResponse, SiteResponse } from './dto/company.response';
import { groupBy, toCompanyListItem, toCompanyResponse, toSiteResponse } from './companies.mapper';
import {
  CompaniesRepository,
  PROFILE_COLUMNS,
  type ProfileField,
  type SiteValues,
} from './companies.repository';
import { LOGO_MAX_BYTES, logoError, reencodeLogo, type UploadedLogoFile } from './logo-image';

/** Company profiles: the firm's employers (managers and members alike) keep them; everyone reads them. */
@Injectable()
export class CompaniesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly companies: CompaniesRepository,
  ) {}

  async get(auth: AuthContext | null, companyId: string): Promise<CompanyResponse> {
    const row = await this.companies.find(companyId);
    if (!row) throw notFound();
    const [sites, contacts] = await Promise.all([
      this.companies.sites([companyId]),
      this.companies.contacts([companyId]),
    ]);
    return toCompanyResponse(row, sites, contacts, {
      signedIn: auth !== null,
      privileged: isCompanyStaff(auth) || isEmployerOf(auth, companyId),
    });
  }

  async mine(auth: AuthContext): Promise<CompanyResponse> {
    if (!auth.companyId) throw notFound();
    return this.get(auth, auth.companyId);
  }

  /** 404 for a company that does not exist, 403 for another firm's. */
  async assertCanEdit(auth: AuthContext, companyId: string): Promise<void> {
    if (!(await this.companies.exists(companyId))) throw notFound();
    assertEmployerOf(auth, companyId);
  }

  async update(auth: AuthContext, companyId: string, dto: UpdateCompanyDto): Promise<CompanyResponse> {
    await this.assertCanEdit(auth, companyId);
    const current = (await this.companies.find(companyId))!;
    const values: Partial<Record<ProfileField, unknown>> = {};
    for (const field of Object.keys(PROFILE_COLUMNS) as ProfileField[]) {
      const value = dto[field];
      if (value === undefined) continue;
      values[field] = typeof value === 'string' && value === '' ? null : value;
    }
    if (values.languages) values.languages = [...new Set(values.languages as string[])];
    const description = values.description !== undefined ? values.description : current.description;
    const descriptionLang =
      values.descriptionLang !== undefined ? values.descriptionLang : current.description_lang;
    if (description && !descriptionLang)
      throw invalid('descriptionLang', 'REQUIRED', 'descriptionLang is required with a description');
    await this.companies.update(companyId, values);
    return this.get(auth, companyId);
  }

  async addSite(auth: AuthContext, companyId: string, dto: SiteDto): Promise<SiteResponse> {
    await this.assertCanEdit(auth, companyId);
    const values = await this.siteValues(dto);
    const id = await this.dataSource.transaction((manager) =>
      this.companies.insertSite(companyId, values, manager),
    );
    return toSiteResponse((await this.companies.site(companyId, id))!);
  }

  async replaceSite(
    auth: AuthContext,
    companyId: string,
    siteId: string,
    dto: SiteDto,
  ): Promise<SiteResponse> {
    await this.assertCanEdit(auth, companyId);
    if (!(await this.companies.site(companyId, siteId))) throw notFound(CompaniesMessage.SITE_NOT_FOUND);
    const values = await this.siteValues(dto);
    await this.dataSource.transaction((manager) =>
      this.companies.replaceSite(companyId, siteId, values, manager),
    );
    return toSiteResponse((await this.companies.site(companyId, siteId))!);
  }

  async deleteSite(auth: AuthContext, companyId: string, siteId: string): Promise<void> {
    await this.assertCanEdit(auth, companyId);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.companies.site(companyId, siteId, manager)))
        throw notFound(CompaniesMessage.SITE_NOT_FOUND);
      if ((await this.companies.activeOffersAtSite(siteId, manager)) > 0) {
        throw new DomainError('COMPANY_SITE_IN_USE', CompaniesMessage.SITE_IN_USE, [
          { code: 'WRONG_STATE', field: 'siteId', message: 'draft or open offers use this site' },
        ]);
      }
      await this.companies.deleteSite(companyId, siteId, manager);
    });
  }

  /** Coordinates come from the town unless entered; a place outside the towns list needs them. */
  private async siteValues(dto: SiteDto): Promise<SiteValues> {
    const hasLat = dto.lat !== undefined && dto.lat !== null;
    const hasLon = dto.lon !== undefined && dto.lon !== null;
    if (hasLat !== hasLon)
      throw invalid(hasLat ? 'lon' : 'lat', 'REQUIRED', 'give both lat and lon, or neither');
    const town = dto.townAgs ? await this.companies.town(dto.townAgs) : null;
    if (dto.townAgs && !town)
      throw invalid('townAgs', 'UNKNOWN_TOWN', 'townAgs is not a town of the list (GET /api/towns)');
    if (!town && !hasLat)
      throw invalid('townAgs', 'REQUIRED', 'give a town of the list, or lat and lon for a place outside it');
    return {
      label: dto.label || null,
      street: dto.street || null,
      postalCode: dto.postalCode || null,
      locality: dto.locality || null,
      townAgs: town?.ags ?? null,
      lat: hasLat ? dto.lat! : town!.lat,
      lon: hasLon ? dto.lon! : town!.lon,
      coordinatesEntered: hasLat,
      isMain: dto.isMain ?? false,
    };
  }

  async putLogo(
    auth: AuthContext,
    companyId: string,
    file: UploadedLogoFile | undefined,
  ): Promise<CompanyResponse> {
    await this.assertCanEdit(auth, companyId);
    if (!file || !Buffer.isBuffer(file.buffer) || file.size === 0)
      throw logoError('logo is required: send the image as multipart field "logo"');
    if (file.size > LOGO_MAX_BYTES) throw logoError('logo must be at most 1 MB');
    // Only the re-encoded image is stored and served, never the uploaded bytes.
    const { contentType, data } = await reencodeLogo(file.buffer);
    const sha256 = createHash('sha256').update(data).digest('hex');
    await this.companies.putLogo(companyId, {
      contentType,
      data,
      sha256,
      uploadedBy: auth.accountId,
    });
    return this.get(auth, companyId);
  }

  async deleteLogo(auth: AuthContext, companyId: string): Promise<void> {
    await this.assertCanEdit(auth, companyId);
    if (!(await this.companies.deleteLogo(companyId))) throw notFound(CompaniesMessage.NO_LOGO);
  }

  async logo(companyId: string): Promise<{ contentType: string; data: Buffer; sha256: string }> {
    const logo = await this.companies.logo(companyId);
    if (!logo) throw notFound(CompaniesMessage.NO_LOGO);
    return logo;
  }

  async list(query: CompanyListQuery, options: { poolOnly: boolean }): Promise<CompanyListResponse> {
    const near = await this.nearTown(query.nearTown, query.radiusKm);
    const { rows, total } = await this.companies.list(query, { poolOnly: options.poolOnly, near });
    const ids = rows.map((r) => r.id);
    const [sites, contacts] = await Promise.all([this.companies.sites(ids), this.companies.contacts(ids)]);
    const sitesOf = groupBy(sites, (s) => s.company_id);
    const contactsOf = groupBy(contacts, (c) => c.company_id);
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((row) =>
        toCompanyListItem(row, sitesOf.get(row.id) ?? [], contactsOf.get(row.id) ?? []),
      ),
    };
  }

  /** The town distances are measured from (its centre); a radius without a town is refused. */
  async nearTown(
    nearTown: string | undefined,
    radiusKm: number | undefined,
  ): Promise<{ ags: string; name: string; lat: number; lon: number } | null> {
    if (radiusKm !== undefined && !nearTown)
      throw invalid('radiusKm', 'CONFLICTING', 'radiusKm needs nearTown');
    if (!nearTown) return null;
    const town = await this.companies.town(nearTown);
    if (!town)
      throw invalid('nearTown', 'UNKNOWN_TOWN', 'nearTown is not a town of the list (GET /api/towns)');
    return town;
  }
}
