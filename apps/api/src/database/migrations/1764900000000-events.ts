import type { MigrationInterface, QueryRunner } from 'typeorm';

// Events and speed dating (issue 11): an event with its interpreters, the registrations of firms and
// candidates (confirmed or on the waiting list, with wishes, absent rounds, a check-in code), and the
// meetings of its speed-dating schedule.
export class Events1764900000000 implements MigrationInterface {
  name = 'Events1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('speed_dating', 'open_house', 'job_fair', 'iba_info')),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        town_ags varchar(8) NOT NULL,
        venue text NOT NULL DEFAULT '',
        day date NOT NULL,
        starts_at text NOT NULL,
        ends_at text NOT NULL,
        rounds integer,
        round_minutes integer,
        break_minutes integer NOT NULL DEFAULT 0,
        firm_capacity integer NOT NULL,
        candidate_capacity integer NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        registration_opens_on date,
        registration_closes_on date,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'held')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        schedule_score double precision,
        schedule_bound double precision,
        schedule_status text,
        schedule_method text,
        schedule_generated_at timestamptz,
        schedule_published_at timestamptz,
        reminder_sent_at timestamptz,
        CONSTRAINT event_pkey PRIMARY KEY (id),
        CONSTRAINT event_town_ags_fkey FOREIGN KEY (town_ags) REFERENCES town (ags),
        CONSTRAINT event_created_by_fkey FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX event_day_idx ON event (day)`);
    await queryRunner.query(`
      CREATE TABLE event_interpreter (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        name text NOT NULL,
        languages text[] NOT NULL,
        from_time text NOT NULL,
        to_time text NOT NULL,
        CONSTRAINT event_interpreter_pkey PRIMARY KEY (id),
        CONSTRAINT event_interpreter_event_id_fkey FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE event_registration (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('firm', 'candidate')),
        company_id uuid,
        candidate_id uuid,
        registered_by uuid,
        status text NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
        code text NOT NULL,
        offer_ids uuid[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{de}',
        show_first_name boolean NOT NULL DEFAULT false,
        must_meet uuid[] NOT NULL DEFAULT '{}',
        must_not uuid[] NOT NULL DEFAULT '{}',
        absent_rounds integer[] NOT NULL DEFAULT '{}',
        walk_in boolean NOT NULL DEFAULT false,
        checked_in_at timestamptz,
        no_show_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_registration_pkey PRIMARY KEY (id),
        CONSTRAINT event_registration_event_id_fkey FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
        CONSTRAINT event_registration_company_id_fkey FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
        CONSTRAINT event_registration_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
        CONSTRAINT event_registration_registered_by_fkey FOREIGN KEY (registered_by) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT event_registration_who CHECK ((kind = 'firm') = (company_id IS NOT NULL) AND (kind = 'candidate') = (candidate_id IS NOT NULL)),
        CONSTRAINT event_registration_code_key UNIQUE (event_id, code)
      )`);
    // One live registration per firm or candidate and event (cancelled ones stay as history).
    await queryRunner.query(
      `CREATE UNIQUE INDEX event_registration_company_idx ON event_registration (event_id, company_id) WHERE status <> 'cancelled' AND company_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX event_registration_candidate_idx ON event_registration (event_id, candidate_id) WHERE status <> 'cancelled' AND candidate_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE event_meeting (
        event_id uuid NOT NULL,
        round integer NOT NULL,
        firm_registration_id uuid NOT NULL,
        candidate_registration_id uuid NOT NULL,
        score double precision NOT NULL,
        language text,
        interpreter text,
        CONSTRAINT event_meeting_pkey PRIMARY KEY (event_id, round, firm_registration_id),
        CONSTRAINT event_meeting_candidate_key UNIQUE (event_id, round, candidate_registration_id),
        CONSTRAINT event_meeting_event_id_fkey FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
        CONSTRAINT event_meeting_firm_fkey FOREIGN KEY (firm_registration_id) REFERENCES event_registration (id) ON DELETE CASCADE,
        CONSTRAINT event_meeting_candidate_fkey FOREIGN KEY (candidate_registration_id) REFERENCES event_registration (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['event_meeting', 'event_registration', 'event_interpreter', 'event'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
