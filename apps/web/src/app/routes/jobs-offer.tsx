import { OfferDetailPage } from '../../features/jobs/components/offer-detail-page';

export function JobsOfferRoute() {
  return <OfferDetailPage />;
}
