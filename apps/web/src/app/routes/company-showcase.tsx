import { ShowcasePage } from '../../features/companies/components/showcase-page';

export function CompanyShowcaseRoute() {
  return <ShowcasePage />;
}
