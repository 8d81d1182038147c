import type { MigrationInterface, QueryRunner } from 'typeorm';

// Open-house days (sites with opening windows and capacities, registrations of candidates and
// groups, the planned visits) and job fairs (exhibitors, fair mentors, registered candidates and
// their pairing). Times of a day are minutes since midnight, as in @passgenau/domain open-house.
export class OpenHouse1764930000000 implements MigrationInterface {
  name = 'OpenHouse1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE open_house_day (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL,
        day date NOT NULL,
        created_by_account_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        planned_at timestamptz,
        plan_score double precision,
        plan_bound double precision,
        plan_status text,
        plan_reached integer,
        CONSTRAINT open_house_day_pkey PRIMARY KEY (id),
        CONSTRAINT open_house_day_created_by_fkey FOREIGN KEY (created_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE open_house_site (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        day_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('firm', 'housing')),
        company_id uuid,
        company_site_id uuid,
        name text NOT NULL,
        town_ags varchar(8) NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        openings jsonb NOT NULL,
        capacity integer NOT NULL CHECK (capacity >= 1),
        slot_minutes integer NOT NULL CHECK (slot_minutes >= 5),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT open_house_site_pkey PRIMARY KEY (id),
        CONSTRAINT open_house_site_day_fkey FOREIGN KEY (day_id) REFERENCES open_house_day (id) ON DELETE CASCADE,
        CONSTRAINT open_house_site_company_fkey FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
        CONSTRAINT open_house_site_company_site_fkey FOREIGN KEY (company_site_id) REFERENCES company_site (id) ON DELETE CASCADE,
        CONSTRAINT open_house_site_town_fkey FOREIGN KEY (town_ags) REFERENCES town (ags)
      )`);
    await queryRunner.query(`CREATE INDEX open_house_site_day_idx ON open_house_site (day_id)`);
    await queryRunner.query(`
      CREATE TABLE open_house_group (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        day_id uuid NOT NULL,
        housing_site_id uuid NOT NULL,
        mentor_account_id uuid,
        companions integer NOT NULL DEFAULT 1,
        travel_mode text NOT NULL,
        radius_km double precision NOT NULL,
        available_start integer NOT NULL,
        available_end integer NOT NULL,
        max_visits integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT open_house_group_pkey PRIMARY KEY (id),
        CONSTRAINT open_house_group_day_fkey FOREIGN KEY (day_id) REFERENCES open_house_day (id) ON DELETE CASCADE,
        CONSTRAINT open_house_group_site_fkey FOREIGN KEY (housing_site_id) REFERENCES open_house_site (id) ON DELETE CASCADE,
        CONSTRAINT open_house_group_mentor_fkey FOREIGN KEY (mentor_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE open_house_registration (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        day_id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        group_id uuid,
        registered_by_account_id uuid,
        travel_mode text NOT NULL,
        radius_km double precision NOT NULL,
        start_lat double precision NOT NULL,
        start_lon double precision NOT NULL,
        start_town_ags varchar(8),
        available_start integer NOT NULL,
        available_end integer NOT NULL,
        max_visits integer NOT NULL,
        needs_interpreter boolean NOT NULL DEFAULT false,
        interpreter_language varchar(3),
        show_first_name boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT open_house_registration_pkey PRIMARY KEY (id),
        CONSTRAINT open_house_registration_once UNIQUE (day_id, candidate_id),
        CONSTRAINT open_house_registration_day_fkey FOREIGN KEY (day_id) REFERENCES open_house_day (id) ON DELETE CASCADE,
        CONSTRAINT open_house_registration_candidate_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
        CONSTRAINT open_house_registration_group_fkey FOREIGN KEY (group_id) REFERENCES open_house_group (id) ON DELETE SET NULL,
        CONSTRAINT open_house_registration_by_fkey FOREIGN KEY (registered_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE open_house_visit (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        day_id uuid NOT NULL,
        party text NOT NULL,
        site_id uuid NOT NULL,
        start_minute integer NOT NULL,
        end_minute integer NOT NULL,
        score double precision NOT NULL DEFAULT 0,
        manual boolean NOT NULL DEFAULT false,
        CONSTRAINT open_house_visit_pkey PRIMARY KEY (id),
        CONSTRAINT open_house_visit_day_fkey FOREIGN KEY (day_id) REFERENCES open_house_day (id) ON DELETE CASCADE,
        CONSTRAINT open_house_visit_site_fkey FOREIGN KEY (site_id) REFERENCES open_house_site (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX open_house_visit_day_idx ON open_house_visit (day_id)`);

    await queryRunner.query(`
      CREATE TABLE job_fair (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL,
        day date NOT NULL,
        venue text NOT NULL,
        created_by_account_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_fair_pkey PRIMARY KEY (id),
        CONSTRAINT job_fair_created_by_fkey FOREIGN KEY (created_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE job_fair_exhibitor (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL,
        company_id uuid,
        name text NOT NULL,
        booth text NOT NULL,
        offer_ids uuid[] NOT NULL DEFAULT '{}',
        occupations text[] NOT NULL DEFAULT '{}',
        CONSTRAINT job_fair_exhibitor_pkey PRIMARY KEY (id),
        CONSTRAINT job_fair_exhibitor_booth UNIQUE (fair_id, booth),
        CONSTRAINT job_fair_exhibitor_fair_fkey FOREIGN KEY (fair_id) REFERENCES job_fair (id) ON DELETE CASCADE,
        CONSTRAINT job_fair_exhibitor_company_fkey FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE job_fair_mentor (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL,
        account_id uuid,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('volunteer', 'staff', 'migrant')),
        languages text[] NOT NULL,
        capacity integer NOT NULL CHECK (capacity >= 0),
        town_ags varchar(8),
        CONSTRAINT job_fair_mentor_pkey PRIMARY KEY (id),
        CONSTRAINT job_fair_mentor_fair_fkey FOREIGN KEY (fair_id) REFERENCES job_fair (id) ON DELETE CASCADE,
        CONSTRAINT job_fair_mentor_account_fkey FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT job_fair_mentor_town_fkey FOREIGN KEY (town_ags) REFERENCES town (ags)
      )`);
    await queryRunner.query(`
      CREATE TABLE job_fair_candidate (
        fair_id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        mentor_id uuid,
        fixed boolean NOT NULL DEFAULT false,
        registered_by_account_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT job_fair_candidate_pkey PRIMARY KEY (fair_id, candidate_id),
        CONSTRAINT job_fair_candidate_fair_fkey FOREIGN KEY (fair_id) REFERENCES job_fair (id) ON DELETE CASCADE,
        CONSTRAINT job_fair_candidate_candidate_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
        CONSTRAINT job_fair_candidate_mentor_fkey FOREIGN KEY (mentor_id) REFERENCES job_fair_mentor (id) ON DELETE SET NULL,
        CONSTRAINT job_fair_candidate_by_fkey FOREIGN KEY (registered_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'job_fair_candidate',
      'job_fair_mentor',
      'job_fair_exhibitor',
      'job_fair',
      'open_house_visit',
      'open_house_registration',
      'open_house_group',
      'open_house_site',
      'open_house_day',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
