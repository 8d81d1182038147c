import type { MigrationInterface, QueryRunner } from 'typeorm';

// Failed sign-ins are counted per account *and* source address, so a stranger's wrong passwords
// slow down and stop only that stranger, never the account's owner signing in from elsewhere.
export class LoginFailureSource1764710000000 implements MigrationInterface {
  name = 'LoginFailureSource1764710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE login_failure ADD COLUMN source text NOT NULL DEFAULT 'unknown'`);
    await queryRunner.query(`DROP INDEX login_failure_key_idx`);
    await queryRunner.query(
      `CREATE INDEX login_failure_key_source_idx ON login_failure (account_key, source, at)`,
    );
    await queryRunner.query(`CREATE INDEX login_failure_key_at_idx ON login_failure (account_key, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX login_failure_key_at_idx`);
    await queryRunner.query(`DROP INDEX login_failure_key_source_idx`);
    await queryRunner.query(`CREATE INDEX login_failure_key_idx ON login_failure (account_key, at)`);
    await queryRunner.query(`ALTER TABLE login_failure DROP COLUMN source`);
  }
}
