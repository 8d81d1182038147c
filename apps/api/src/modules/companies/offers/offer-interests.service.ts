import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext, RequestMeta } from '../../../common/auth-context';
import { AccessLogService } from '../../audit/access-log.service';
import { CandidateAccessPolicy, visibleToEmployersSql } from '../../candidates/candidate-access.service';
import { CompaniesMessage } from '../companies.errors';
import { isCompanyStaff, isEmployerOf, notFound } from '../company-access';
import type { OfferInterestedResponse } from './dto/offer-interest.response';

/**
 * Who marked interest in an offer, by pseudonym: the firm's employers (once their firm is checked,
 * as for search) and staff. Only profiles employers may see now are shown; each is logged.
 */
@Injectable()
export class OfferInterestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessPolicy,
    private readonly accessLog: AccessLogService,
  ) {}

  async interested(auth: AuthContext, offerId: string, meta: RequestMeta): Promise<OfferInterestedResponse> {
    const [offer] = await this.dataSource.query(`SELECT company_id FROM offer WHERE id = $1`, [offerId]);
    if (!offer || !(isCompanyStaff(auth) || isEmployerOf(auth, offer.company_id)))
      throw notFound(CompaniesMessage.OFFER_NOT_FOUND);
    await this.access.assertCanSearch(auth);
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM offer_interest WHERE offer_id = $1`,
      [offerId],
    );
    const rows: Array<{ candidate_id: string; pseudonym: string; marked_at: Date }> =
      await this.dataSource.query(
        `SELECT i.candidate_id, p.pseudonym, i.marked_at
         FROM offer_interest i JOIN candidate_profile p ON p.candidate_id = i.candidate_id
        WHERE i.offer_id = $1 AND ${visibleToEmployersSql('p')}
        ORDER BY i.marked_at DESC, p.pseudonym
        LIMIT 500`,
        [offerId],
      );
    await this.accessLog.record(
      auth,
      rows.map((r) => r.candidate_id),
      'list_offer_interest',
      meta,
    );
    return {
      total,
      items: rows.map((r) => ({ pseudonym: r.pseudonym, markedAt: r.marked_at.toISOString() })),
    };
  }
}
