import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { OutboxMail } from './outbox-mail.entity';

export interface MailSettings {
  smtpUrl: string | null;
  from: string;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/**
 * Writes every e-mail to the outbox table (in the caller's transaction when given) and, when SMTP
 * is configured, delivers it after the transaction.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    @InjectRepository(OutboxMail) private readonly outbox: Repository<OutboxMail>,
    @Inject(MAIL_SETTINGS) private readonly settings: MailSettings,
  ) {}

  async write(
    mail: { to: string; subject: string; body: string },
    manager?: EntityManager,
  ): Promise<OutboxMail> {
    const repository = manager ? manager.getRepository(OutboxMail) : this.outbox;
    const saved = await repository.save(
      repository.create({ recipient: mail.to, subject: mail.subject, body: mail.body }),
    );
    if (this.settings.smtpUrl) setImmediate(() => void this.deliver(saved.id));
    return saved;
  }

  private async deliver(id: string): Promise<void> {
    const mail = await this.outbox.findOneBy({ id });
    if (!mail || mail.deliveredAt) return;
    try {
      const { createTransport } = await import('nodemailer');
      await createTransport(this.settings.smtpUrl!).sendMail({
        from: this.settings.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body,
      });
      await this.outbox.update({ id }, { deliveredAt: new Date(), deliveryError: null });
    } catch (error) {
      this.logger.warn({ mailId: id, err: error }, 'mail delivery failed');
      await this.outbox.update(
        { id },
        { deliveryError: String((error as Error).message ?? error).slice(0, 500) },
      );
    }
  }

  list(limit: number, offset: number): Promise<[OutboxMail[], number]> {
    return this.outbox.findAndCount({ order: { createdAt: 'DESC' }, take: limit, skip: offset });
  }
}
