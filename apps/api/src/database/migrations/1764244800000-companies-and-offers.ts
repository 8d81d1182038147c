import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompaniesAndOffers1764244800000 implements MigrationInterface {
  name = 'CompaniesAndOffers1764244800000';

  async up(_queryRunner: QueryRunner): Promise<void> {
    // filled by the companies feature
  }

  async down(_queryRunner: QueryRunner): Promise<void> {
    // filled by the companies feature
  }
}
