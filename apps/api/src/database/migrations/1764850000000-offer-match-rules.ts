import type { MigrationInterface, QueryRunner } from 'typeorm';

// Two rules of the matching score that only the employer can state: a German minimum marked
// strict (far below it, a candidate is not proposed) and how far away candidates may live
// (e.g. the firm offers transport or housing), beyond the candidate's own travel radius.
export class OfferMatchRules1764850000000 implements MigrationInterface {
  name = 'OfferMatchRules1764850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE offer ADD COLUMN german_strict boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE offer ADD COLUMN max_distance_km smallint CONSTRAINT offer_max_distance_km_check CHECK (max_distance_km BETWEEN 0 AND 300)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE offer DROP COLUMN max_distance_km`);
    await queryRunner.query(`ALTER TABLE offer DROP COLUMN german_strict`);
  }
}
