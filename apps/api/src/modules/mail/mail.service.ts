import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { redactSecrets } from './mail-redaction';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import { OutboxMail } from './outbox-mail.entity';

export interface MailSettings {
  smtpUrl: string | null;
  /** Without SMTP: deliver into this folder as `.eml` files (development and demos). */
  mailDir: string | null;
  from: string;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/**
 * Days the deliverable text of a mail is kept when it could not be delivered (no SMTP, or every
 * attempt failed): longer than any link in it is valid (invitations: 14 days, resets: 60 minutes).
 */
export const DELIVERABLE_TEXT_DAYS = 15;

export class DeliverableTextGoneError extends Error {
  constructor() {
    super(
      `the text of this mail is no longer kept (after ${DELIVERABLE_TEXT_DAYS} days its links have expired)`,
    );
  }
}

export interface MailToWrite {
  to: string;
  subject: string;
  /** The text to deliver; links in it are redacted in the copy admins see. */
  body: string;
  /** Further secret strings (codes, tokens) to redact from the admin copy. */
  secrets?: string[];
}

/**
 * Writes every e-mail to the outbox table and, when a transport (SMTP) is configured, sends a
 * delivery job in the same transaction: the job exists exactly when the mail does. Delivery is
 * retried with backoff by the job queue; the deliverable text (with its secret links) is removed
 * once the mail has been delivered.
 */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);

  constructor(
    @InjectRepository(OutboxMail) private readonly outbox: Repository<OutboxMail>,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: QUEUES.mailCleanup,
      cron: '17 3 * * *',
      handle: async () => void (await this.forgetExpiredTexts()),
    });
    if (!this.transport) return;
    this.jobs.register<{ mailId: string }>({
      name: QUEUES.mailDelivery,
      handle: (data) => this.deliver(data.mailId),
      expireInSeconds: 5 * 60,
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** In the caller's transaction when given (the mail then exists only if that commits). */
  async write(mail: MailToWrite, manager?: EntityManager): Promise<OutboxMail> {
    if (!manager?.queryRunner?.isTransactionActive)
      return (manager ?? this.dataSource.manager).transaction((inner) => this.write(mail, inner));
    const repository = manager.getRepository(OutboxMail);
    const saved = await repository.save(
      repository.create({
        recipient: mail.to,
        subject: mail.subject,
        body: redactSecrets(mail.body, mail.secrets),
        deliveryBody: mail.body,
      }),
    );
    if (this.transport) await this.jobs.send(QUEUES.mailDelivery, { mailId: saved.id }, manager);
    return saved;
  }

  /**
   * One delivery attempt. The row stays locked while the transport sends, so two workers never
   * deliver the same mail; a delivered (or erased) mail is not sent again. Throws on failure so
   * that the queue retries.
   */
  private async deliver(mailId: string): Promise<void> {
    const transport = this.transport!;
    let failure: unknown = null;
    await this.dataSource.transaction(async (manager) => {
      const [mail] = await manager.query(
        `SELECT recipient, subject, delivery_body, delivered_at FROM mail_outbox WHERE id = $1 FOR UPDATE`,
        [mailId],
      );
      if (!mail || mail.delivered_at) return; // erased with its account, or delivered before
      if (mail.delivery_body === null) {
        failure = new DeliverableTextGoneError();
        return;
      }
      try {
        await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.delivery_body });
      } catch (error) {
        failure = error;
        await manager.query(
          `UPDATE mail_outbox SET delivery_error = $2, delivery_attempts = delivery_attempts + 1 WHERE id = $1`,
          [mailId, String((error as Error)?.message ?? error).slice(0, 500)],
        );
        return;
      }
      await manager.query(
        `UPDATE mail_outbox SET delivered_at = now(), delivery_error = NULL, delivery_body = NULL,
                delivery_attempts = delivery_attempts + 1 WHERE id = $1`,
        [mailId],
      );
    });
    if (failure) {
      this.logger.warn({ mailId, err: failure }, 'mail delivery failed');
      throw failure;
    }
  }

  /** Removes the deliverable text (and with it any secret link) of old undelivered mails. */
  async forgetExpiredTexts(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE mail_outbox SET delivery_body = NULL
        WHERE delivery_body IS NOT NULL AND created_at < now() - make_interval(days => $1)`,
      [DELIVERABLE_TEXT_DAYS],
    );
    return count as number;
  }

  list(limit: number, offset: number): Promise<[OutboxMail[], number]> {
    return this.outbox.findAndCount({
      select: {
        id: true,
        recipient: true,
        subject: true,
        body: true,
        createdAt: true,
        deliveredAt: true,
        deliveryError: true,
        deliveryAttempts: true,
      },
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
  }
}
