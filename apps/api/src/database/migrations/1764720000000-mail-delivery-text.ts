import type { MigrationInterface, QueryRunner } from 'typeorm';

// Mails carry secret links (password reset, invitations). `body` is now the text shown to admins,
// with those links redacted; the deliverable text is kept apart in `delivery_body` only until the
// mail has been delivered. Mails written before this migration lose their secret links here.
export class MailDeliveryText1764720000000 implements MigrationInterface {
  name = 'MailDeliveryText1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mail_outbox ADD COLUMN delivery_body text`);
    await queryRunner.query(
      `ALTER TABLE mail_outbox ADD COLUMN delivery_attempts integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(
      `UPDATE mail_outbox
          SET body = regexp_replace(regexp_replace(body, '(https?://[^\\s?#]*)[?#][^\\s]*', '\\1?[…]', 'g'),
                                    '(?<![/:])/[A-Za-z0-9_%.~-]{20,}', '/[…]', 'g')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mail_outbox DROP COLUMN delivery_attempts`);
    await queryRunner.query(`ALTER TABLE mail_outbox DROP COLUMN delivery_body`);
  }
}
