import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@passgenau/domain';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'Remstal-Apfelbaum-2026';

export interface TestAccount {
  accountId: string;
  email: string;
  role: Role;
  candidateId: string | null;
  companyId: string | null;
  token: string;
}

let hashed: Promise<string> | null = null;

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@test.passgenau.de`;
}

/** An account of any role, straight in the database, signed in through the API (bearer token). */
export async function createAccount(
  t: TestApp,
  role: Role,
  options: { companyId?: string; companyRole?: 'manager' | 'member'; name?: string } = {},
): Promise<TestAccount> {
  const app: NestExpressApplication = t.app;
  const db = app.get(DataSource);
  hashed ??= app.get(PasswordHasher).hash(TEST_PASSWORD);
  const email = uniqueEmail(role);
  let companyId = options.companyId ?? null;
  if (role === 'employer' && !companyId) {
    [{ id: companyId }] = await db.query(`INSERT INTO company (name) VALUES ($1) RETURNING id`, [
      `Firma ${email}`,
    ]);
  }
  const [account] = await db.query(
    `INSERT INTO account (email, password_hash, role, display_name, company_id, company_role)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      email,
      await hashed,
      role,
      options.name ?? `Test ${role}`,
      companyId,
      role === 'employer' ? (options.companyRole ?? 'manager') : null,
    ],
  );
  let candidateId: string | null = null;
  if (role === 'candidate') {
    [{ id: candidateId }] = await db.query(
      `INSERT INTO candidate (account_id, given_name, family_name) VALUES ($1, 'Test', $2) RETURNING id`,
      [account.id, email],
    );
  }
  const login = await t.http.post('/api/auth/login').send({ email, password: TEST_PASSWORD });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { accountId: account.id, email, role, candidateId, companyId, token: login.body.accessToken };
}

export function bearer(account: { token: string }): { Authorization: string } {
  return { Authorization: `Bearer ${account.token}` };
}

/** Links a mentor to a candidate as if the candidate had authorised them. */
export async function authorise(t: TestApp, candidate: TestAccount, mentor: TestAccount): Promise<string> {
  const response = await t.http
    .post('/api/me/mentors')
    .set(bearer(candidate))
    .send({ mentorEmail: mentor.email });
  if (response.status !== 201)
    throw new Error(`authorise failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export function db(t: TestApp): DataSource {
  return t.app.get(DataSource);
}
