import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { JobsMessage } from './jobs.errors';
import { JobsRepository } from './jobs.repository';
import {
  JOBS_SETTINGS,
  transactionDb,
  type JobsSettings,
  type QueueDefinition,
  type QueueName,
} from './job-queue';
import type { JobListQuery, JobPage } from './dto/jobs.dto';

/** The schema pg-boss keeps its tables in, inside the product's database. */
export const JOBS_SCHEMA = 'pgboss';
export const SCHEDULE_TIME_ZONE = 'Europe/Berlin';

/**
 * The one job queue (pg-boss on the product's PostgreSQL). Features register their queues before
 * the application starts; jobs are sent inside the caller's transaction, retried with exponential
 * backoff, and the failed ones stay visible to admins for 30 days.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private readonly definitions = new Map<QueueName, QueueDefinition<object>>();
  private started = false;
  /** The PostgreSQL application_name of this instance's queue connections. */
  readonly connectionName = `passgenau-jobs-${randomBytes(3).toString('hex')}`;

  constructor(
    @Inject(JOBS_SETTINGS) private readonly settings: JobsSettings & { runSchedules: boolean },
    private readonly repository: JobsRepository,
  ) {
    this.boss = new PgBoss({
      connectionString: settings.databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: this.connectionName,
      max: 4,
      // Cron schedules fire only where asked (not in tests, which share one database).
      schedule: settings.runSchedules,
      // Failed jobs stay in the job table (visible, retryable) for 30 days; completed ones 12 hours.
      archiveCompletedAfterSeconds: 12 * 3600,
      archiveFailedAfterSeconds: 30 * 24 * 3600,
      deleteAfterDays: 7,
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  /** Called by features in their constructor or onModuleInit, before the application starts. */
  register<T extends object>(definition: QueueDefinition<T>): void {
    if (this.started) throw new Error(`queue ${definition.name} registered after the job queue started`);
    this.definitions.set(definition.name, definition as unknown as QueueDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const definition of this.definitions.values()) {
      if (!(await this.boss.getQueue(definition.name))) {
        await this.boss.createQueue(definition.name).catch(async (error) => {
          // Another instance created it at the same moment.
          if (!(await this.boss.getQueue(definition.name))) throw error;
        });
      }
      if (definition.cron) {
        await this.boss.schedule(
          definition.name,
          definition.cron,
          {},
          {
            tz: SCHEDULE_TIME_ZONE,
            ...this.retryOptions(definition),
          },
        );
      }
      await this.boss.work<object>(
        definition.name,
        { pollingIntervalSeconds: this.settings.pollingIntervalSeconds, batchSize: 1 },
        async ([job]) => {
          if (!job) return;
          try {
            await definition.handle(job.data);
          } catch (error) {
            this.logger.warn({ err: error, queue: definition.name, jobId: job.id }, 'job failed');
            throw error;
          }
        },
      );
    }
    this.started = true;
  }

  /** Stops the workers (waiting for running jobs) before the database connections close. */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /**
   * Sends a job; with `manager` (an open transaction) the job exists only if that transaction
   * commits. Without, it is committed at once.
   */
  async send(name: QueueName, data: object, manager?: EntityManager): Promise<string> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`no queue ${name} is registered`);
    const id = await this.boss.send(name, data, {
      ...this.retryOptions(definition),
      ...(definition.expireInSeconds ? { expireInSeconds: definition.expireInSeconds } : {}),
      ...(manager ? { db: transactionDb(manager) } : {}),
    });
    if (!id) throw new Error(`queue ${name} did not accept the job`);
    return id;
  }

  list(query: JobListQuery): Promise<JobPage> {
    return this.repository.list(query);
  }

  /** A failed job runs again (one more attempt), at once. */
  async retry(id: string): Promise<void> {
    const job = await this.repository.find(id);
    if (!job)
      throw new DomainError('NOT_FOUND', JobsMessage.JOB_NOT_FOUND, [
        { code: 'NOT_FOUND', field: 'id', message: 'no such job' },
      ]);
    if (job.state !== 'failed')
      throw new DomainError('JOB_NOT_RETRYABLE', JobsMessage.JOB_NOT_FAILED, [
        { code: 'WRONG_STATE', field: 'id', message: `the job is ${job.state}` },
      ]);
    await this.boss.retry(job.queue, id);
    await this.repository.startNow(id);
  }

  private retryOptions(definition: QueueDefinition<object>): PgBoss.RetryOptions {
    return {
      retryLimit: definition.retryLimit ?? this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
    };
  }
}
