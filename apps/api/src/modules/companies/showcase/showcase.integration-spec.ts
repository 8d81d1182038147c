import { createTestApp, type TestApp } from '../../../../test/test-app';
import { bearer, createAccount } from '../../../../test/factories';
import { addSite, createEmployer, TOWN } from '../test-factories';

describe('public showcase of firms that employ or train refugees', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  const listed = async (companyId: string) => {
    const response = await t.http.get(`/api/showcase?townAgs=${TOWN.winnenden}&pageSize=100`);
    expect(response.status).toBe(200);
    return response.body.items.find((i: { companyId: string }) => i.companyId === companyId) ?? null;
  };

  it('lists a firm only while it opted in and staff confirmed it; opting out removes it at once', async () => {
    const employer = await createEmployer(t);
    await t.http
      .patch(`/api/companies/${employer.companyId}`)
      .set(bearer(employer))
      .send({ name: 'Gärtnerei Sonnenhang', wzSection: 'A' });
    await addSite(t, employer, { townAgs: TOWN.winnenden });
    const iba = await createAccount(t, 'iba_staff');
    const coordinator = await createAccount(t, 'coordinator');

    const noStory = await t.http
      .put(`/api/companies/${employer.companyId}/showcase`)
      .set(bearer(employer))
      .send({ optIn: true });
    expect(noStory.status).toBe(400);
    expect(noStory.body.errors[0].field).toBe('story');
    const optIn = await t.http
      .put(`/api/companies/${employer.companyId}/showcase`)
      .set(bearer(employer))
      .send({
        optIn: true,
        story: 'Seit 2017 bilden wir jedes Jahr zwei Geflüchtete zu Gärtnern aus.',
        storyLang: 'de',
      });
    expect(optIn.status).toBe(200);
    expect(optIn.body).toMatchObject({ optIn: true, employsRefugees: false, listed: false });
    expect(await listed(employer.companyId)).toBeNull();
    expect((await t.http.get(`/api/companies/${employer.companyId}`)).body.showcase).toBeNull();

    const marked = await t.http
      .patch(`/api/companies/${employer.companyId}/refugee-employer`)
      .set(bearer(iba))
      .send({ employsRefugees: true });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ optIn: true, employsRefugees: true, listed: true });
    expect(await listed(employer.companyId)).toMatchObject({
      name: 'Gärtnerei Sonnenhang',
      wzSection: 'A',
      towns: [{ ags: TOWN.winnenden, name: 'Winnenden' }],
      story: 'Seit 2017 bilden wir jedes Jahr zwei Geflüchtete zu Gärtnern aus.',
      storyLang: 'de',
    });
    expect((await t.http.get(`/api/companies/${employer.companyId}`)).body.showcase).toMatchObject({
      listed: true,
    });

    const optOut = await t.http
      .put(`/api/companies/${employer.companyId}/showcase`)
      .set(bearer(employer))
      .send({ optIn: false });
    expect(optOut.body).toMatchObject({ optIn: false, listed: false });
    expect(await listed(employer.companyId)).toBeNull();
    // Opting in again needs no new story; a coordinator can take the mark back.
    await t.http
      .put(`/api/companies/${employer.companyId}/showcase`)
      .set(bearer(employer))
      .send({ optIn: true });
    expect(await listed(employer.companyId)).not.toBeNull();
    await t.http
      .patch(`/api/companies/${employer.companyId}/refugee-employer`)
      .set(bearer(coordinator))
      .send({ employsRefugees: false });
    expect(await listed(employer.companyId)).toBeNull();
  });

  it('only the firm opts in, only IBA staff and coordinators confirm', async () => {
    const employer = await createEmployer(t);
    const other = await createEmployer(t);
    const body = { optIn: true, story: 'Story', storyLang: 'de' };
    expect(
      (await t.http.put(`/api/companies/${employer.companyId}/showcase`).set(bearer(other)).send(body))
        .status,
    ).toBe(403);
    expect(
      (
        await t.http
          .patch(`/api/companies/${employer.companyId}/refugee-employer`)
          .set(bearer(employer))
          .send({ employsRefugees: true })
      ).status,
    ).toBe(403);
    const admin = await createAccount(t, 'admin');
    expect(
      (
        await t.http
          .patch(`/api/companies/${employer.companyId}/refugee-employer`)
          .set(bearer(admin))
          .send({ employsRefugees: true })
      ).status,
    ).toBe(403);
    const iba = await createAccount(t, 'iba_staff');
    const unknown = await t.http
      .patch('/api/companies/00000000-0000-4000-8000-000000000000/refugee-employer')
      .set(bearer(iba))
      .send({ employsRefugees: true });
    expect(unknown.status).toBe(404);
    const missing = await t.http
      .patch(`/api/companies/${employer.companyId}/refugee-employer`)
      .set(bearer(iba))
      .send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('employsRefugees');
  });
});
