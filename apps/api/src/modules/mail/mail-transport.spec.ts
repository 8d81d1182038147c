import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailFolderTransport } from './mail-transport';

describe('MailFolderTransport', () => {
  let folder: string;
  beforeEach(() => (folder = join(mkdtempSync(join(tmpdir(), 'passgenau-mail-')), 'mail')));
  afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

  it('writes each mail as an .eml file only its owner can read, with the link intact', async () => {
    const transport = new MailFolderTransport(folder, 'Passgenau <no-reply@passgenau.local>');
    const link = 'http://localhost:3000/reset-password?token=abc%2Bdef';
    await transport.send({ to: 'a@example.org', subject: 'Passwort zurücksetzen', text: `Link: ${link}` });
    await transport.send({ to: 'b@example.org\r\nBcc: x@evil.test', subject: 'Zweite', text: 'zwei' });
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true);
    const texts = files.map((f) => readFileSync(join(folder, f), 'utf8'));
    const first = texts.find((t) => t.includes('a@example.org'))!;
    expect(first).toContain(`Link: ${link}`);
    expect(first).toContain(
      `Subject: =?UTF-8?B?${Buffer.from('Passwort zurücksetzen').toString('base64')}?=`,
    );
    const second = texts.find((t) => t.includes('b@example.org'))!;
    expect(second).not.toMatch(/^Bcc:/m);
    expect(statSync(join(folder, files[0]!)).mode & 0o777).toBe(0o600);
  });
});
