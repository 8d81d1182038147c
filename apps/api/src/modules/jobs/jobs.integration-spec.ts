import { randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db } from '../../../test/factories';
import { QUEUES } from './job-queue';
import { JobsService } from './jobs.service';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('job queue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.app.close();
  });

  it('keeps its tables in the schema pgboss of the same database', async () => {
    const [row] = await db(t).query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pgboss' AND table_name IN ('job', 'queue', 'schedule')`,
    );
    expect(row.n).toBe(3);
  });

  it('runs the reconfirmation reminders as an hourly scheduled job', async () => {
    const schedules = await db(t).query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [
      QUEUES.profileReminders,
    ]);
    expect(schedules).toEqual([{ cron: '5 * * * *', timezone: 'Europe/Berlin' }]);

    const candidate = await createAccount(t, 'candidate');
    const pseudonym = `P-${randomBytes(4).toString('hex')}`;
    await db(t).query(
      `INSERT INTO candidate_profile (candidate_id, pseudonym, status, published_at, confirmed_at)
       VALUES ($1, $2, 'published', now() - interval '200 days', now() - interval '95 days')`,
      [candidate.candidateId, pseudonym],
    );
    const jobId = await t.app.get(JobsService).send(QUEUES.profileReminders, {});

    let mails: { recipient: string }[] = [];
    for (let i = 0; i < 100 && mails.length === 0; i++) {
      await sleep(200);
      mails = await db(t).query(`SELECT recipient FROM mail_outbox WHERE body LIKE '%' || $1 || '%'`, [
        pseudonym,
      ]);
    }
    expect(mails).toEqual([{ recipient: candidate.email }]);
    const [profile] = await db(t).query(
      `SELECT reminder_sent_at FROM candidate_profile WHERE candidate_id = $1`,
      [candidate.candidateId],
    );
    expect(profile.reminder_sent_at).toEqual(expect.any(Date));

    const admin = await createAccount(t, 'admin');
    let job: { state: string } | undefined;
    for (let i = 0; i < 50 && job?.state !== 'completed'; i++) {
      const page = await t.http
        .get('/api/admin/jobs')
        .query({ queue: QUEUES.profileReminders, pageSize: 100 })
        .set(bearer(admin));
      job = page.body.items.find((j: { id: string }) => j.id === jobId);
      if (job?.state !== 'completed') await sleep(200);
    }
    expect(job).toMatchObject({ queue: QUEUES.profileReminders, state: 'completed', error: null });
  });

  it('erases expired merge archives as a daily scheduled job', async () => {
    const schedules = await db(t).query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [
      QUEUES.mergeArchivePurge,
    ]);
    expect(schedules).toEqual([{ cron: '30 3 * * *', timezone: 'Europe/Berlin' }]);
    const jobId = await t.app.get(JobsService).send(QUEUES.mergeArchivePurge, {});
    const admin = await createAccount(t, 'admin');
    let job: { state: string } | undefined;
    for (let i = 0; i < 50 && job?.state !== 'completed'; i++) {
      const page = await t.http
        .get('/api/admin/jobs')
        .query({ queue: QUEUES.mergeArchivePurge, pageSize: 100 })
        .set(bearer(admin));
      job = page.body.items.find((j: { id: string }) => j.id === jobId);
      if (job?.state !== 'completed') await sleep(200);
    }
    expect(job).toMatchObject({ queue: QUEUES.mergeArchivePurge, state: 'completed', error: null });
  });

  it('stops its workers and closes its connections with the application', async () => {
    const other = await createTestApp();
    const name = other.app.get(JobsService).connectionName;
    const connections = async () =>
      (
        await db(t).query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [
          name,
        ])
      )[0].n as number;
    expect(await connections()).toBeGreaterThan(0);
    const stopping = Date.now();
    await other.app.close();
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(await connections()).toBe(0);
  });
});
