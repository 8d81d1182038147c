import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidateSearchModule } from '../candidate-search/candidate-search.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { AssessmentsService } from './assessments.service';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';
import { FreshnessService } from './freshness.service';
import { GdprService } from './gdpr.service';
import { ProfileLoader } from './profile.loader';
import { ProfilesController } from './profiles.controller';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesService } from './profiles.service';

/** Competence profiles (integration plan 2.1: one standard profile), assessments, GDPR rights, freshness, duplicates. */
@Module({
  imports: [AuditModule, CandidatesModule, TaxonomyModule, CandidateSearchModule],
  controllers: [ProfilesController, DuplicatesController],
  providers: [
    ProfilesService,
    ProfilesRepository,
    ProfileLoader,
    AssessmentsService,
    GdprService,
    DuplicatesService,
    FreshnessService,
  ],
  exports: [ProfileLoader, ProfilesRepository],
})
export class ProfilesModule {}
