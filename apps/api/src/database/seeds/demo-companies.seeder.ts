import type { DataSource } from 'typeorm';

/** Demo firms and offers across the district's towns (companies feature). Idempotent. */
export async function seedDemoCompanies(_dataSource: DataSource): Promise<void> {
  // filled by the companies feature
}
