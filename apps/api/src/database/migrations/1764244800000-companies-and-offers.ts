import type { MigrationInterface, QueryRunner } from 'typeorm';

const CEFR = `('A1', 'A2', 'B1', 'B2', 'C1', 'C2')`;

export class CompaniesAndOffers1764244800000 implements MigrationInterface {
  name = 'CompaniesAndOffers1764244800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE company
        ADD COLUMN legal_form text,
        ADD COLUMN wz_section char(1) CHECK (wz_section BETWEEN 'A' AND 'U'),
        ADD COLUMN size_band text CHECK (size_band IN ('1-9', '10-49', '50-249', '250+')),
        ADD COLUMN description text,
        ADD COLUMN description_lang varchar(8),
        ADD COLUMN website text,
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN offers_tours boolean NOT NULL DEFAULT false,
        ADD COLUMN offers_open_house boolean NOT NULL DEFAULT false,
        ADD COLUMN offers_internships boolean NOT NULL DEFAULT false,
        ADD COLUMN offers_apprenticeships boolean NOT NULL DEFAULT false,
        ADD COLUMN offers_eq_places boolean NOT NULL DEFAULT false,
        ADD COLUMN can_host_interpreters boolean NOT NULL DEFAULT false,
        ADD COLUMN needs_interpreters boolean NOT NULL DEFAULT false,
        ADD COLUMN showcase_opt_in boolean NOT NULL DEFAULT false,
        ADD COLUMN showcase_story text,
        ADD COLUMN showcase_story_lang varchar(8),
        ADD COLUMN showcase_changed_at timestamptz,
        ADD COLUMN employs_refugees boolean NOT NULL DEFAULT false,
        ADD COLUMN employs_refugees_marked_by uuid REFERENCES account (id) ON DELETE SET NULL,
        ADD COLUMN employs_refugees_marked_at timestamptz,
        ADD COLUMN source text NOT NULL DEFAULT 'passgenau' CHECK (source IN ('passgenau', 'ba-jobsuche')),
        ADD COLUMN ba_customer_hash text UNIQUE,
        ADD CONSTRAINT company_description_lang CHECK (description IS NULL OR description_lang IS NOT NULL),
        ADD CONSTRAINT company_showcase_story CHECK (NOT showcase_opt_in OR (showcase_story IS NOT NULL AND showcase_story_lang IS NOT NULL))`);
    await queryRunner.query(`CREATE INDEX company_name_idx ON company (lower(name))`);
    // A site has coordinates: the town's when it lies in the towns list, else entered ones.
    await queryRunner.query(`
      CREATE TABLE company_site (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        label text,
        street text,
        postal_code varchar(10),
        locality text,
        town_ags varchar(8) REFERENCES town (ags),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
        coordinates_entered boolean NOT NULL,
        is_main boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (town_ags IS NOT NULL OR locality IS NOT NULL OR coordinates_entered)
      )`);
    await queryRunner.query(`CREATE INDEX company_site_company_idx ON company_site (company_id)`);
    await queryRunner.query(`CREATE INDEX company_site_town_idx ON company_site (town_ags)`);
    await queryRunner.query(`
      CREATE TABLE company_logo (
        company_id uuid PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
        data bytea NOT NULL,
        byte_size integer NOT NULL CHECK (byte_size > 0 AND byte_size <= 1048576),
        sha256 char(64) NOT NULL,
        uploaded_by uuid REFERENCES account (id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        site_id uuid REFERENCES company_site (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('job', 'apprenticeship', 'internship', 'eq')),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text,
        description_lang varchar(8),
        occupation_code text REFERENCES taxonomy_concept (code),
        occupation_mapping text NOT NULL CHECK (occupation_mapping IN ('manual', 'preferred-label', 'alternative-label', 'unmapped')),
        occupation_text text,
        german_overall varchar(2) CHECK (german_overall IN ${CEFR}),
        german_understanding varchar(2) CHECK (german_understanding IN ${CEFR}),
        german_speaking varchar(2) CHECK (german_speaking IN ${CEFR}),
        german_writing varchar(2) CHECK (german_writing IN ${CEFR}),
        helpful_languages text[] NOT NULL DEFAULT '{}',
        suitable_for_career_changers boolean NOT NULL DEFAULT false,
        starts_on date,
        hours_per_week numeric(4, 1) CHECK (hours_per_week > 0 AND hours_per_week <= 60),
        duration_weeks smallint CHECK (duration_weeks > 0),
        places smallint NOT NULL DEFAULT 1 CHECK (places >= 1),
        status text NOT NULL CHECK (status IN ('draft', 'open', 'filled', 'closed')),
        closes_on date CHECK (closes_on IS NULL OR starts_on IS NULL OR closes_on >= starts_on),
        published_at timestamptz,
        source text NOT NULL DEFAULT 'passgenau' CHECK (source IN ('passgenau', 'ba-jobsuche')),
        external_ref text,
        external_url text,
        external_modified_at timestamptz,
        created_by uuid REFERENCES account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, external_ref),
        CHECK (description IS NULL OR description_lang IS NOT NULL),
        CHECK (occupation_code IS NOT NULL OR occupation_mapping = 'unmapped'),
        CHECK (source = 'passgenau' OR external_ref IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX offer_company_idx ON offer (company_id)`);
    await queryRunner.query(`CREATE INDEX offer_site_idx ON offer (site_id)`);
    await queryRunner.query(`CREATE INDEX offer_occupation_idx ON offer (occupation_code)`);
    await queryRunner.query(`CREATE INDEX offer_open_idx ON offer (published_at DESC) WHERE status = 'open'`);
    await queryRunner.query(`
      CREATE TABLE offer_competence (
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        skill_code text NOT NULL REFERENCES taxonomy_concept (code),
        required boolean NOT NULL,
        PRIMARY KEY (offer_id, skill_code)
      )`);
    await queryRunner.query(`CREATE INDEX offer_competence_skill_idx ON offer_competence (skill_code)`);
    await queryRunner.query(`
      CREATE TABLE offer_interest (
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        marked_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (offer_id, candidate_id)
      )`);
    await queryRunner.query(`CREATE INDEX offer_interest_candidate_idx ON offer_interest (candidate_id)`);
    // Lower case with German letters transcribed ("Schweißer" = "schweisser", "Bäcker" = "baecker"),
    // so that free-text search finds words typed on keyboards without them.
    await queryRunner.query(`
      CREATE FUNCTION offer_search_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT replace(replace(replace(replace(lower(value), 'ß', 'ss'), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue')
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION offer_search_fold(text)`);
    for (const table of ['offer_interest', 'offer_competence', 'offer', 'company_logo', 'company_site']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP INDEX company_name_idx`);
    await queryRunner.query(`
      ALTER TABLE company
        DROP CONSTRAINT company_showcase_story,
        DROP CONSTRAINT company_description_lang,
        DROP COLUMN ba_customer_hash,
        DROP COLUMN source,
        DROP COLUMN employs_refugees_marked_at,
        DROP COLUMN employs_refugees_marked_by,
        DROP COLUMN employs_refugees,
        DROP COLUMN showcase_changed_at,
        DROP COLUMN showcase_story_lang,
        DROP COLUMN showcase_story,
        DROP COLUMN showcase_opt_in,
        DROP COLUMN needs_interpreters,
        DROP COLUMN can_host_interpreters,
        DROP COLUMN offers_eq_places,
        DROP COLUMN offers_apprenticeships,
        DROP COLUMN offers_internships,
        DROP COLUMN offers_open_house,
        DROP COLUMN offers_tours,
        DROP COLUMN languages,
        DROP COLUMN website,
        DROP COLUMN description_lang,
        DROP COLUMN description,
        DROP COLUMN size_band,
        DROP COLUMN wz_section,
        DROP COLUMN legal_form`);
  }
}
