import type { Schemas } from '@passgenau/api-client';

// Names this feature uses for the API's schemas (generated in libs/api-client from the OpenAPI document).
export type TownRef = Schemas['TownRef'];
export type Town = Schemas['TownResponse'];
export type ConceptRef = Schemas['ConceptRefResponse'];
export type OccupationRef = Schemas['OccupationRefResponse'];
export type GermanMinimumResponse = Schemas['GermanMinimumResponse'];
export type JobBoardPlace = Schemas['JobBoardPlace'];
export type JobBoardOfferItem = Schemas['JobBoardOfferItem'];
export type JobBoardPage = Schemas['JobBoardPage'];
export type JobBoardOfferDetail = Schemas['JobBoardOfferDetail'];
export type SiteResponse = Schemas['SiteResponse'];
export type OfferResponse = Schemas['OfferResponse'];
export type OfferListResponse = Schemas['OfferListResponse'];
export type OfferInput = Schemas['CreateOfferDto'];
