import { ImportPage } from '../../features/companies/components/import-page';

export function JobsImportRoute() {
  return <ImportPage />;
}
