import { ROLES, type Role } from '@passgenau/domain';
import { bearer, createAccount, type TestAccount } from './factories';
import { createTestApp, type TestApp } from './test-app';

type Access = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

interface Operation {
  method: string;
  path: string;
  access: Access | undefined;
}

const RANDOM_ID = '3f0c9a4e-5b7d-4e21-9c3a-8d2b6f1e0a57';

/**
 * Walks the OpenAPI document: every operation declares who may call it, and every protected one
 * refuses callers without a session (401) and callers of every other role (403).
 */
describe('role matrix over every route of the OpenAPI document', () => {
  let t: TestApp;
  let operations: Operation[];
  const accounts = {} as Record<Role, TestAccount>;

  beforeAll(async () => {
    t = await createTestApp();
    const spec = (await t.http.get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { 'x-passgenau-access'?: Access }>>;
    };
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method, path, access: op['x-passgenau-access'] })),
    );
    for (const role of ROLES) accounts[role] = await createAccount(t, role);
  });

  afterAll(async () => {
    await t.app.close();
  });

  function call(op: Operation, account?: TestAccount) {
    const url = op.path.replace(/\{[^}]+\}/g, RANDOM_ID);
    const method = op.method as 'get' | 'post' | 'patch' | 'put' | 'delete';
    let req = t.http[method](url);
    if (account) req = req.set(bearer(account));
    return ['post', 'patch', 'put'].includes(method) ? req.send({}) : req;
  }

  it('finds the routes of every feature', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.map((o) => o.path)).toEqual(
      expect.arrayContaining(['/api/admin/accounts', '/api/candidates/{id}', '/api/me/mentors']),
    );
  });

  it('every route declares its access rule', () => {
    expect(operations.filter((op) => !op.access).map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('every protected route answers 401 without a session and 403 to every role it does not name', async () => {
    const problems: string[] = [];
    for (const op of operations) {
      if (op.access?.kind !== 'roles') continue;
      const anonymous = await call(op);
      if (anonymous.status !== 401) problems.push(`${op.method} ${op.path} anonymous → ${anonymous.status}`);
      for (const role of ROLES) {
        const allowed = op.access.roles.includes(role);
        // Signing out would end the session the rest of this walk uses; its own test covers it.
        if (allowed && op.path === '/api/auth/logout') continue;
        const response = await call(op, accounts[role]);
        if (!allowed && response.status !== 403)
          problems.push(`${op.method} ${op.path} as ${role} → ${response.status}, expected 403`);
        if (allowed && (response.status === 401 || response.status >= 500)) {
          problems.push(
            `${op.method} ${op.path} as ${role} → ${response.status}, expected to pass the guard`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('public routes need no session', async () => {
    const publicGets = operations.filter(
      (op) => op.access?.kind === 'public' && op.method === 'get' && !op.path.includes('{'),
    );
    for (const op of publicGets) {
      const response = await call(op);
      expect([op.path, response.status]).toEqual([op.path, expect.any(Number)]);
      expect(response.status).not.toBe(401);
      expect(response.status).toBeLessThan(500);
    }
  });
});
