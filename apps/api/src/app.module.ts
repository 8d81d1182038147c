import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard } from './common/access';
import { CommonModule } from './common/common.module';
import { AdminModule } from './modules/admin/admin.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BarriersModule } from './modules/barriers/barriers.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SavedSearchesModule } from './modules/saved-searches/saved-searches.module';
import { OpenHouseModule } from './modules/open-house/open-house.module';
import { EventsModule } from './modules/events/events.module';
import { CandidatesModule } from './modules/candidates/candidates.module';
import { ConsentModule } from './modules/consent/consent.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { MentorshipsModule } from './modules/mentorships/mentorships.module';
import { CompaniesModule } from './modules/companies/companies.module';
import { ProfilesModule } from './modules/profiles/profiles.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MatchingIndexModule } from './modules/matching-index/matching-index.module';
import { CandidateSearchModule } from './modules/candidate-search/candidate-search.module';
import { MailModule } from './modules/mail/mail.module';
import { MatchingModule } from './modules/matching/matching.module';
import { EventFirmsModule } from './modules/event-firms/event-firms.module';
import { PrintModule } from './modules/print/print.module';
import { ErrorFilter } from './common/error.filter';
import { httpLoggerOptions, textLogStream } from './common/logging';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './modules/health/health.module';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module';
import { TownsModule } from './modules/towns/towns.module';
import { SearchModule } from './search/search.module';

export interface RuntimeSettings {
  config: AppConfig;
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** The configured JWT_SECRET, or one generated into the data folder outside production. */
  jwtSecret: string;
}

function webModules(config: AppConfig): DynamicModule[] {
  const dir = config.webDistDir ?? join(__dirname, '..', 'web');
  if (!existsSync(join(dir, 'index.html'))) return [];
  return [ServeStaticModule.forRoot({ rootPath: dir, exclude: ['/api/{*path}'] })];
}

@Module({})
export class AppModule {
  static forRoot(settings: RuntimeSettings): DynamicModule {
    const { config } = settings;
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp:
            config.logFormat === 'json'
              ? httpLoggerOptions({ level: config.logLevel, format: 'json' })
              : [httpLoggerOptions({ level: config.logLevel, format: 'text' }), textLogStream()],
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(settings.databaseUrl), retryAttempts: 0 }),
        SearchModule.forRoot({
          url: settings.meiliUrl,
          apiKey: settings.meiliMasterKey,
          prefix: config.meiliIndexPrefix,
        }),
        CommonModule.forRoot({
          jwtSecret: settings.jwtSecret,
          secureCookies: config.nodeEnv === 'production',
          publicUrl: config.publicUrl,
          authRequestsPerMinute: config.authRequestsPerMinute,
        }),
        JobsModule.forRoot({
          databaseUrl: settings.databaseUrl,
          retryLimit: config.jobRetryLimit,
          retryDelaySeconds: config.jobRetryDelaySeconds,
          pollingIntervalSeconds: config.nodeEnv === 'test' ? 1 : 2,
          // Tests share one database: cron schedules are registered there but fire only in real starts.
          runSchedules: config.nodeEnv !== 'test',
        }),
        MailModule.forRoot({ smtpUrl: config.smtpUrl, mailDir: config.mailDir, from: config.mailFrom }),
        // Per IP address, on the sign-in, sign-up, reset and invitation routes.
        ThrottlerModule.forRoot([{ name: 'auth', ttl: 60_000, limit: config.authRequestsPerMinute }]),
        AuditModule,
        AuthModule,
        BarriersModule,
        ReportsModule,
        SavedSearchesModule,
        OpenHouseModule,
        EventsModule,
        CandidatesModule,
        ConsentModule,
        InvitationsModule,
        MentorshipsModule,
        AdminModule,
        CompaniesModule,
        ProfilesModule,
        HealthModule,
        TaxonomyModule,
        TownsModule,
        MatchingIndexModule,
        CandidateSearchModule,
        MatchingModule,
        EventFirmsModule,
        PrintModule,
        ContactsModule.forRoot({
          expiryDays: config.contactRequestExpiryDays,
          perFirmPerDay: config.contactRequestsPerFirmPerDay,
        }),
        ...webModules(config),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
