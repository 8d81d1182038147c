import type { MigrationInterface, QueryRunner } from 'typeorm';

// Loading one profile reads these tables by candidate; without indexes each read scanned the whole
// table (75 ms each at 100,000 profiles, measured with `npm run seed:profiles`).
export class ProfileLookupIndexes1764331300000 implements MigrationInterface {
  name = 'ProfileLookupIndexes1764331300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX german_certificate_candidate_idx ON german_certificate (candidate_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX profile_education_candidate_idx ON profile_education (candidate_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX profile_experience_candidate_idx ON profile_experience (candidate_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX profile_experience_occupation_idx ON profile_experience (occupation_code)`,
    );
    await queryRunner.query(`CREATE INDEX candidate_profile_town_idx ON candidate_profile (home_town_ags)`);
    await queryRunner.query(
      `CREATE INDEX candidate_profile_wished_idx ON candidate_profile USING gin (wished_occupations)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'candidate_profile_wished_idx',
      'candidate_profile_town_idx',
      'profile_experience_occupation_idx',
      'profile_experience_candidate_idx',
      'profile_education_candidate_idx',
      'german_certificate_candidate_idx',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
