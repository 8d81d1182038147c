import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUiLanguage, RECONFIRM_AFTER_DAYS, RECONFIRM_GRACE_DAYS, type UiLanguage } from '@passgenau/domain';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';

const REMINDER: Record<UiLanguage, { subject: string; body: (pseudonym: string) => string }> = {
  de: {
    subject: 'Passgenau: Ist Ihr Profil noch aktuell?',
    body: (p) =>
      `Ihr Profil ${p} ist seit ${RECONFIRM_AFTER_DAYS} Tagen nicht bestätigt. Bitte melden Sie sich an und bestätigen Sie es. Nach ${RECONFIRM_GRACE_DAYS} Tagen sehen Arbeitgeber es sonst nicht mehr.`,
  },
  en: {
    subject: 'Passgenau: is your profile still up to date?',
    body: (p) =>
      `Your profile ${p} has not been confirmed for ${RECONFIRM_AFTER_DAYS} days. Please sign in and confirm it. Otherwise employers will no longer see it after ${RECONFIRM_GRACE_DAYS} days.`,
  },
  ar: {
    subject: 'Passgenau: هل ملفك ما زال محدّثًا؟',
    body: (p) =>
      `لم يتم تأكيد ملفك ${p} منذ ${RECONFIRM_AFTER_DAYS} يومًا. يرجى تسجيل الدخول وتأكيده. وإلا فلن يراه أصحاب العمل بعد ${RECONFIRM_GRACE_DAYS} يومًا.`,
  },
  fa: {
    subject: 'Passgenau: آیا پروفایل شما هنوز به‌روز است؟',
    body: (p) =>
      `پروفایل ${p} شما ${RECONFIRM_AFTER_DAYS} روز است تأیید نشده. لطفاً وارد شوید و آن را تأیید کنید. وگرنه پس از ${RECONFIRM_GRACE_DAYS} روز کارفرمایان آن را نمی‌بینند.`,
  },
  uk: {
    subject: 'Passgenau: ваш профіль ще актуальний?',
    body: (p) =>
      `Ваш профіль ${p} не підтверджено вже ${RECONFIRM_AFTER_DAYS} днів. Увійдіть і підтвердіть його. Інакше через ${RECONFIRM_GRACE_DAYS} днів роботодавці його більше не бачитимуть.`,
  },
};

/**
 * Published profiles ask for reconfirmation every 90 days: a reminder goes to the candidate and
 * their mentors; after the grace period the profile leaves employer search (see
 * VISIBLE_TO_EMPLOYERS) and comes back when confirmed.
 */
@Injectable()
export class FreshnessService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
  ) {}

  /** Every hour (at minute 5, Europe/Berlin) through the job queue, retried when it fails. */
  onModuleInit(): void {
    this.jobs.register({
      name: QUEUES.profileReminders,
      cron: '5 * * * *',
      handle: async () => void (await this.sendReminders()),
    });
  }

  /** Returns how many profiles were reminded. */
  async sendReminders(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query(
        `SELECT p.candidate_id, p.pseudonym FROM candidate_profile p
          WHERE p.status = 'published' AND p.confirmed_at < now() - make_interval(days => $1) AND p.reminder_sent_at IS NULL
          FOR UPDATE SKIP LOCKED`,
        [RECONFIRM_AFTER_DAYS],
      );
      for (const profile of due) {
        const recipients = await manager.query(
          `SELECT a.email, a.preferred_language FROM candidate c JOIN account a ON a.id = c.account_id WHERE c.id = $1 AND a.email IS NOT NULL
           UNION
           SELECT a.email, a.preferred_language FROM mentorship m JOIN account a ON a.id = m.mentor_account_id
            WHERE m.candidate_id = $1 AND m.withdrawn_at IS NULL AND a.email IS NOT NULL`,
          [profile.candidate_id],
        );
        for (const r of recipients) {
          const lang: UiLanguage = isUiLanguage(r.preferred_language) ? r.preferred_language : 'de';
          const text = REMINDER[lang];
          await this.mail.write(
            { to: r.email, subject: text.subject, body: text.body(profile.pseudonym) },
            manager,
          );
        }
        await manager.query(`UPDATE candidate_profile SET reminder_sent_at = now() WHERE candidate_id = $1`, [
          profile.candidate_id,
        ]);
      }
      return due.length;
    });
  }
}
