import { ImportPage } from '../../features/jobs/components/import-page';

export function JobsImportRoute() {
  return <ImportPage />;
}
