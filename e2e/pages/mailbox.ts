import { chmodSync, mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';

/**
 * The data folder of the API the browser tests start (embedded PostgreSQL, Meilisearch): a fresh, empty folder per
 * run, so no state leaks from one run into the next. The runner creates it when it loads the configuration and passes
 * it to its workers through the environment; the test server removes it when it stops (`e2e/server.mjs`).
 */
function dataDir(): string {
  const fromRunner = process.env['PASSGENAU_E2E_DATA_DIR'];
  if (fromRunner) return fromRunner;
  const created = mkdtempSync(join(tmpdir(), 'passgenau-e2e-'));
  // mkdtemp makes it private to this user; run as root, the embedded PostgreSQL runs as `postgres` and must enter it.
  chmodSync(created, 0o755);
  process.env['PASSGENAU_E2E_DATA_DIR'] = created;
  return created;
}

export const E2E_DATA_DIR = dataDir();
/** Without SMTP the API writes every mail as one `.eml` file into this folder. */
export const E2E_MAIL_DIR = join(E2E_DATA_DIR, 'mail');

export interface DeliveredMail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

function decodeSubject(value: string): string {
  const encoded = /^=\?UTF-8\?B\?(.*)\?=$/i.exec(value.trim());
  return encoded ? Buffer.from(encoded[1]!, 'base64').toString('utf8') : value.trim();
}

async function readMails(): Promise<DeliveredMail[]> {
  let files: string[];
  try {
    files = (await readdir(E2E_MAIL_DIR)).filter((file) => file.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  const mails: DeliveredMail[] = [];
  for (const file of files) {
    const raw = await readFile(join(E2E_MAIL_DIR, file), 'utf8');
    const split = raw.indexOf('\r\n\r\n');
    const head = raw.slice(0, split);
    const header = (name: string) =>
      head
        .split('\r\n')
        .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
        ?.slice(name.length + 1)
        .trim() ?? '';
    mails.push({
      file,
      to: header('To'),
      subject: decodeSubject(header('Subject')),
      text: raw.slice(split + 4),
    });
  }
  return mails;
}

/** Waits until the mail queue has delivered `count` mails to `to`, and returns them, oldest first. */
export async function mailsTo(to: string, count = 1): Promise<DeliveredMail[]> {
  let found: DeliveredMail[] = [];
  await expect
    .poll(
      async () => {
        found = (await readMails()).filter((mail) => mail.to.toLowerCase() === to.toLowerCase());
        return found.length;
      },
      { message: `${count} mail(s) to ${to} in ${E2E_MAIL_DIR}`, timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** The first link in a mail whose path starts with `path` (e.g. "/sign-up?token="). */
export function linkIn(mail: DeliveredMail, path: string): string {
  const link = mail.text.split(/\s+/).find((word) => /^https?:\/\//.test(word) && word.includes(path));
  if (!link) throw new Error(`No link to ${path} in the mail "${mail.subject}":\n${mail.text}`);
  return link;
}
