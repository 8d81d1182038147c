import { MyCompanyPage } from '../../features/companies/components/my-company-page';

export function CompanyMineRoute() {
  return <MyCompanyPage />;
}
