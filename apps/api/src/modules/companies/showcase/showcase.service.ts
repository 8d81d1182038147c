import { Injectable } from '@nestjs/common';
import type { CompanySizeBand } from '@passgenau/domain';
import type { AuthContext } from '../../../common/auth-context';
import { invalid, notFound } from '../company-access';
import type { CompanyShowcaseResponse } from '../profile/dto/company.response';
import { groupBy, logoUrl, toShowcaseResponse } from '../profile/companies.mapper';
import { CompaniesRepository } from '../profile/companies.repository';
import { CompaniesService } from '../profile/companies.service';
import type { RefugeeEmployerDto, ShowcaseOptInDto, ShowcasePage, ShowcaseQuery } from './dto/showcase.dto';

/**
 * The public list of firms that employ or train refugees (district integration plan 2.5). A firm
 * is listed only while both hold: it opted in, and IBA staff or a coordinator confirmed it.
 */
@Injectable()
export class ShowcaseService {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly profiles: CompaniesService,
  ) {}

  async setOptIn(
    auth: AuthContext,
    companyId: string,
    dto: ShowcaseOptInDto,
  ): Promise<CompanyShowcaseResponse> {
    await this.profiles.assertCanEdit(auth, companyId);
    const current = (await this.companies.find(companyId))!;
    const story = dto.story === undefined ? current.showcase_story : dto.story || null;
    const storyLang = dto.storyLang === undefined ? current.showcase_story_lang : dto.storyLang || null;
    if (dto.optIn && !story)
      throw invalid('story', 'REQUIRED', 'a short story is required to appear in the showcase');
    if (dto.optIn && !storyLang)
      throw invalid('storyLang', 'REQUIRED', 'storyLang is required with the story');
    await this.companies.setShowcase(companyId, dto.optIn, story, storyLang);
    return toShowcaseResponse((await this.companies.find(companyId))!);
  }

  async setEmploysRefugees(
    auth: AuthContext,
    companyId: string,
    dto: RefugeeEmployerDto,
  ): Promise<CompanyShowcaseResponse> {
    if (!(await this.companies.exists(companyId))) throw notFound();
    await this.companies.setEmploysRefugees(companyId, dto.employsRefugees, auth.accountId);
    return toShowcaseResponse((await this.companies.find(companyId))!);
  }

  async list(query: ShowcaseQuery): Promise<ShowcasePage> {
    const { rows, total } = await this.companies.showcase(query);
    const sitesOf = groupBy(await this.companies.sites(rows.map((r) => r.id)), (s) => s.company_id);
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((row) => {
        const towns = new Map<string, string>();
        for (const site of sitesOf.get(row.id) ?? [])
          if (site.town_ags && site.town_name) towns.set(site.town_ags, site.town_name);
        return {
          companyId: row.id,
          name: row.name,
          wzSection: row.wz_section,
          sizeBand: row.size_band as CompanySizeBand | null,
          towns: [...towns].map(([ags, name]) => ({ ags, name })),
          story: row.showcase_story ?? '',
          storyLang: row.showcase_story_lang ?? 'de',
          logoUrl: logoUrl(row.id, row.logo_sha256),
          website: row.website,
          openOfferCount: row.open_offer_count,
        };
      }),
    };
  }
}
