import { OfferEditPage } from '../../features/companies/components/offer-edit-page';

export function CompanyOfferRoute() {
  return <OfferEditPage />;
}
