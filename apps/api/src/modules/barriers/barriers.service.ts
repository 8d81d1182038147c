import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUiLanguage } from '@passgenau/domain';
import { AUTH_SETTINGS, type AuthSettings } from '../../common/auth-settings';
import { MailService } from '../mail/mail.service';
import { BARRIER_REPORTED_MAIL } from './barrier-mail-texts';
import type { BarrierReportDto, BarrierReportResponse } from './barriers.dto';
import { BarriersRepository } from './barriers.repository';

/**
 * Reports of accessibility barriers (BITV 2.0 feedback mechanism). A report is stored and mailed to
 * every coordinator in the same transaction, so it reaches them through the outbox (and its delivery
 * jobs) exactly when it is stored.
 */
@Injectable()
export class BarriersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: BarriersRepository,
    private readonly mail: MailService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  report(dto: BarrierReportDto): Promise<BarrierReportResponse> {
    const pageUrl = dto.pageUrl?.trim() || null;
    const replyEmail = dto.email?.trim().toLowerCase() || null;
    const description = dto.description.trim();
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.repository.store(
        { pageUrl, description, replyEmail, language: dto.language },
        manager,
      );
      const coordinators = await this.repository.coordinators(manager);
      const facts = {
        page: pageUrl,
        description,
        replyEmail,
        language: dto.language,
        link: `${this.settings.publicUrl}/accessibility`,
      };
      for (const c of coordinators) {
        const text = BARRIER_REPORTED_MAIL[isUiLanguage(c.preferred_language) ? c.preferred_language : 'de'];
        await this.mail.write({ to: c.email, subject: text.subject, body: text.body(facts) }, manager);
      }
      await this.repository.setNotified(stored.id, coordinators.length, manager);
      return { id: stored.id, replyExpected: replyEmail !== null };
    });
  }
}
