import type { DataSource } from 'typeorm';
import { generateCandidate } from './candidate-generator';
import { generatorInput, writeGeneratedCandidates } from './candidate-writer';

export const DEMO_CANDIDATE_COUNT = 64;
const DEMO_SEED = 2026;
const DEMO_PREFIX = 'demo-k';

/** 64 varied demo candidates with published profiles across the district's towns. Idempotent. */
export async function seedDemoCandidates(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM account WHERE login_name LIKE $1 AND is_demo`,
    [`${DEMO_PREFIX}-%`],
  );
  if (n >= DEMO_CANDIDATE_COUNT) return;
  const input = await generatorInput(dataSource, new Date());
  if (input.occupations.length === 0 || input.skills.length === 0) return;
  const [mentor] = await dataSource.query(`SELECT id FROM account WHERE email = 'mentor@demo.passgenau.de'`);
  const candidates = Array.from({ length: DEMO_CANDIDATE_COUNT - n }, (_, i) =>
    generateCandidate(DEMO_SEED, n + i, input),
  );
  await writeGeneratedCandidates(dataSource, candidates, {
    loginPrefix: DEMO_PREFIX,
    startIndex: n,
    isDemo: true,
    mentorAccountId: mentor?.id ?? null,
  });
}
