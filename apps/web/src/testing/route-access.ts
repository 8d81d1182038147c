import type { Role } from '@passgenau/domain';
// Test code only: the committed API description is the contract the web app is checked against.
// eslint-disable-next-line @nx/enforce-module-boundaries
import openapiText from '../../../api/openapi.json?raw';
import type { MockRequest } from './api-mock';

type Access = { kind: 'public' } | { kind: 'roles'; roles: Role[] };

interface RouteRule {
  method: string;
  path: string;
  pattern: RegExp;
  access: Access;
}

const document = JSON.parse(openapiText) as {
  paths: Record<string, Record<string, { 'x-passgenau-access'?: Access }>>;
};

// Every route of the committed OpenAPI document with the access rule the API enforces for it.
const RULES: RouteRule[] = Object.entries(document.paths).flatMap(([path, operations]) =>
  Object.entries(operations).flatMap(([method, operation]) => {
    const access = operation['x-passgenau-access'];
    if (!access) return [];
    const pattern = new RegExp(
      `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
    );
    return [{ method: method.toUpperCase(), path, pattern, access }];
  }),
);

function ruleFor(call: MockRequest): RouteRule | undefined {
  // A literal segment wins over a parameter (`/offers/mine` before `/offers/{id}`): fewest parameters first.
  return RULES.filter((rule) => rule.method === call.method && rule.pattern.test(call.url.pathname)).sort(
    (a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0),
  )[0];
}

/**
 * The requests the API would refuse with 401/403 because of who is asking (`null`: signed out), as
 * "METHOD path (allowed roles)" lines. A call to a path the API does not have is listed too.
 */
export function callsRefusedFor(calls: MockRequest[], role: Role | null): string[] {
  return calls.flatMap((call) => {
    const rule = ruleFor(call);
    const line = `${call.method} ${call.url.pathname}`;
    if (!rule) return [`${line} (no such route)`];
    if (rule.access.kind === 'public') return [];
    if (role !== null && rule.access.roles.includes(role)) return [];
    return [`${line} (${rule.access.roles.join(', ')})`];
  });
}
