import { ROLES, type Role } from '@passgenau/domain';
import type { Test } from 'supertest';
import { authorise, bearer, createAccount, type TestAccount } from './factories';
import { createTestApp, type TestApp } from './test-app';

/**
 * Bad input to every route of the OpenAPI document as every role and anonymously: NUL characters
 * in path, query and body, deep nesting, oversized bodies, wrong types, broken ids and encodings.
 * Every answer is below 500, and every refusal is in the one error shape.
 */

type Access = { kind: 'public' } | { kind: 'roles'; roles: Role[] };
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

interface Operation {
  method: Method;
  path: string;
  access: Access;
  parameters: Parameter[];
  body: { type: 'json'; schema: Schema | undefined } | { type: 'multipart'; field: string } | null;
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        'x-passgenau-access': Access;
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', ...ROLES];

const RANDOM_ID = '6d1f3a2b-8c4e-4f5a-9b7c-0e1d2c3b4a59';
const NUL = '\u0000';
const DEEP = 100_000;

/** Values for a path parameter: valid-looking, someone's real id, and broken ones. */
const PATH_VARIANTS = {
  real: null, // filled per caller
  random: RANDOM_ID,
  invalid: 'not-a-uuid',
  nul: '%00',
  nulInside: `${RANDOM_ID.slice(0, 8)}%00${RANDOM_ID.slice(8)}`,
  long: 'x'.repeat(4000),
  badEncoding: '%E0%A4%A',
  overlongUtf8: '%C0%80',
  sql: encodeURIComponent("1' OR '1'='1"),
  emoji: '%F0%9F%98%80',
} as const;

type BodyKind =
  | 'nul'
  | 'wrong'
  | 'plausible'
  | 'long'
  | 'deep'
  | 'huge'
  | 'malformed'
  | 'text'
  | 'array'
  | 'charset'
  | 'encoding';

describe('fuzzing every route as every role', () => {
  let t: TestApp;
  let spec: OpenApi;
  let operations: Operation[];
  const accounts = {} as Record<Role, TestAccount>;
  /** The account the admin's account changes are tried on (not one of the callers). */
  let bystander: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    spec = (await t.http.get('/api/openapi.json')).body as OpenApi;
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => {
        const content = op.requestBody?.content ?? {};
        const multipart = content['multipart/form-data']?.schema;
        const body: Operation['body'] = content['application/json']
          ? { type: 'json', schema: content['application/json'].schema }
          : multipart
            ? { type: 'multipart', field: Object.keys(resolve(multipart).properties ?? { file: {} })[0]! }
            : null;
        return {
          method: method as Method,
          path,
          access: op['x-passgenau-access'],
          parameters: op.parameters ?? [],
          body,
        };
      }),
    );
    for (const role of ROLES) accounts[role] = await createAccount(t, role);
    await authorise(t, accounts.candidate, accounts.mentor);
    bystander = await createAccount(t, 'mentor');
  });

  afterAll(async () => {
    await t.app.close();
  });

  function resolve(schema: Schema): Schema {
    let current = schema;
    for (let i = 0; i < 10 && current.$ref; i++)
      current = spec.components.schemas[current.$ref.replace('#/components/schemas/', '')] ?? {};
    const combined = current.allOf ?? current.oneOf ?? current.anyOf;
    if (combined?.length) return resolve(combined[0]!);
    return current;
  }

  /** A value shaped after the schema: 'nul' strings with NUL, 'wrong' types, 'plausible' values, 'long' strings. */
  function sample(
    schemaIn: Schema | undefined,
    mode: 'nul' | 'wrong' | 'plausible' | 'long',
    depth = 0,
  ): unknown {
    if (!schemaIn || depth > 6) return mode === 'wrong' ? 42 : 'x';
    const schema = resolve(schemaIn);
    const type = schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string');
    if (type === 'object') {
      if (mode === 'wrong' && depth > 0) return [1, 2, 3];
      const entries = Object.entries(schema.properties ?? {}).map(([k, v]) => [
        k,
        sample(v, mode, depth + 1),
      ]);
      if (mode === 'nul') entries.push([`extra${NUL}key`, 'x']);
      return Object.fromEntries(entries);
    }
    if (type === 'array') {
      if (mode === 'wrong') return 'not-a-list';
      const item = sample(schema.items, mode, depth + 1);
      return mode === 'long' && depth <= 1 ? Array.from({ length: 300 }, () => item) : [item];
    }
    if (type === 'integer' || type === 'number')
      return mode === 'wrong' ? 'NaN-text' : mode === 'long' ? 1e300 : mode === 'nul' ? `1${NUL}` : 1;
    if (type === 'boolean') return mode === 'wrong' ? 'perhaps' : mode === 'nul' ? NUL : true;
    // strings
    if (mode === 'wrong') return { not: 'a string' };
    if (mode === 'long') return 'ß'.repeat(depth <= 1 ? 20_000 : 50);
    if (mode === 'nul') return `a${NUL}b`;
    if (schema.enum?.length) return schema.enum[0];
    if (schema.format === 'uuid') return RANDOM_ID;
    if (schema.format === 'date') return '2026-02-30';
    if (schema.format === 'date-time') return '2026-13-01T25:00:00Z';
    if (schema.format === 'email') return 'fuzz@example.org';
    return 'Fuzz';
  }

  function realId(op: Operation, name: string): string {
    const candidateId = accounts.candidate.candidateId!;
    const companyId = accounts.employer.companyId!;
    if (name === 'id' && op.path.startsWith('/api/candidates/')) return candidateId;
    if (name === 'id' && op.path.startsWith('/api/companies/')) return companyId;
    if (name === 'id' && op.path.startsWith('/api/admin/accounts/')) return bystander.accountId;
    if (name === 'pseudonym') return 'P-FUZZ00';
    if (name === 'token') return 'a'.repeat(43);
    return RANDOM_ID;
  }

  function url(op: Operation, caller: Caller, variant: keyof typeof PATH_VARIANTS, query = ''): string {
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      variant === 'real' ? encodeURIComponent(realId(op, name)) : PATH_VARIANTS[variant],
    );
    return query ? `${path}?${query}` : path;
  }

  function queryString(op: Operation, mode: 'nul' | 'wrong' | 'plausible'): string {
    const names = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    if (names.length === 0) names.push('q');
    const value = (p: string) =>
      mode === 'nul'
        ? 'x%00y'
        : mode === 'wrong'
          ? p.toLowerCase().includes('page') || p.includes('Km') || p.includes('limit')
            ? '-99999999999999999999'
            : '%5B%5D%7B%7D%27%22'
          : 'Fuzz';
    const pairs = names.map((n) => `${encodeURIComponent(n)}=${value(n)}`);
    if (mode === 'wrong') pairs.push(...names.slice(0, 2).map((n) => `${encodeURIComponent(n)}=again`));
    return pairs.join('&');
  }

  function request(op: Operation, caller: Caller, path: string): Test {
    let req = t.http[op.method](path);
    if (caller !== 'anonymous') req = req.set(bearer(accounts[caller]));
    return req;
  }

  function withBody(req: Test, op: Operation, kind: BodyKind): Test {
    const schema = op.body?.type === 'json' ? op.body.schema : undefined;
    if (op.body?.type === 'multipart') {
      const field = op.body.field;
      switch (kind) {
        case 'nul':
          return req.field('note', `a${NUL}b`).attach(field, Buffer.from(`candidate${NUL},x\n1,2`), 'a.csv');
        case 'wrong':
          return req.attach('unexpected', Buffer.from('x'), 'x.txt');
        case 'huge':
          return req.attach(field, Buffer.alloc(3 * 1024 * 1024, 0x41), 'big.bin');
        case 'plausible':
          return req.attach(field, Buffer.from('\x89PNG\r\n\x1a\n<script>alert(1)</script>'), 'logo.png');
        default:
          break;
      }
    }
    switch (kind) {
      case 'nul':
      case 'wrong':
      case 'plausible':
      case 'long':
        return req
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(schema ? sample(schema, kind) : { unexpected: sample(undefined, kind) }));
      case 'deep':
        return req.set('Content-Type', 'application/json').send('['.repeat(DEEP) + ']'.repeat(DEEP));
      case 'huge':
        return req.set('Content-Type', 'application/json').send(`{"x":"${'y'.repeat(3 * 1024 * 1024)}"}`);
      case 'malformed':
        return req.set('Content-Type', 'application/json').send('{"a": [1, 2,, }');
      case 'text':
        return req.set('Content-Type', 'application/x-www-form-urlencoded').send(`a=%00&b[c]=${NUL}`);
      case 'array':
        return req.set('Content-Type', 'application/json').send(JSON.stringify([null, 1, 'x', NUL]));
      case 'charset':
        return req.set('Content-Type', 'application/json; charset=latin9').send('{"a":"b"}');
      case 'encoding':
        return req.set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"a":"b"}');
    }
  }

  function stringLeaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
    if (typeof value === 'string') return [path];
    if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
    if (value && typeof value === 'object')
      return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
    return [];
  }

  function withNulAt(value: unknown, path: Array<string | number>): unknown {
    if (path.length === 0) return `${String(value)}${NUL}x`;
    const [head, ...rest] = path;
    const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
      string | number,
      unknown
    >;
    copy[head!] = withNulAt(copy[head!], rest);
    return copy;
  }

  function allowed(op: Operation, caller: Caller): boolean {
    return op.access.kind === 'public' || (caller !== 'anonymous' && op.access.roles.includes(caller));
  }

  /** The calls for one route and one caller: fewer for callers the guard refuses anyway. */
  function cases(op: Operation, caller: Caller): Array<{ label: string; send: () => Test }> {
    const list: Array<{ label: string; send: () => Test }> = [];
    const hasPathParams = op.path.includes('{');
    const writes = op.method !== 'get';
    const through = allowed(op, caller);
    const variants = (
      hasPathParams
        ? through
          ? (Object.keys(PATH_VARIANTS) as Array<keyof typeof PATH_VARIANTS>)
          : (['real', 'nul', 'badEncoding'] as const)
        : (['real'] as const)
    ) as Array<keyof typeof PATH_VARIANTS>;
    for (const variant of variants)
      list.push({
        label: `path:${variant}`,
        send: () => {
          const req = request(op, caller, url(op, caller, variant));
          return writes ? withBody(req, op, 'plausible') : req;
        },
      });
    const queryModes = through ? (['nul', 'wrong', 'plausible'] as const) : (['nul'] as const);
    for (const mode of queryModes)
      list.push({
        label: `query:${mode}`,
        send: () => request(op, caller, url(op, caller, 'real', queryString(op, mode))),
      });
    // A NUL in one parameter while the others are absent, so validation of the others cannot stop it.
    if (through)
      for (const name of op.parameters
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .slice(0, 6))
        list.push({
          label: `query:nul@${name}`,
          send: () => request(op, caller, url(op, caller, 'real', `${encodeURIComponent(name)}=Fuzz%00Fuzz`)),
        });
    if (writes) {
      const kinds: BodyKind[] = through
        ? ['nul', 'wrong', 'plausible', 'long', 'deep', 'malformed', 'text', 'array', 'charset', 'encoding']
        : ['nul', 'deep'];
      // The oversized body once per route (anonymous), it is refused before anything reads it.
      if (caller === 'anonymous') kinds.push('huge');
      for (const kind of kinds)
        list.push({
          label: `body:${kind}`,
          send: () => withBody(request(op, caller, url(op, caller, 'real')), op, kind),
        });
      // A plausible body with a NUL in one string at a time, so the other fields pass validation.
      const jsonSchema = op.body?.type === 'json' ? op.body.schema : undefined;
      if (through && jsonSchema)
        for (const leaf of stringLeaves(sample(jsonSchema, 'plausible')).slice(0, 6))
          list.push({
            label: `body:nul@${leaf.join('.')}`,
            send: () =>
              request(op, caller, url(op, caller, 'real'))
                .set('Content-Type', 'application/json')
                .send(JSON.stringify(withNulAt(sample(jsonSchema, 'plausible'), leaf))),
          });
    }
    return list;
  }

  /** Ending the session or erasing the caller would cut the walk short: those come last. */
  function sessionEnding(op: Operation): boolean {
    return op.path === '/api/auth/logout' || op.method === 'delete';
  }

  async function send(label: string, call: () => Test): Promise<string | null> {
    let response: { status: number; body: unknown };
    try {
      response = await call();
    } catch (error) {
      const failed = error as { response?: { status: number; body: unknown }; code?: string };
      if (!failed.response) {
        // The server may answer 413 and close before the client finished sending a 3 MB body.
        if (label.endsWith('body:huge') && ['EPIPE', 'ECONNRESET'].includes(failed.code ?? '')) return null;
        return `${label} → no response (${failed.code ?? String(error)})`;
      }
      response = failed.response;
    }
    if (response.status >= 500) return `${label} → ${response.status} ${JSON.stringify(response.body)}`;
    if (response.status >= 400) {
      const body = response.body as { statusCode?: unknown; code?: unknown; message?: unknown };
      if (
        body?.statusCode !== response.status ||
        typeof body.code !== 'string' ||
        body.code === 'INTERNAL' ||
        typeof body.message !== 'string'
      )
        return `${label} → ${response.status} not in the error shape: ${JSON.stringify(response.body).slice(0, 200)}`;
    }
    return null;
  }

  it('reads the routes of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.filter((op) => op.body?.type === 'multipart').length).toBeGreaterThanOrEqual(3);
  });

  it('answers bad input on every route as every role with a 4xx in the error shape, never a 5xx', async () => {
    const ordered = [...operations.filter((op) => !sessionEnding(op)), ...operations.filter(sessionEnding)];
    const problems: string[] = [];
    let calls = 0;
    // One queue per caller, run side by side; each caller's own order is kept.
    await Promise.all(
      CALLERS.map(async (caller) => {
        for (const op of ordered) {
          for (const { label, send: call } of cases(op, caller)) {
            calls++;
            const problem = await send(`${caller} ${op.method.toUpperCase()} ${op.path} ${label}`, call);
            if (problem) problems.push(problem);
          }
        }
      }),
    );
    // Every route was really exercised (about 4,500 requests), not skipped by a broken document.
    expect(calls).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
    // A guard against a hung walk, not a speed target: about 6,000 requests by now.
  }, 420_000);
});
