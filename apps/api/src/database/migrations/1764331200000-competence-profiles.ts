import type { MigrationInterface, QueryRunner } from 'typeorm';

const CEFR = `('A1', 'A2', 'B1', 'B2', 'C1', 'C2')`;
const LEVEL4 = `('none', 'basic', 'good', 'very_good')`;

export class CompetenceProfiles1764331200000 implements MigrationInterface {
  name = 'CompetenceProfiles1764331200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE candidate ADD COLUMN birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100)`,
    );
    await queryRunner.query(`ALTER TABLE candidate ADD COLUMN phone text`);
    await queryRunner.query(
      `CREATE INDEX candidate_duplicate_name_idx ON candidate (lower(family_name), lower(given_name), birth_year)`,
    );
    await queryRunner.query(`CREATE INDEX candidate_phone_idx ON candidate (phone) WHERE phone IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE candidate_profile (
        candidate_id uuid PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE,
        pseudonym text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
        published_at timestamptz,
        confirmed_at timestamptz,
        reminder_sent_at timestamptz,
        maths_level text CHECK (maths_level IN ${LEVEL4}),
        computer_level text CHECK (computer_level IN ${LEVEL4}),
        school_years smallint CHECK (school_years BETWEEN 0 AND 25),
        school_country varchar(2),
        school_level text CHECK (school_level IN ('none', 'primary', 'lower_secondary', 'upper_secondary', 'university_entrance')),
        wished_occupations text[] NOT NULL DEFAULT '{}',
        wished_kinds text[] NOT NULL DEFAULT '{}',
        hours_per_week smallint CHECK (hours_per_week BETWEEN 1 AND 60),
        earliest_start date,
        home_town_ags varchar(8) REFERENCES town (ags),
        home_place text,
        travel_km smallint CHECK (travel_km BETWEEN 0 AND 300),
        travel_minutes smallint CHECK (travel_minutes BETWEEN 0 AND 300),
        driving_licences text[] NOT NULL DEFAULT '{}',
        work_permit text NOT NULL DEFAULT 'unknown' CHECK (work_permit IN ('permitted', 'needs_approval', 'not_permitted', 'unknown')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        updated_on_behalf boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(
      `CREATE INDEX candidate_profile_visible_idx ON candidate_profile (status, confirmed_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE profile_language (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        language varchar(3) NOT NULL,
        native boolean NOT NULL DEFAULT false,
        overall text CHECK (overall IN ${CEFR}),
        understanding text CHECK (understanding IN ${CEFR}),
        speaking text CHECK (speaking IN ${CEFR}),
        writing text CHECK (writing IN ${CEFR}),
        UNIQUE (candidate_id, language)
      )`);
    await queryRunner.query(`
      CREATE TABLE german_certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('DTZ', 'telc', 'Goethe', 'other')),
        name text,
        level text NOT NULL CHECK (level IN ${CEFR}),
        issued_on date NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE profile_competence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        concept_code text NOT NULL REFERENCES taxonomy_concept (code),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (candidate_id, concept_code)
      )`);
    await queryRunner.query(`CREATE INDEX profile_competence_code_idx ON profile_competence (concept_code)`);
    await queryRunner.query(`
      CREATE TABLE competence_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        competence_id uuid NOT NULL REFERENCES profile_competence (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('self', 'mentor', 'provider')),
        level text CHECK (level IN ('basic', 'good', 'very_good')),
        observed_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        observed_by_name text,
        observed_on date,
        provider text,
        procedure text,
        assessed_on date,
        confirmed_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        confirmed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        CHECK (kind <> 'provider' OR (provider IS NOT NULL AND procedure IS NOT NULL AND assessed_on IS NOT NULL)),
        CHECK (kind <> 'mentor' OR observed_on IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX competence_evidence_competence_idx ON competence_evidence (competence_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE profile_education (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('vocational', 'academic')),
        title text NOT NULL,
        title_lang varchar(8) NOT NULL,
        occupation_code text REFERENCES taxonomy_concept (code),
        country varchar(2),
        year_completed smallint CHECK (year_completed BETWEEN 1950 AND 2100),
        recognition text NOT NULL DEFAULT 'not_started' CHECK (recognition IN ('not_started', 'in_progress', 'partly', 'fully'))
      )`);
    await queryRunner.query(`
      CREATE TABLE profile_experience (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        occupation_code text NOT NULL REFERENCES taxonomy_concept (code),
        years numeric(4, 1) NOT NULL CHECK (years > 0 AND years <= 60),
        country varchar(2)
      )`);
    // Free text stays in the language it was written in. A mentor's tidied or translated version
    // stands beside the candidate's original; each version records who wrote it.
    await queryRunner.query(`
      CREATE TABLE profile_text (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        subject text NOT NULL,
        version text NOT NULL CHECK (version IN ('original', 'tidied')),
        text text NOT NULL CHECK (length(text) <= 4000),
        lang varchar(8) NOT NULL,
        written_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        written_by_name text,
        written_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (candidate_id, subject, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE duplicate_decision (
        candidate_a uuid NOT NULL,
        candidate_b uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('dismissed')),
        decided_by_account_id uuid REFERENCES account (id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (candidate_a, candidate_b),
        CHECK (candidate_a < candidate_b)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'duplicate_decision',
      'profile_text',
      'profile_experience',
      'profile_education',
      'competence_evidence',
      'profile_competence',
      'german_certificate',
      'profile_language',
      'candidate_profile',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP INDEX candidate_phone_idx`);
    await queryRunner.query(`DROP INDEX candidate_duplicate_name_idx`);
    await queryRunner.query(`ALTER TABLE candidate DROP COLUMN phone`);
    await queryRunner.query(`ALTER TABLE candidate DROP COLUMN birth_year`);
  }
}
