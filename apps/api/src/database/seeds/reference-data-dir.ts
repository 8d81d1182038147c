import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The reference files ship beside the bundled API, and in apps/api/reference-data in the sources. */
export function referenceDataDir(): string {
  const candidates = [
    process.env['PASSGENAU_REFERENCE_DIR'],
    join(__dirname, 'reference-data'),
    resolve(__dirname, '../../../reference-data'),
    resolve(process.cwd(), 'apps/api/reference-data'),
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(join(dir, 'esco_occupations.csv')));
  if (!found) throw new Error(`reference data not found; looked in ${candidates.join(', ')}`);
  return found;
}
