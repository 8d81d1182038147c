import type { Schemas } from '@passgenau/api-client';

// Names this feature uses for the API's schemas (generated in libs/api-client from the OpenAPI document).
export type CompanyShowcase = Schemas['CompanyShowcaseResponse'];
export type CompanyContact = Schemas['CompanyContactResponse'];
export type CompanyResponse = Schemas['CompanyResponse'];
export type CompanyUpdate = Schemas['UpdateCompanyDto'];
export type SiteInput = Schemas['SiteDto'];
export type ShowcaseItem = Schemas['ShowcaseItem'];
export type ShowcasePage = Schemas['ShowcasePage'];
export type CompanyListItem = Schemas['CompanyListItem'];
export type CompanyListResponse = Schemas['CompanyListResponse'];
export type ImportReport = Schemas['BaJobsucheImportReport'];
export type ImportRequest = Schemas['BaJobsucheImportDto'];
