import type { MigrationInterface, QueryRunner } from 'typeorm';

// From match to placement (issue 10, items 1–4): an employer's shortlist of candidates (by pseudonym),
// contact requests that reveal a candidate's name and chosen contact data only on acceptance, firms a
// candidate blocked, the district's contact setting (brokered by IBA staff or direct) and the outcomes
// of accepted contacts. The district report reads contact_request and contact_outcome (docs/contacts.md).
export class Contacts1764860000000 implements MigrationInterface {
  name = 'Contacts1764860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE shortlist_entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        offer_id uuid,
        note text,
        added_by_account_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT shortlist_entry_pkey PRIMARY KEY (id),
        CONSTRAINT shortlist_entry_company_id_fkey FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
        CONSTRAINT shortlist_entry_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
        CONSTRAINT shortlist_entry_offer_id_fkey FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
        CONSTRAINT shortlist_entry_added_by_account_id_fkey FOREIGN KEY (added_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    // One entry per firm, candidate and offer (or the firm's general list: offer NULL).
    await queryRunner.query(
      `CREATE UNIQUE INDEX shortlist_entry_unique_idx ON shortlist_entry
         (company_id, candidate_id, coalesce(offer_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await queryRunner.query(`CREATE INDEX shortlist_entry_candidate_idx ON shortlist_entry (candidate_id)`);

    await queryRunner.query(`
      CREATE TABLE contact_request (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        offer_id uuid,
        sent_by_account_id uuid,
        message text NOT NULL,
        status text NOT NULL,
        brokered boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        expires_at timestamptz,
        broker_account_id uuid,
        broker_comment text,
        answered_at timestamptz,
        answered_by_account_id uuid,
        decline_reason text,
        share_email boolean NOT NULL DEFAULT false,
        share_phone boolean NOT NULL DEFAULT false,
        CONSTRAINT contact_request_pkey PRIMARY KEY (id),
        CONSTRAINT contact_request_status_check CHECK (status IN ('awaiting_broker', 'returned', 'open', 'accepted', 'declined', 'blocked', 'expired')),
        CONSTRAINT contact_request_decline_reason_check CHECK (decline_reason IS NULL OR decline_reason IN ('not_interested', 'found_work', 'too_far', 'not_now', 'offer_not_suitable', 'other')),
        CONSTRAINT contact_request_company_id_fkey FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
        CONSTRAINT contact_request_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
        CONSTRAINT contact_request_offer_id_fkey FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE SET NULL,
        CONSTRAINT contact_request_sent_by_account_id_fkey FOREIGN KEY (sent_by_account_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT contact_request_broker_account_id_fkey FOREIGN KEY (broker_account_id) REFERENCES account (id) ON DELETE SET NULL,
        CONSTRAINT contact_request_answered_by_account_id_fkey FOREIGN KEY (answered_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    // At most one open (or queued) request per firm, candidate and offer.
    await queryRunner.query(
      `CREATE UNIQUE INDEX contact_request_one_open_idx ON contact_request
         (company_id, candidate_id, coalesce(offer_id, '00000000-0000-0000-0000-000000000000'::uuid))
         WHERE status IN ('awaiting_broker', 'open')`,
    );
    await queryRunner.query(
      `CREATE INDEX contact_request_company_created_idx ON contact_request (company_id, created_at)`,
    );
    await queryRunner.query(`CREATE INDEX contact_request_candidate_idx ON contact_request (candidate_id)`);
    await queryRunner.query(
      `CREATE INDEX contact_request_expiry_idx ON contact_request (expires_at) WHERE status = 'open'`,
    );

    await queryRunner.query(`
      CREATE TABLE contact_block (
        company_id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        blocked_by_account_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contact_block_pkey PRIMARY KEY (company_id, candidate_id),
        CONSTRAINT contact_block_company_id_fkey FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE,
        CONSTRAINT contact_block_candidate_id_fkey FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
        CONSTRAINT contact_block_blocked_by_account_id_fkey FOREIGN KEY (blocked_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE contact_outcome (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        contact_request_id uuid NOT NULL,
        stage text NOT NULL,
        occurred_on date NOT NULL,
        ended_reason text,
        recorded_by_account_id uuid,
        recorded_by_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contact_outcome_pkey PRIMARY KEY (id),
        CONSTRAINT contact_outcome_stage_check CHECK (stage IN ('talk', 'trial', 'apprenticeship_contract', 'employment_contract', 'ended')),
        CONSTRAINT contact_outcome_ended_reason_check CHECK ((stage = 'ended') = (ended_reason IS NOT NULL)),
        CONSTRAINT contact_outcome_contact_request_id_fkey FOREIGN KEY (contact_request_id) REFERENCES contact_request (id) ON DELETE CASCADE,
        CONSTRAINT contact_outcome_recorded_by_account_id_fkey FOREIGN KEY (recorded_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX contact_outcome_request_idx ON contact_outcome (contact_request_id, occurred_on)`,
    );

    await queryRunner.query(`
      CREATE TABLE contact_setting (
        id smallint NOT NULL DEFAULT 1,
        brokered boolean NOT NULL DEFAULT false,
        updated_by_account_id uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contact_setting_pkey PRIMARY KEY (id),
        CONSTRAINT contact_setting_single_row_check CHECK (id = 1),
        CONSTRAINT contact_setting_updated_by_account_id_fkey FOREIGN KEY (updated_by_account_id) REFERENCES account (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`INSERT INTO contact_setting (id, brokered) VALUES (1, false)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE contact_setting`);
    await queryRunner.query(`DROP TABLE contact_outcome`);
    await queryRunner.query(`DROP TABLE contact_block`);
    await queryRunner.query(`DROP TABLE contact_request`);
    await queryRunner.query(`DROP TABLE shortlist_entry`);
  }
}
