import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1764158400000 implements MigrationInterface {
  name = 'Accounts1764158400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE company (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text UNIQUE CHECK (email = lower(email)),
        login_name text UNIQUE CHECK (login_name = lower(login_name)),
        password_hash text,
        access_code_hash text,
        access_code_expires_at timestamptz,
        role text NOT NULL CHECK (role IN ('candidate', 'mentor', 'employer', 'iba_staff', 'coordinator', 'admin')),
        display_name text NOT NULL,
        preferred_language varchar(8) NOT NULL DEFAULT 'de',
        company_id uuid REFERENCES company (id) ON DELETE RESTRICT,
        company_role text CHECK (company_role IN ('manager', 'member')),
        is_demo boolean NOT NULL DEFAULT false,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (email IS NOT NULL OR login_name IS NOT NULL),
        -- an employer belongs to exactly one company; nobody else belongs to one
        CHECK ((role = 'employer') = (company_id IS NOT NULL AND company_role IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX account_company_idx ON account (company_id)`);
    await queryRunner.query(`
      CREATE TABLE candidate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
        given_name text NOT NULL,
        family_name text NOT NULL,
        created_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text
      )`);
    await queryRunner.query(`CREATE INDEX auth_session_account_idx ON auth_session (account_id)`);
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_session (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        account_key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX login_failure_key_idx ON login_failure (account_key, at)`);
    await queryRunner.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        delivery_error text
      )`);
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('employer', 'candidate')),
        email text NOT NULL CHECK (email = lower(email)),
        company_id uuid REFERENCES company (id) ON DELETE CASCADE,
        company_name text,
        language varchar(8) NOT NULL DEFAULT 'de',
        invited_by_account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        accepted_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        CHECK (kind = 'candidate' OR company_id IS NOT NULL OR company_name IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE mentorship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        mentor_account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        withdrawn_at timestamptz,
        withdrawn_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX mentorship_active_idx ON mentorship (candidate_id, mentor_account_id) WHERE withdrawn_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX mentorship_mentor_idx ON mentorship (mentor_account_id) WHERE withdrawn_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE consent_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('searchable_profile')),
        text_version text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        granted_on_behalf boolean NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        withdrawn_on_behalf boolean
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX consent_active_idx ON consent_record (candidate_id, purpose) WHERE withdrawn_at IS NULL`,
    );
    // Who read whose personal data. Append-only: rows can be anonymised only inside an erasure
    // (GDPR Art. 17), which sets passgenau.erasure for its own transaction.
    await queryRunner.query(`
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_account_id uuid,
        actor_role text NOT NULL,
        actor_name text,
        candidate_id uuid,
        action text NOT NULL,
        route text NOT NULL,
        request_id text
      )`);
    await queryRunner.query(`CREATE INDEX access_log_candidate_idx ON access_log (candidate_id, at DESC)`);
    await queryRunner.query(`CREATE INDEX access_log_actor_idx ON access_log (actor_account_id, at DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION access_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND coalesce(current_setting('passgenau.erasure', true), '') = 'on' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'access_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
      FOR EACH ROW EXECUTE FUNCTION access_log_guard()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER access_log_append_only ON access_log`);
    await queryRunner.query(`DROP FUNCTION access_log_guard()`);
    for (const table of [
      'access_log',
      'consent_record',
      'mentorship',
      'invitation',
      'mail_outbox',
      'password_reset',
      'login_failure',
      'refresh_token',
      'auth_session',
      'candidate',
      'account',
      'company',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
