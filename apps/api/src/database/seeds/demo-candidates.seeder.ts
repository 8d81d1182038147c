import type { DataSource } from 'typeorm';

/** Demo candidates with competence profiles (profiles feature). Idempotent. */
export async function seedDemoCandidates(_dataSource: DataSource): Promise<void> {
  // filled by the profiles feature
}
