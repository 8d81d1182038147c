import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { MatchingRepository } from '../matching/matching.repository';
import { JobFairRepository } from './job-fair.repository';
import { JobFairService } from './job-fair.service';
import { JobFairsController } from './job-fairs.controller';
import { MatchFits } from './match-fits';
import { OpenHouseController } from './open-house.controller';
import { OpenHouseRepository } from './open-house.repository';
import { OpenHouseService } from './open-house.service';

/**
 * Open-house days across towns and job fairs with fair mentors (issue 13). Own tables, no
 * dependency on the general events module; scores from the one matching function.
 */
@Module({
  imports: [AuditModule, CandidatesModule],
  controllers: [OpenHouseController, JobFairsController],
  providers: [
    MatchingRepository,
    MatchFits,
    OpenHouseRepository,
    OpenHouseService,
    JobFairRepository,
    JobFairService,
  ],
})
export class OpenHouseModule {}
