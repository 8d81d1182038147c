import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BarrierReport } from './barrier-report.entity';

export interface BarrierReportToStore {
  pageUrl: string | null;
  description: string;
  replyEmail: string | null;
  language: string;
}

export interface CoordinatorRecipient {
  email: string;
  preferred_language: string;
}

@Injectable()
export class BarriersRepository {
  store(report: BarrierReportToStore, manager: EntityManager): Promise<BarrierReport> {
    const repository = manager.getRepository(BarrierReport);
    return repository.save(repository.create(report));
  }

  async setNotified(id: string, notified: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(BarrierReport).update({ id }, { notified });
  }

  /** Every coordinator who can receive mail (enabled, with an e-mail address). */
  coordinators(manager: EntityManager): Promise<CoordinatorRecipient[]> {
    return manager.query(
      `SELECT email, preferred_language FROM account
        WHERE role = 'coordinator' AND email IS NOT NULL AND disabled_at IS NULL
        ORDER BY email`,
    );
  }
}
