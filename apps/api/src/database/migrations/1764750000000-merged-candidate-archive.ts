import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A merge of two duplicate candidate records keeps the removed record restorable for 30 days:
 * its rows are archived here (JSONB, one array per table) together with who merged and why.
 * Erasing the kept candidate erases the archive too (same person), and with it the archived record.
 */
export class MergedCandidateArchive1764750000000 implements MigrationInterface {
  name = 'MergedCandidateArchive1764750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE merged_candidate_archive (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kept_candidate_id uuid NOT NULL,
        removed_candidate_id uuid NOT NULL,
        removed_name text NOT NULL,
        merged_by_account_id uuid,
        merged_by_name text NOT NULL,
        reason text NOT NULL,
        data jsonb,
        merged_at timestamptz NOT NULL DEFAULT now(),
        restorable_until timestamptz NOT NULL,
        restored_at timestamptz,
        restored_by_account_id uuid,
        CONSTRAINT merged_candidate_archive_pkey PRIMARY KEY (id),
        CONSTRAINT merged_candidate_archive_kept_candidate_id_fkey FOREIGN KEY (kept_candidate_id)
          REFERENCES candidate (id) ON DELETE CASCADE,
        CONSTRAINT merged_candidate_archive_merged_by_account_id_fkey FOREIGN KEY (merged_by_account_id)
          REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT merged_candidate_archive_restored_by_account_id_fkey FOREIGN KEY (restored_by_account_id)
          REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT merged_candidate_archive_reason_check CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
        CONSTRAINT merged_candidate_archive_data_check CHECK ((data IS NULL) = (restored_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX merged_candidate_archive_kept_idx ON merged_candidate_archive (kept_candidate_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX merged_candidate_archive_restorable_idx ON merged_candidate_archive (restorable_until)`,
    );
    // Deleting an archive that still holds a record (purge after 30 days, or erasure of the kept
    // candidate, which cascades) erases that record: the access log about it is anonymised (allowed
    // only inside an erasure, passgenau.erasure) and mail to its address goes.
    await queryRunner.query(`
      CREATE FUNCTION merged_candidate_archive_erase() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        removed_email text := OLD.data -> 'account' -> 0 ->> 'email';
        removed_account uuid := (OLD.data -> 'account' -> 0 ->> 'id')::uuid;
      BEGIN
        IF OLD.data IS NULL THEN
          RETURN OLD;
        END IF;
        UPDATE access_log SET candidate_id = NULL, route = replace(route, OLD.removed_candidate_id::text, '[erased]'),
               request_id = NULL
         WHERE candidate_id = OLD.removed_candidate_id;
        UPDATE access_log SET actor_account_id = NULL, actor_name = NULL WHERE actor_account_id = removed_account;
        IF removed_email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM account WHERE email = removed_email) THEN
          DELETE FROM mail_outbox WHERE recipient = removed_email;
          DELETE FROM invitation WHERE email = removed_email;
        END IF;
        RETURN OLD;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER merged_candidate_archive_erase AFTER DELETE ON merged_candidate_archive
      FOR EACH ROW EXECUTE FUNCTION merged_candidate_archive_erase()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE merged_candidate_archive`);
    await queryRunner.query(`DROP FUNCTION merged_candidate_archive_erase()`);
  }
}
