import type { CompanySizeBand, RecordSource } from '@passgenau/domain';
import type {
  CompanyContactResponse,
  CompanyListItem,
  CompanyResponse,
  CompanyShowcaseResponse,
  SiteResponse,
} from './dto/company.response';
import type { CompanyRow, ContactRow, SiteRow } from './companies.repository';

export function logoUrl(companyId: string, sha256: string | null): string | null {
  // The hash in the URL changes with the image, so caches never show an old logo.
  return sha256 ? `/api/companies/${companyId}/logo?v=${sha256.slice(0, 12)}` : null;
}

export function toSiteResponse(row: SiteRow): SiteResponse {
  return {
    id: row.id,
    label: row.label,
    street: row.street,
    postalCode: row.postal_code,
    locality: row.locality,
    townAgs: row.town_ags,
    townName: row.town_name,
    lat: row.lat,
    lon: row.lon,
    coordinatesEntered: row.coordinates_entered,
    isMain: row.is_main,
  };
}

export function toContactResponse(row: ContactRow, withEmail: boolean): CompanyContactResponse {
  return {
    accountId: row.id,
    name: row.display_name,
    companyRole: row.company_role,
    email: withEmail ? row.email : null,
  };
}

export function toShowcaseResponse(row: CompanyRow): CompanyShowcaseResponse {
  return {
    optIn: row.showcase_opt_in,
    story: row.showcase_story,
    storyLang: row.showcase_story_lang,
    employsRefugees: row.employs_refugees,
    listed: row.showcase_opt_in && row.employs_refugees,
    changedAt: row.showcase_changed_at?.toISOString() ?? null,
  };
}

export interface CompanyViewer {
  /** Signed in: sees the contact people's names. */
  signedIn: boolean;
  /** Staff or the firm itself: sees e-mails and the showcase state. */
  privileged: boolean;
}

export function toCompanyResponse(
  row: CompanyRow,
  sites: SiteRow[],
  contacts: ContactRow[],
  viewer: CompanyViewer,
): CompanyResponse {
  const showcase = toShowcaseResponse(row);
  return {
    id: row.id,
    name: row.name,
    legalForm: row.legal_form,
    wzSection: row.wz_section,
    sizeBand: row.size_band as CompanySizeBand | null,
    description: row.description,
    descriptionLang: row.description_lang,
    website: row.website,
    languages: row.languages,
    offersTours: row.offers_tours,
    offersOpenHouse: row.offers_open_house,
    offersInternships: row.offers_internships,
    offersApprenticeships: row.offers_apprenticeships,
    offersEqPlaces: row.offers_eq_places,
    canHostInterpreters: row.can_host_interpreters,
    needsInterpreters: row.needs_interpreters,
    sites: sites.map(toSiteResponse),
    contacts: viewer.signedIn ? contacts.map((c) => toContactResponse(c, viewer.privileged)) : [],
    logoUrl: logoUrl(row.id, row.logo_sha256),
    showcase: viewer.privileged || showcase.listed ? showcase : null,
    openOfferCount: row.open_offer_count,
    source: row.source as RecordSource,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toCompanyListItem(
  row: CompanyRow,
  sites: SiteRow[],
  contacts: ContactRow[],
): CompanyListItem {
  const towns = new Map<string, string>();
  for (const site of sites) if (site.town_ags && site.town_name) towns.set(site.town_ags, site.town_name);
  const main = sites.find((s) => s.is_main) ?? sites[0] ?? null;
  return {
    id: row.id,
    name: row.name,
    wzSection: row.wz_section,
    sizeBand: row.size_band as CompanySizeBand | null,
    towns: [...towns].map(([ags, name]) => ({ ags, name })),
    mainSite: main ? toSiteResponse(main) : null,
    distanceKm:
      row.distance_km === null || row.distance_km === undefined
        ? null
        : Math.round(row.distance_km * 10) / 10,
    offersTours: row.offers_tours,
    offersOpenHouse: row.offers_open_house,
    offersInternships: row.offers_internships,
    offersApprenticeships: row.offers_apprenticeships,
    offersEqPlaces: row.offers_eq_places,
    canHostInterpreters: row.can_host_interpreters,
    needsInterpreters: row.needs_interpreters,
    languages: row.languages,
    openOfferCount: row.open_offer_count,
    showcaseOptIn: row.showcase_opt_in,
    employsRefugees: row.employs_refugees,
    contacts: contacts.map((c) => toContactResponse(c, true)),
    source: row.source as RecordSource,
  };
}

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
