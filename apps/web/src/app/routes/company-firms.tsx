import { OpenFirmsPage } from '../../features/companies/components/open-firms-page';

export function CompanyFirmsRoute() {
  return <OpenFirmsPage />;
}
