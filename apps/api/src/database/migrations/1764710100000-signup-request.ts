import type { MigrationInterface, QueryRunner } from 'typeorm';

// A self sign-up becomes an account only when the link mailed to the address is opened. Until
// then it waits here (the password only as its hash), so the sign-up answer is the same whether
// or not the e-mail already has an account.
export class SignupRequest1764710100000 implements MigrationInterface {
  name = 'SignupRequest1764710100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE signup_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        preferred_language text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX signup_request_email_idx ON signup_request (email, created_at)`);
    await queryRunner.query(`CREATE INDEX signup_request_expires_idx ON signup_request (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE signup_request`);
  }
}
