import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUiLanguage } from '@passgenau/domain';
import type { AuthContext } from '../../../common/auth-context';
import { AUTH_SETTINGS, type AuthSettings } from '../../../common/auth-settings';
import { DomainError } from '../../../common/domain-error';
import { MailService } from '../../mail/mail.service';
import { CompaniesMessage } from '../companies.errors';
import type { CompanyVerificationResponse, PendingCompanyItem } from './verification.dto';
import { COMPANY_REJECTED_MAIL, COMPANY_VERIFIED_MAIL } from './verification.mail-texts';
import { VerificationRepository } from './verification.repository';

/**
 * Firms that signed up themselves are checked by IBA staff or a coordinator before they search
 * candidates. The firm's managers get a mail when the check is done.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VerificationRepository,
    private readonly mail: MailService,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async pending(): Promise<PendingCompanyItem[]> {
    return (await this.repository.pending()).map((row) => ({
      companyId: row.id,
      companyName: row.name,
      town: row.town,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      requestedAt: row.created_at.toISOString(),
    }));
  }

  async decide(
    auth: AuthContext,
    companyId: string,
    status: 'verified' | 'rejected',
  ): Promise<CompanyVerificationResponse> {
    if (!(await this.repository.exists(companyId)))
      throw new DomainError('NOT_FOUND', CompaniesMessage.COMPANY_NOT_FOUND);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.decide(companyId, status, auth.accountId, manager)))
        throw new DomainError('CONFLICT', CompaniesMessage.NOT_PENDING, [
          { code: 'WRONG_STATE', field: 'id', message: 'the company is not waiting for a check' },
        ]);
      const texts = status === 'verified' ? COMPANY_VERIFIED_MAIL : COMPANY_REJECTED_MAIL;
      const link = `${this.settings.publicUrl}${status === 'verified' ? '/profiles' : '/company'}`;
      const managers = await this.repository.managers(companyId, manager);
      for (const m of managers) {
        const text = texts[isUiLanguage(m.preferred_language) ? m.preferred_language : 'de'];
        await this.mail.write({ to: m.email, subject: text.subject, body: text.body(link) }, manager);
      }
      return { companyId, status, notified: managers.length };
    });
  }
}
