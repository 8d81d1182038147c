import type { DataSource } from 'typeorm';
import { SEARCHABLE_PROFILE_CONSENT, type Role } from '@passgenau/domain';
import { PasswordHasher } from '../../modules/auth/password-hasher';

/** Every demo account signs in with this password (listed in the README). */
export const DEMO_PASSWORD = 'demo-passgenau-2026';
export const DEMO_COMPANY = 'Metallbau Remstal GmbH (Demo)';

interface DemoAccount {
  email: string;
  role: Role;
  displayName: string;
  language: string;
  candidate?: { givenName: string; familyName: string };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'candidate@demo.passgenau.de',
    role: 'candidate',
    displayName: 'Amina Haddad',
    language: 'ar',
    candidate: { givenName: 'Amina', familyName: 'Haddad' },
  },
  { email: 'mentor@demo.passgenau.de', role: 'mentor', displayName: 'Jonas Weber', language: 'de' },
  { email: 'employer@demo.passgenau.de', role: 'employer', displayName: 'Petra Brenner', language: 'de' },
  {
    email: 'iba@demo.passgenau.de',
    role: 'iba_staff',
    displayName: 'Sabine Keller (Team IBA)',
    language: 'de',
  },
  {
    email: 'coordinator@demo.passgenau.de',
    role: 'coordinator',
    displayName: 'Murat Yilmaz (Landratsamt)',
    language: 'de',
  },
  { email: 'admin@demo.passgenau.de', role: 'admin', displayName: 'Admin Passgenau', language: 'de' },
];

/** Idempotent: creates what is missing, never touches what a demo user changed. */
export async function seedDemoData(dataSource: DataSource, hasher: PasswordHasher): Promise<number> {
  let created = 0;
  const hash = await hasher.hash(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    let [company] = await manager.query(`SELECT id FROM company WHERE name = $1`, [DEMO_COMPANY]);
    if (!company)
      [company] = await manager.query(`INSERT INTO company (name) VALUES ($1) RETURNING id`, [DEMO_COMPANY]);
    for (const demo of DEMO_ACCOUNTS) {
      const [existing] = await manager.query(`SELECT id FROM account WHERE email = $1`, [demo.email]);
      if (existing) continue;
      const employer = demo.role === 'employer';
      const [account] = await manager.query(
        `INSERT INTO account (email, password_hash, role, display_name, preferred_language, company_id, company_role, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true) RETURNING id`,
        [
          demo.email,
          hash,
          demo.role,
          demo.displayName,
          demo.language,
          employer ? company.id : null,
          employer ? 'manager' : null,
        ],
      );
      if (demo.candidate) {
        await manager.query(
          `INSERT INTO candidate (account_id, given_name, family_name, created_by_account_id) VALUES ($1, $2, $3, $1)`,
          [account.id, demo.candidate.givenName, demo.candidate.familyName],
        );
      }
      created++;
    }
    // The demo candidate authorised the demo mentor and consented to a searchable profile.
    const [pair] = await manager.query(
      `SELECT c.id AS candidate_id, ca.id AS candidate_account_id, m.id AS mentor_id
         FROM candidate c JOIN account ca ON ca.id = c.account_id AND ca.email = 'candidate@demo.passgenau.de'
         JOIN account m ON m.email = 'mentor@demo.passgenau.de'`,
    );
    if (pair && created > 0) {
      await manager.query(
        `INSERT INTO mentorship (candidate_id, mentor_account_id, granted_by_account_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [pair.candidate_id, pair.mentor_id, pair.candidate_account_id],
      );
      await manager.query(
        `INSERT INTO consent_record (candidate_id, purpose, text_version, granted_by_account_id, granted_on_behalf)
         VALUES ($1, 'searchable_profile', $2, $3, false) ON CONFLICT DO NOTHING`,
        [pair.candidate_id, SEARCHABLE_PROFILE_CONSENT.version, pair.candidate_account_id],
      );
    }
  });
  return created;
}

export async function demoAccountsPresent(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query(`SELECT 1 FROM account WHERE is_demo LIMIT 1`);
  return Boolean(row);
}
