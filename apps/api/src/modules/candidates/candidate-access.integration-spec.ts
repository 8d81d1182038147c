import type { AuthContext } from '../../common/auth-context';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { authorise, bearer, createAccount, type TestAccount } from '../../../test/factories';
import { CandidateAccessPolicy, type CandidateIntent } from './candidate-access.service';

function auth(account: TestAccount): AuthContext {
  return {
    accountId: account.accountId,
    role: account.role,
    displayName: 'x',
    sessionId: 's',
    companyId: account.companyId,
    companyRole: account.role === 'employer' ? 'manager' : null,
    candidateId: account.candidateId,
    via: 'bearer',
  };
}

describe('one policy decides access to a candidate', () => {
  let t: TestApp;
  let policy: CandidateAccessPolicy;

  beforeAll(async () => {
    t = await createTestApp();
    policy = t.app.get(CandidateAccessPolicy);
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('answers every role and intent as the product rules say', async () => {
    const candidate = await createAccount(t, 'candidate');
    const otherCandidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    const strangerMentor = await createAccount(t, 'mentor');
    await authorise(t, candidate, mentor);
    const actors: Record<string, TestAccount> = {
      self: candidate,
      otherCandidate,
      mentor,
      strangerMentor,
      iba: await createAccount(t, 'iba_staff'),
      admin: await createAccount(t, 'admin'),
      coordinator: await createAccount(t, 'coordinator'),
      employer: await createAccount(t, 'employer'),
    };
    const intents: CandidateIntent[] = ['read', 'edit', 'rights', 'assess'];
    const expected: Record<string, CandidateIntent[]> = {
      self: ['read', 'edit', 'rights'],
      otherCandidate: [],
      mentor: ['read', 'edit'],
      strangerMentor: [],
      iba: ['read', 'assess'],
      admin: ['read', 'rights', 'assess'],
      coordinator: [],
      employer: [],
    };
    for (const [name, actor] of Object.entries(actors)) {
      const allowed: CandidateIntent[] = [];
      for (const intent of intents)
        if (await policy.can(auth(actor), candidate.candidateId!, intent)) allowed.push(intent);
      expect({ [name]: allowed }).toEqual({ [name]: expected[name] });
    }
    // An id that does not exist is allowed to nobody, not even admins.
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const intent of intents)
      expect(await policy.can(auth(actors['admin']!), missing, intent)).toBe(false);
    const refused = policy.assertCanRead(auth(strangerMentor), candidate.candidateId!);
    await expect(refused).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('every route with the candidate’s personal data closes at once when the mentor’s authorisation is withdrawn', async () => {
    const candidate = await createAccount(t, 'candidate');
    const mentor = await createAccount(t, 'mentor');
    const mentorshipId = await authorise(t, candidate, mentor);
    const id = candidate.candidateId!;
    const reads = [`/api/candidates/${id}`, `/api/candidates/${id}/profile`, `/api/candidates/${id}/consent`];
    for (const path of reads)
      expect({ path, status: (await t.http.get(path).set(bearer(mentor))).status }).toEqual({
        path,
        status: 200,
      });
    const withdrawn = await t.http.delete(`/api/me/mentors/${mentorshipId}`).set(bearer(candidate));
    expect(withdrawn.status).toBeLessThan(300);
    for (const path of reads)
      expect({ path, status: (await t.http.get(path).set(bearer(mentor))).status }).toEqual({
        path,
        status: 404,
      });
  });
});
