import type { MigrationInterface, QueryRunner } from 'typeorm';

// The access log tells the truth. Opened profiles stay one row each; a profile that merely appears
// in an employer's list or search is counted in one row per candidate, viewer (the firm for
// employers, else the account) and district day, instead of one row per page load. Reads by an
// employer record their firm, so the candidate reads "Metallbau Remstal GmbH opened your profile".
export class AccessLogAppearances1764740000000 implements MigrationInterface {
  name = 'AccessLogAppearances1764740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE access_log ADD COLUMN actor_company_id uuid`);
    await queryRunner.query(`
      CREATE TABLE access_log_appearance (
        candidate_id uuid NOT NULL,
        day date NOT NULL,
        viewer_id uuid NOT NULL,
        action text NOT NULL,
        actor_company_id uuid,
        actor_account_id uuid,
        actor_role text NOT NULL,
        actor_name text,
        route text NOT NULL,
        count integer NOT NULL DEFAULT 1,
        first_at timestamptz NOT NULL DEFAULT now(),
        last_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (candidate_id, day, viewer_id, action)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_log_appearance`);
    await queryRunner.query(`ALTER TABLE access_log DROP COLUMN actor_company_id`);
  }
}
