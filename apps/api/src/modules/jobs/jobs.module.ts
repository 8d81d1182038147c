import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JOBS_SETTINGS, type JobsSettings } from './job-queue';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/** The job queue on PostgreSQL (pg-boss, schema `pgboss`); features register their queues. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(settings: JobsSettings & { runSchedules: boolean }): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_SETTINGS, useValue: settings }, JobsRepository, JobsService],
      exports: [JobsService],
    };
  }
}
