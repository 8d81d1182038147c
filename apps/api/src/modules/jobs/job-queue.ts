import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** Queues of the product; each has one handler, registered by its feature. */
export const QUEUES = {
  /** Delivers one outbox mail: `{ mailId }`. */
  mailDelivery: 'mail-delivery',
  /** Removes the deliverable text of mails whose links have expired (daily, scheduled). */
  mailCleanup: 'mail-cleanup',
  /** Reminds candidates and mentors of profiles to reconfirm (hourly, scheduled). */
  profileReminders: 'profile-reminders',
  /** Erases merge archives whose 30 days of restorability are over (daily, scheduled). */
  mergeArchivePurge: 'merge-archive-purge',
  /** Runs saved searches for new results and mails the daily alert digests (hourly by day, scheduled). */
  savedSearchAlerts: 'saved-search-alerts',
  /** Marks open contact requests past their expiry as expired (hourly, scheduled). */
  contactRequestExpiry: 'contact-request-expiry',
  /** Reminds the participants of tomorrow's events (daily, scheduled). */
  eventReminders: 'event-reminders',
  /** Renders one print batch (an event's match lists, or everything for an event): `{ jobId }`. */
  printBatches: 'print-batches',
  /** Removes print batches whose week of keeping is over (daily, scheduled). */
  printJobPurge: 'print-job-purge',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobsSettings {
  databaseUrl: string;
  /** Retries after the first failed attempt. */
  retryLimit: number;
  /** Delay before the first retry; doubles with every further retry (with jitter). */
  retryDelaySeconds: number;
  /** How often an idle worker asks for new jobs. */
  pollingIntervalSeconds: number;
}

export const JOBS_SETTINGS = Symbol('JOBS_SETTINGS');

export interface QueueDefinition<T extends object> {
  name: QueueName;
  handle: (data: T) => Promise<void>;
  /** Cron expression (Europe/Berlin) on which a job is sent to this queue. */
  cron?: string;
  /** Defaults to the configured retry settings. */
  retryLimit?: number;
  expireInSeconds?: number;
}

/**
 * pg-boss writes its rows through this adapter, so a job is inserted on the caller's connection and
 * commits or rolls back with the caller's transaction.
 */
export function transactionDb(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner || !runner.isTransactionActive)
    throw new Error('transactionDb needs an EntityManager of an open transaction');
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const result = await runner.query(text, values, true);
      return { rows: result.records as unknown[] };
    },
  };
}
