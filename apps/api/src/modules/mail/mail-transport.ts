import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Hands a mail to the next server; throws when it was not accepted. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** SMTP through nodemailer, with timeouts short enough that a hanging server fails the attempt. */
export class SmtpTransport implements MailTransport {
  private transporter: Transporter | null = null;

  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transporter) {
      const { createTransport } = await import('nodemailer');
      this.transporter = createTransport({
        url: this.url,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      } as Parameters<typeof createTransport>[0]);
    }
    await this.transporter.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }

  close(): void {
    this.transporter?.close();
    this.transporter = null;
  }
}

/**
 * Delivers into a folder, one `.eml` file per mail (readable only by the product's user), for
 * development and demos without an SMTP server: the links in sign-up and reset mails still work.
 */
export class MailFolderTransport implements MailTransport {
  constructor(
    readonly folder: string,
    private readonly from: string,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const now = new Date();
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.eml`;
    const header = (value: string) => value.replace(/[\r\n]+/g, ' ');
    const text = [
      `From: ${header(this.from)}`,
      `To: ${header(mail.to)}`,
      `Subject: =?UTF-8?B?${Buffer.from(header(mail.subject)).toString('base64')}?=`,
      `Date: ${now.toUTCString()}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      mail.text,
      '',
    ].join('\r\n');
    await writeFile(join(this.folder, name), text, { mode: 0o600, flag: 'wx' });
  }

  close(): void {
    // Nothing to release.
  }
}
