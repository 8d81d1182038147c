import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TaxonomyAndTowns1764072000000 implements MigrationInterface {
  name = 'TaxonomyAndTowns1764072000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE taxonomy_concept (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('occupation', 'skill')),
        scheme text NOT NULL CHECK (scheme IN ('esco', 'passgenau')),
        isco_group varchar(4),
        esco_code text,
        skill_type text,
        collections text[] NOT NULL DEFAULT '{}',
        curated_field text,
        description_en text,
        description_de text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX taxonomy_concept_kind_idx ON taxonomy_concept (kind)`);
    await queryRunner.query(`
      CREATE TABLE taxonomy_label (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        concept_id uuid NOT NULL REFERENCES taxonomy_concept (id) ON DELETE CASCADE,
        lang varchar(8) NOT NULL,
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        preferred boolean NOT NULL,
        source text NOT NULL CHECK (source IN ('esco', 'passgenau', 'coordinator')),
        edited_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (concept_id, lang, source, text)
      )`);
    await queryRunner.query(`CREATE INDEX taxonomy_label_concept_idx ON taxonomy_label (concept_id, lang)`);
    await queryRunner.query(`
      CREATE TABLE occupation_skill (
        occupation_code text NOT NULL REFERENCES taxonomy_concept (code) ON DELETE CASCADE,
        skill_code text NOT NULL REFERENCES taxonomy_concept (code) ON DELETE CASCADE,
        essential boolean NOT NULL,
        PRIMARY KEY (occupation_code, skill_code)
      )`);
    await queryRunner.query(`CREATE INDEX occupation_skill_skill_idx ON occupation_skill (skill_code)`);
    await queryRunner.query(`
      CREATE TABLE isco_group (
        code varchar(4) PRIMARY KEY,
        level smallint NOT NULL,
        parent_code varchar(4),
        label_en text NOT NULL,
        label_de text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE kldb_occupation (
        code varchar(5) PRIMARY KEY,
        level smallint NOT NULL,
        parent_code varchar(5),
        title text NOT NULL,
        short_title text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE kldb_isco_mapping (
        kldb_code varchar(5) NOT NULL REFERENCES kldb_occupation (code) ON DELETE CASCADE,
        isco_code varchar(4) NOT NULL,
        rank smallint NOT NULL,
        recommended boolean NOT NULL,
        PRIMARY KEY (kldb_code, isco_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE reference_data_import (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        imported_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE town (
        ags varchar(8) PRIMARY KEY,
        name text NOT NULL,
        district text NOT NULL,
        state text NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        population integer,
        postal_codes text[] NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'town',
      'reference_data_import',
      'kldb_isco_mapping',
      'kldb_occupation',
      'isco_group',
      'occupation_skill',
      'taxonomy_label',
      'taxonomy_concept',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
