import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search outbox: every change that affects a document of the matching indexes (candidates,
 * offers, companies) writes a row here in the same transaction as the change itself. Statement
 * triggers on the source tables write them, so that no write path (profile save, consent,
 * erasure, merge, assessment import, offer and firm changes, taxonomy curation, seeders) can
 * forget it. A worker pushes the rows to Meilisearch and marks them processed once Meilisearch
 * confirmed the task; processed rows are kept for a while so a rebuild can replay them.
 */
const TRIGGERS: Array<{
  table: string;
  name: string;
  events: Array<'INSERT' | 'UPDATE' | 'DELETE'>;
  body: string;
}> = [
  // Profile parts: the candidate's document.
  ...[
    'candidate_profile',
    'profile_language',
    'german_certificate',
    'profile_competence',
    'consent_record',
  ].map((table) => ({
    table,
    name: `${table}_candidate`,
    events: ['INSERT', 'UPDATE', 'DELETE'] as Array<'INSERT' | 'UPDATE' | 'DELETE'>,
    body: `SELECT 'candidate', candidate_id, TG_TABLE_NAME FROM changed_rows WHERE candidate_id IS NOT NULL`,
  })),
  {
    table: 'competence_evidence',
    name: 'competence_evidence_candidate',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    body: `SELECT 'candidate', c.candidate_id, TG_TABLE_NAME FROM changed_rows e JOIN profile_competence c ON c.id = e.competence_id`,
  },
  {
    table: 'offer',
    name: 'offer_offer',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    body: `SELECT 'offer', id, TG_TABLE_NAME FROM changed_rows
           UNION SELECT 'company', company_id, TG_TABLE_NAME FROM changed_rows`,
  },
  {
    table: 'offer_competence',
    name: 'offer_competence_offer',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    body: `SELECT 'offer', offer_id, TG_TABLE_NAME FROM changed_rows`,
  },
  {
    table: 'company',
    name: 'company_company',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    body: `SELECT 'company', id, TG_TABLE_NAME FROM changed_rows
           UNION SELECT 'offer', o.id, TG_TABLE_NAME FROM changed_rows r JOIN offer o ON o.company_id = r.id`,
  },
  {
    table: 'company_site',
    name: 'company_site_company',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    body: `SELECT 'company', company_id, TG_TABLE_NAME FROM changed_rows
           UNION SELECT 'offer', o.id, TG_TABLE_NAME FROM changed_rows r JOIN offer o ON o.site_id = r.id`,
  },
  // A label changed: every candidate and offer that shows the concept.
  {
    table: 'taxonomy_label',
    name: 'taxonomy_label_documents',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    body: `SELECT 'candidate', pc.candidate_id, TG_TABLE_NAME FROM changed_rows r
             JOIN taxonomy_concept tc ON tc.id = r.concept_id JOIN profile_competence pc ON pc.concept_code = tc.code
           UNION SELECT 'candidate', p.candidate_id, TG_TABLE_NAME FROM changed_rows r
             JOIN taxonomy_concept tc ON tc.id = r.concept_id JOIN candidate_profile p ON tc.code = ANY (p.wished_occupations)
           UNION SELECT 'offer', o.id, TG_TABLE_NAME FROM changed_rows r
             JOIN taxonomy_concept tc ON tc.id = r.concept_id JOIN offer o ON o.occupation_code = tc.code
           UNION SELECT 'offer', oc.offer_id, TG_TABLE_NAME FROM changed_rows r
             JOIN taxonomy_concept tc ON tc.id = r.concept_id JOIN offer_competence oc ON oc.skill_code = tc.code`,
  },
];

function functionSql(name: string, body: string, source: 'new_rows' | 'old_rows' | 'both'): string {
  const changed =
    source === 'both'
      ? `(SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows)`
      : `(SELECT * FROM ${source})`;
  return `
    CREATE FUNCTION search_outbox_${name}_${source}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      INSERT INTO search_outbox (entity, entity_id, reason)
      SELECT DISTINCT entity, entity_id, reason FROM (
        WITH changed_rows AS ${changed}
        SELECT x.* FROM (${body}) AS x (entity, entity_id, reason)
      ) AS s WHERE entity_id IS NOT NULL;
      RETURN NULL;
    END $fn$`;
}

export class SearchOutbox1764840000000 implements MigrationInterface {
  name = 'SearchOutbox1764840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        entity text NOT NULL CHECK (entity IN ('candidate', 'offer', 'company')),
        entity_id uuid NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        processed_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX search_outbox_pending_idx ON search_outbox (next_attempt_at, id) WHERE processed_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX search_outbox_created_idx ON search_outbox (created_at)`);
    for (const trigger of TRIGGERS) {
      for (const event of trigger.events) {
        const source = event === 'INSERT' ? 'new_rows' : event === 'DELETE' ? 'old_rows' : 'both';
        await queryRunner.query(functionSql(trigger.name, trigger.body, source));
        const referencing =
          event === 'INSERT'
            ? 'REFERENCING NEW TABLE AS new_rows'
            : event === 'DELETE'
              ? 'REFERENCING OLD TABLE AS old_rows'
              : 'REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows';
        await queryRunner.query(
          `CREATE TRIGGER search_outbox_${trigger.name}_${event.toLowerCase()} AFTER ${event} ON ${trigger.table}
             ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_${trigger.name}_${source}()`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of TRIGGERS) {
      for (const event of trigger.events) {
        const source = event === 'INSERT' ? 'new_rows' : event === 'DELETE' ? 'old_rows' : 'both';
        await queryRunner.query(
          `DROP TRIGGER search_outbox_${trigger.name}_${event.toLowerCase()} ON ${trigger.table}`,
        );
        await queryRunner.query(`DROP FUNCTION search_outbox_${trigger.name}_${source}()`);
      }
    }
    await queryRunner.query(`DROP TABLE search_outbox`);
  }
}
