import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, uniqueEmail, type TestAccount } from '../../../test/factories';
import { mailText, SmtpTestServer } from '../../../test/smtp-test-server';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from './mail.service';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => Promise<T | null | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(200);
  }
}

describe('mail delivery through the job queue (SMTP)', () => {
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    t = await createTestApp({
      env: { SMTP_URL: smtpUrl, JOB_RETRY_LIMIT: '2', JOB_RETRY_DELAY_SECONDS: '1' },
    });
    admin = await createAccount(t, 'admin');
  });

  afterAll(async () => {
    await t.app.close();
    await smtp.stop();
  });

  const deliveredTo = (email: string) => smtp.received.filter((m) => m.to.includes(`<${email}>`));

  it('never delivers a mail whose transaction rolled back, and delivers a committed one exactly once', async () => {
    const mail = t.app.get(MailService);
    const dataSource = t.app.get(DataSource);
    const rolledBack = uniqueEmail('rolled-back');
    const committed = uniqueEmail('committed');

    await expect(
      dataSource.transaction(async (manager) => {
        await mail.write({ to: rolledBack, subject: 'Rolled back', body: 'never' }, manager);
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    // The transaction stays open for a while after the mail was written: delivery must wait for it.
    await dataSource.transaction(async (manager) => {
      await mail.write({ to: committed, subject: 'Committed', body: 'Hallo aus dem Remstal' }, manager);
      await sleep(1_500);
    });

    await until(async () => deliveredTo(committed).length > 0);
    await sleep(3_000); // several polling rounds: no second delivery, no delivery of the rolled-back mail
    expect(deliveredTo(committed)).toHaveLength(1);
    expect(mailText(deliveredTo(committed)[0]!)).toContain('Hallo aus dem Remstal');
    expect(deliveredTo(rolledBack)).toHaveLength(0);

    const rows = await db(t).query(
      `SELECT recipient, delivered_at, delivery_body, delivery_attempts, delivery_error FROM mail_outbox WHERE recipient IN ($1, $2)`,
      [rolledBack, committed],
    );
    expect(rows).toEqual([
      {
        recipient: committed,
        delivered_at: expect.any(Date),
        delivery_body: null,
        delivery_attempts: 1,
        delivery_error: null,
      },
    ]);
  });

  it('retries a failing delivery with backoff, shows it failed to admins, and an admin retry delivers it', async () => {
    smtp.failing = true;
    smtp.rejected.length = 0;
    const recipient = uniqueEmail('unlucky');
    const written = await t.app.get(MailService).write({ to: recipient, subject: 'Try again', body: 'Text' });

    const failed = await until(async () => {
      const page = await t.http
        .get('/api/admin/jobs')
        .query({ state: 'failed', queue: 'mail-delivery', pageSize: 100 })
        .set(bearer(admin));
      expect(page.status).toBe(200);
      return page.body.items.find((j: { data: { mailId?: string } }) => j.data.mailId === written.id);
    }, 40_000);
    expect(failed).toMatchObject({
      queue: 'mail-delivery',
      state: 'failed',
      attempts: 3,
      maxAttempts: 3,
      error: expect.stringContaining('451'),
    });
    // First attempt plus two retries, the second retry waiting at least twice as long as the first.
    expect(smtp.rejected).toHaveLength(3);
    const [first, second, third] = smtp.rejected.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(1_000);
    expect(third! - second!).toBeGreaterThanOrEqual(2_000);
    expect(deliveredTo(recipient)).toHaveLength(0);

    const outbox = await t.http.get('/api/admin/outbox').query({ pageSize: 100 }).set(bearer(admin));
    expect(outbox.body.items.find((m: { id: string }) => m.id === written.id)).toMatchObject({
      deliveredAt: null,
      deliveryAttempts: 3,
      deliveryError: expect.stringContaining('451'),
    });

    // Only admins see and retry jobs; bad input names the field.
    const mentor = await createAccount(t, 'mentor');
    expect((await t.http.get('/api/admin/jobs').set(bearer(mentor))).status).toBe(403);
    expect((await t.http.post(`/api/admin/jobs/${failed.id}/retry`).set(bearer(mentor))).status).toBe(403);
    const badState = await t.http.get('/api/admin/jobs').query({ state: 'lost' }).set(bearer(admin));
    expect(badState.status).toBe(400);
    expect(badState.body.errors[0].field).toBe('state');
    const badId = await t.http.post('/api/admin/jobs/not-a-job/retry').set(bearer(admin));
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('id');
    const unknown = await t.http
      .post('/api/admin/jobs/00000000-0000-4000-8000-000000000000/retry')
      .set(bearer(admin));
    expect(unknown.status).toBe(404);

    smtp.failing = false;
    expect((await t.http.post(`/api/admin/jobs/${failed.id}/retry`).set(bearer(admin))).status).toBe(204);
    await until(async () => deliveredTo(recipient).length > 0);
    const again = await t.http.post(`/api/admin/jobs/${failed.id}/retry`).set(bearer(admin));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('JOB_NOT_RETRYABLE');
    const [row] = await db(t).query(`SELECT delivered_at, delivery_error FROM mail_outbox WHERE id = $1`, [
      written.id,
    ]);
    expect(row).toEqual({ delivered_at: expect.any(Date), delivery_error: null });
  });

  it('keeps reset links out of the admin outbox, while the delivered mail holds a working link', async () => {
    const account = await createAccount(t, 'mentor');
    expect(
      (await t.http.post('/api/auth/password-reset/request').send({ email: account.email })).status,
    ).toBe(202);
    await until(async () => deliveredTo(account.email).length > 0);
    const text = mailText(deliveredTo(account.email)[0]!);
    const token = decodeURIComponent(/reset-password\?token=(\S+)/.exec(text)![1]!);
    expect(token.length).toBeGreaterThan(20);

    const outbox = await t.http.get('/api/admin/outbox').query({ pageSize: 100 }).set(bearer(admin));
    expect(outbox.status).toBe(200);
    const item = outbox.body.items.find((m: { recipient: string }) => m.recipient === account.email);
    expect(item.body).toContain('/reset-password?[…]');
    expect(JSON.stringify(outbox.body)).not.toContain(token);
    expect(JSON.stringify(outbox.body)).not.toContain(encodeURIComponent(token));
    const jobs = await t.http.get('/api/admin/jobs').query({ pageSize: 100 }).set(bearer(admin));
    expect(JSON.stringify(jobs.body)).not.toContain(token);
    // Nothing readable is stored once delivered.
    const stored = await db(t).query(`SELECT * FROM mail_outbox WHERE recipient = $1`, [account.email]);
    expect(JSON.stringify(stored)).not.toContain(token);

    const confirm = await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token, newPassword: 'Neues-Passwort-Weinberg' });
    expect(confirm.status).toBe(204);
  });

  it('forgets the deliverable text of undelivered mails once their links have expired (daily job)', async () => {
    const [schedule] = await db(t).query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [
      QUEUES.mailCleanup,
    ]);
    expect(schedule).toEqual({ cron: '17 3 * * *', timezone: 'Europe/Berlin' });
    const [old, fresh] = [uniqueEmail('old'), uniqueEmail('fresh')];
    await db(t).query(
      `INSERT INTO mail_outbox (recipient, subject, body, delivery_body, created_at)
       VALUES ($1, 'Old', 'Old', 'secret link', now() - interval '16 days'), ($2, 'Fresh', 'Fresh', 'secret link', now())`,
      [old, fresh],
    );
    await t.app.get(JobsService).send(QUEUES.mailCleanup, {});
    await until(async () => {
      const [row] = await db(t).query(`SELECT delivery_body FROM mail_outbox WHERE recipient = $1`, [old]);
      return row.delivery_body === null;
    });
    const [kept] = await db(t).query(`SELECT delivery_body FROM mail_outbox WHERE recipient = $1`, [fresh]);
    expect(kept.delivery_body).toBe('secret link');
  });
});
