import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchIndexState1764072100000 implements MigrationInterface {
  name = 'SearchIndexState1764072100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_index_state (
        name text PRIMARY KEY,
        version text NOT NULL,
        documents integer NOT NULL,
        built_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_index_state`);
  }
}
