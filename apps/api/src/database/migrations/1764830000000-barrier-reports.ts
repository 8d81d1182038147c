import type { MigrationInterface, QueryRunner } from 'typeorm';

// Reports of accessibility barriers from the accessibility statement's form (BITV 2.0 § 7): anyone
// may send one, anonymously; an e-mail address is kept only when the reporter wants a reply.
export class BarrierReports1764830000000 implements MigrationInterface {
  name = 'BarrierReports1764830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE barrier_report (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        page_url text,
        description text NOT NULL,
        reply_email text,
        language varchar(8) NOT NULL,
        notified integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT barrier_report_pkey PRIMARY KEY (id)
      )`);
    await queryRunner.query(`CREATE INDEX barrier_report_created_idx ON barrier_report (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE barrier_report`);
  }
}
