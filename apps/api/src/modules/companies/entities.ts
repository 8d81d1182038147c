import { OfferInterest } from './job-board/offer-interest.entity';
import { OfferCompetence } from './offers/offer-competence.entity';
import { Offer } from './offers/offer.entity';
import { CompanyLogo } from './profile/company-logo.entity';
import { CompanySite } from './profile/company-site.entity';

// Entities of the companies feature, listed explicitly for the bundled API. The profile columns
// of `company` itself are read and written with SQL (the Company entity belongs to accounts).
export const COMPANY_ENTITIES = [CompanySite, CompanyLogo, Offer, OfferCompetence, OfferInterest];
