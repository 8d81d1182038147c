import type { MigrationInterface, QueryRunner } from 'typeorm';

// Firms sign up themselves (the sign-up link creates firm and manager account). Until IBA staff or
// a coordinator has checked a self-signed-up firm, it keeps its profile and offers but cannot search
// candidates. Firms created by staff (invitation, job-agency import) count as checked.
export class EmployerSignup1764810000000 implements MigrationInterface {
  name = 'EmployerSignup1764810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE signup_request
        ADD COLUMN kind text NOT NULL DEFAULT 'candidate' CHECK (kind IN ('candidate', 'employer')),
        ADD COLUMN company_name text,
        ADD COLUMN town_ags varchar(8) REFERENCES town (ags) ON DELETE SET NULL,
        ADD CHECK (kind = 'candidate' OR company_name IS NOT NULL)`);
    await queryRunner.query(`
      ALTER TABLE company
        ADD COLUMN verification_status text NOT NULL DEFAULT 'verified',
        ADD COLUMN verified_at timestamptz,
        ADD COLUMN verified_by uuid,
        ADD CONSTRAINT company_verification_status_check
          CHECK (verification_status IN ('pending', 'verified', 'rejected')),
        ADD CONSTRAINT company_verified_by_fkey
          FOREIGN KEY (verified_by) REFERENCES account (id) ON DELETE SET NULL`);
    await queryRunner.query(
      `CREATE INDEX company_verification_pending_idx ON company (created_at) WHERE verification_status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX company_verification_pending_idx`);
    await queryRunner.query(
      `ALTER TABLE company DROP COLUMN verified_by, DROP COLUMN verified_at, DROP COLUMN verification_status`,
    );
    await queryRunner.query(
      `ALTER TABLE signup_request DROP COLUMN town_ags, DROP COLUMN company_name, DROP COLUMN kind`,
    );
  }
}
