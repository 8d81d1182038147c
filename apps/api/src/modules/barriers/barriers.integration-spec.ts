import { createTestApp, type TestApp } from '../../../test/test-app';
import { bearer, createAccount, db, uniqueEmail, type TestAccount } from '../../../test/factories';
import { mailText, SmtpTestServer } from '../../../test/smtp-test-server';
import { BARRIER_DESCRIPTION_MAX } from './barriers.dto';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(probe: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(200);
  }
}

/** The "report a barrier" form of the accessibility statement: stored, and mailed to every coordinator. */
describe('barrier reports', () => {
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let coordinators: TestAccount[];
  let disabledCoordinator: TestAccount;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    t = await createTestApp({ env: { SMTP_URL: smtpUrl } });
    coordinators = [await createAccount(t, 'coordinator'), await createAccount(t, 'coordinator')];
    await db(t).query(`UPDATE account SET preferred_language = 'ar' WHERE id = $1`, [coordinators[1]!.accountId]);
    disabledCoordinator = await createAccount(t, 'coordinator');
    await db(t).query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [disabledCoordinator.accountId]);
  });

  afterAll(async () => {
    await t.app.close();
    await smtp.stop();
  });

  const outbox = (recipient: string, marker: string) =>
    db(t).query(
      `SELECT subject, delivery_body, body FROM mail_outbox WHERE recipient = $1 AND body LIKE $2`,
      [recipient, `%${marker}%`],
    );

  it('stores an anonymous report and mails it to every enabled coordinator, each in their language', async () => {
    const marker = `Kontrast-${Date.now()}`;
    const response = await t.http
      .post('/api/barrier-reports')
      .send({ pageUrl: '/jobs', description: `${marker}: der Filter ist nicht lesbar`, language: 'de' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), replyExpected: false });

    const [stored] = await db(t).query(`SELECT * FROM barrier_report WHERE id = $1`, [response.body.id]);
    expect(stored).toMatchObject({
      page_url: '/jobs',
      description: `${marker}: der Filter ist nicht lesbar`,
      reply_email: null,
      language: 'de',
    });
    const [{ count }] = await db(t).query(
      `SELECT count(*)::int AS count FROM mail_outbox WHERE body LIKE $1`,
      [`%${marker}%`],
    );
    expect(stored.notified).toBe(count);
    expect(count).toBeGreaterThanOrEqual(2);

    const [german] = await outbox(coordinators[0]!.email, marker);
    expect(german.subject).toBe('Passgenau: Barriere gemeldet');
    expect(german.body).toContain('Seite: /jobs');
    expect(german.body).toContain('anonym');
    const [arabic] = await outbox(coordinators[1]!.email, marker);
    expect(arabic.subject).toBe('Passgenau: تم الإبلاغ عن عائق');
    expect(arabic.body).toContain(marker);
    expect(await outbox(disabledCoordinator.email, marker)).toEqual([]);

    // Queued for delivery: the SMTP transport of the job queue delivers each coordinator's mail.
    for (const c of coordinators) {
      await until(() => smtp.received.some((m) => m.to.includes(`<${c.email}>`) && mailText(m).includes(marker)));
    }
    expect(smtp.received.some((m) => m.to.includes(`<${disabledCoordinator.email}>`))).toBe(false);
  });

  it('keeps a reply address when one is given, signed in or not, and trims what it stores', async () => {
    const marker = `Tastatur-${Date.now()}`;
    const reporter = uniqueEmail('reporter').toUpperCase();
    const response = await t.http.post('/api/barrier-reports').send({
      pageUrl: '  ',
      description: `  ${marker} Das Menü geht mit Escape nicht zu  `,
      email: reporter,
      language: 'ar',
    });
    expect(response.status).toBe(201);
    expect(response.body.replyExpected).toBe(true);
    const [stored] = await db(t).query(`SELECT * FROM barrier_report WHERE id = $1`, [response.body.id]);
    expect(stored).toMatchObject({
      page_url: null,
      description: `${marker} Das Menü geht mit Escape nicht zu`,
      reply_email: reporter.toLowerCase(),
      language: 'ar',
    });
    const [mail] = await outbox(coordinators[0]!.email, marker);
    expect(mail.body).toContain(`Antwort an: ${reporter.toLowerCase()}`);

    const mentor = await createAccount(t, 'mentor');
    const signedIn = await t.http
      .post('/api/barrier-reports')
      .set(bearer(mentor))
      .send({ pageUrl: 'Stellenbörse', description: `${marker} auch angemeldet`, language: 'uk' });
    expect(signedIn.status).toBe(201);
    const [named] = await db(t).query(`SELECT page_url FROM barrier_report WHERE id = $1`, [signedIn.body.id]);
    expect(named.page_url).toBe('Stellenbörse');
  });

  it('refuses bad input with 400 naming the field, never a 5xx, and stores nothing', async () => {
    const [{ before }] = await db(t).query(`SELECT count(*)::int AS before FROM barrier_report`);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, 'description'],
      [{ description: '    ' }, 'description'],
      [{ description: 'abc' }, 'description'],
      [{ description: 'x'.repeat(BARRIER_DESCRIPTION_MAX + 1) }, 'description'],
      [{ description: 42 }, 'description'],
      [{ description: 'Das Bild hat keinen Text', email: 'not-an-address' }, 'email'],
      [{ description: 'Das Bild hat keinen Text', pageUrl: 'Zeile\nZwei' }, 'pageUrl'],
      [{ description: 'Das Bild hat keinen Text', pageUrl: `/${'a'.repeat(600)}` }, 'pageUrl'],
      [{ description: 'Das Bild hat keinen Text', language: 'xx' }, 'language'],
      [{ description: 'Das Bild hat keinen Text', role: 'admin' }, 'role'],
      [{ description: 'Das Bild\u0000 hat keinen Text' }, 'description'],
    ];
    for (const [body, field] of cases) {
      const response = await t.http.post('/api/barrier-reports').send(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.map((f: { field: string }) => f.field)).toContain(field);
    }
    const oversized = await t.http
      .post('/api/barrier-reports')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ description: 'y'.repeat(40_000) }));
    expect(oversized.status).toBe(413);
    const malformed = await t.http
      .post('/api/barrier-reports')
      .set('Content-Type', 'application/json')
      .send('{"description": ');
    expect(malformed.status).toBe(400);
    const [{ after }] = await db(t).query(`SELECT count(*)::int AS after FROM barrier_report`);
    expect(after).toBe(before);
  });

  it('is throttled per client address', async () => {
    const limited = await createTestApp({ env: { PASSGENAU_AUTH_REQUESTS_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await limited.http
          .post('/api/barrier-reports')
          .send({ description: `Drosselung ${i}: der Knopf ist zu klein` });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    } finally {
      await limited.app.close();
    }
  });
});
