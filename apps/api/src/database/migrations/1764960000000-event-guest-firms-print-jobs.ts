import type { MigrationInterface, QueryRunner } from 'typeorm';

// Firms entered on the spot at an employer information event (no account in Passgenau: a name, a
// town and the occupations they look for), and print jobs: batches rendered on the job queue before
// an event, kept for download for a week.
export class EventGuestFirmsPrintJobs1764960000000 implements MigrationInterface {
  name = 'EventGuestFirmsPrintJobs1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_guest_firm (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        name text NOT NULL,
        town_ags varchar(8) NOT NULL,
        offer_kind text NOT NULL,
        occupation_codes text[] NOT NULL,
        competence_codes text[] NOT NULL DEFAULT '{}',
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_guest_firm_pkey PRIMARY KEY (id),
        CONSTRAINT event_guest_firm_event_fkey FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
        CONSTRAINT event_guest_firm_town_fkey FOREIGN KEY (town_ags) REFERENCES town (ags),
        CONSTRAINT event_guest_firm_created_by_fkey FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT event_guest_firm_occupations CHECK (cardinality(occupation_codes) BETWEEN 1 AND 5)
      )`);
    await queryRunner.query(`CREATE INDEX event_guest_firm_event_idx ON event_guest_firm (event_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE print_job (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        event_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('event_match_lists', 'event_everything')),
        params jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        done integer NOT NULL DEFAULT 0,
        total integer NOT NULL DEFAULT 0,
        candidate_ids uuid[] NOT NULL DEFAULT '{}',
        filename text,
        pdf bytea,
        error text,
        error_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days',
        CONSTRAINT print_job_pkey PRIMARY KEY (id),
        CONSTRAINT print_job_account_fkey FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
        CONSTRAINT print_job_event_fkey FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX print_job_event_idx ON print_job (event_id, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE print_job`);
    await queryRunner.query(`DROP TABLE event_guest_firm`);
  }
}
