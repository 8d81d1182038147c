import type { MigrationInterface, QueryRunner } from 'typeorm';

// Saved searches with alerts: an employer's candidate search or a candidate's/mentor's offer search
// under a name; what each has found (the results at saving as a baseline, every later new result as
// an alert); and one alert digest mail per account and day.
export class SavedSearches1764866000000 implements MigrationInterface {
  name = 'SavedSearches1764866000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE saved_search (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        kind text NOT NULL,
        name text NOT NULL,
        query jsonb NOT NULL,
        candidate_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_run_at timestamptz,
        CONSTRAINT saved_search_pkey PRIMARY KEY (id),
        CONSTRAINT saved_search_account_id_fkey FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
        CONSTRAINT saved_search_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX saved_search_account_idx ON saved_search (account_id)`);
    await queryRunner.query(`
      CREATE TABLE saved_search_candidate (
        saved_search_id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        baseline boolean NOT NULL DEFAULT false,
        found_at timestamptz NOT NULL DEFAULT now(),
        mailed_at timestamptz,
        CONSTRAINT saved_search_candidate_pkey PRIMARY KEY (saved_search_id, candidate_id),
        CONSTRAINT saved_search_candidate_saved_search_id_fkey FOREIGN KEY (saved_search_id) REFERENCES saved_search (id) ON DELETE CASCADE,
        CONSTRAINT saved_search_candidate_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE saved_search_offer (
        saved_search_id uuid NOT NULL,
        offer_id uuid NOT NULL,
        baseline boolean NOT NULL DEFAULT false,
        found_at timestamptz NOT NULL DEFAULT now(),
        mailed_at timestamptz,
        CONSTRAINT saved_search_offer_pkey PRIMARY KEY (saved_search_id, offer_id),
        CONSTRAINT saved_search_offer_saved_search_id_fkey FOREIGN KEY (saved_search_id) REFERENCES saved_search (id) ON DELETE CASCADE,
        CONSTRAINT saved_search_offer_offer_id_fkey FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE saved_search_digest (
        account_id uuid NOT NULL,
        day date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        alerts integer NOT NULL,
        CONSTRAINT saved_search_digest_pkey PRIMARY KEY (account_id, day),
        CONSTRAINT saved_search_digest_account_id_fkey FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['saved_search_digest', 'saved_search_offer', 'saved_search_candidate', 'saved_search'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
