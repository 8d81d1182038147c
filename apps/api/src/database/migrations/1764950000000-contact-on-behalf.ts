import type { MigrationInterface, QueryRunner } from 'typeorm';

// Contact requests IBA staff send on a firm's behalf (issue 12, item 1): who of the staff sent it.
// `sent_by_account_id` stays the firm's own sender and is empty for such requests.
export class ContactOnBehalf1764950000000 implements MigrationInterface {
  name = 'ContactOnBehalf1764950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE contact_request
        ADD COLUMN sent_by_staff_account_id uuid,
        ADD CONSTRAINT contact_request_sent_by_staff_account_id_fkey
          FOREIGN KEY (sent_by_staff_account_id) REFERENCES account (id) ON DELETE SET NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE contact_request DROP COLUMN sent_by_staff_account_id`);
  }
}
