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
