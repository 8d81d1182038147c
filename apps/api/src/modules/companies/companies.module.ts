import { Module } from '@nestjs/common';

/** Company profiles, offers, the public job board, the showcase, the pool of open firms and the job-agency import. */
@Module({})
export class CompaniesModule {}
