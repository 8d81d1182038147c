import type { MigrationInterface, QueryRunner } from 'typeorm';

// The district report's search counter: employer searches per month, town and occupational field,
// without any account, firm or query text (see EmployerSearchCount).
export class EmployerSearchCount1764865000000 implements MigrationInterface {
  name = 'EmployerSearchCount1764865000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer_search_count (
        month date NOT NULL,
        town_ags text NOT NULL DEFAULT '',
        occupational_field text NOT NULL DEFAULT '',
        searches integer NOT NULL DEFAULT 0,
        CONSTRAINT employer_search_count_pkey PRIMARY KEY (month, town_ags, occupational_field)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE employer_search_count`);
  }
}
