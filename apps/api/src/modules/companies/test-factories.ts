import { bearer, createAccount, type TestAccount } from '../../../test/factories';
import type { TestApp } from '../../../test/test-app';

/** Real codes of the shipped taxonomy and towns, for the companies tests. */
export const OCCUPATION = {
  welder: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  cook: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e',
  warehouseWorker: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
  nurseAssistant: 'http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7',
} as const;

export const SKILL = {
  operateWeldingEquipment: 'passgenau:skill/operate-welding-equipment',
  operateForklift: 'passgenau:skill/operate-forklift',
  writeGerman: 'http://data.europa.eu/esco/skill/52894650-9077-40f0-96d6-6f07d1a6cafa',
} as const;

export const TOWN = {
  waiblingen: '08119079',
  fellbach: '08119020',
  schorndorf: '08119067',
  backnang: '08119008',
  murrhardt: '08119044',
  winnenden: '08119085',
} as const;

export interface TestEmployer extends TestAccount {
  companyId: string;
}

/** An employer (manager) of a new company, optionally with a site in a town. */
export async function createEmployer(
  t: TestApp,
  options: { companyId?: string; companyRole?: 'manager' | 'member'; name?: string } = {},
): Promise<TestEmployer> {
  const account = await createAccount(t, 'employer', options);
  return { ...account, companyId: account.companyId! };
}

export async function addSite(
  t: TestApp,
  employer: TestEmployer,
  body: Record<string, unknown>,
): Promise<{ id: string; lat: number; lon: number }> {
  const response = await t.http
    .post(`/api/companies/${employer.companyId}/sites`)
    .set(bearer(employer))
    .send(body);
  if (response.status !== 201)
    throw new Error(`addSite failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** An open apprenticeship for a welder unless `overrides` say otherwise. */
export async function createOffer(
  t: TestApp,
  employer: TestEmployer,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await t.http
    .post('/api/offers')
    .set(bearer(employer))
    .send({
      kind: 'apprenticeship',
      title: 'Ausbildung Schweißer/in',
      occupationCode: OCCUPATION.welder,
      status: 'open',
      ...overrides,
    });
  if (response.status !== 201)
    throw new Error(`createOffer failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The smallest valid PNG (1×1 pixel). */
export const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489' +
    '0000000970485973000003e8000003e801b57b526b0000000d4944415408d763606060600000000500015ef32a3a' +
    '0000000049454e44ae426082',
  'hex',
);
