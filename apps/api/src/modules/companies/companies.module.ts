import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { BaJobsucheController } from './import/ba-jobsuche.controller';
import { BaJobsucheImporter } from './import/ba-jobsuche.importer';
import { BaJobsucheRepository } from './import/ba-jobsuche.repository';
import { JobBoardController } from './job-board/job-board.controller';
import { JobBoardRepository } from './job-board/job-board.repository';
import { JobBoardService } from './job-board/job-board.service';
import { MatchingIndexModule } from '../matching-index/matching-index.module';
import { OfferInterestsController } from './offers/offer-interests.controller';
import { OfferInterestsService } from './offers/offer-interests.service';
import { OffersController } from './offers/offers.controller';
import { OffersRepository } from './offers/offers.repository';
import { OffersService } from './offers/offers.service';
import { CompaniesController } from './profile/companies.controller';
import { CompaniesRepository } from './profile/companies.repository';
import { CompaniesService } from './profile/companies.service';
import { ShowcaseController } from './showcase/showcase.controller';
import { ShowcaseService } from './showcase/showcase.service';
import { VerificationController } from './verification/verification.controller';
import { VerificationRepository } from './verification/verification.repository';
import { VerificationService } from './verification/verification.service';

/** Company profiles, offers, the public job board, the showcase, the pool of open firms and the job-agency import. */
@Module({
  imports: [AuditModule, CandidatesModule, MatchingIndexModule],
  controllers: [
    CompaniesController,
    OffersController,
    JobBoardController,
    ShowcaseController,
    BaJobsucheController,
    OfferInterestsController,
    VerificationController,
  ],
  providers: [
    CompaniesRepository,
    CompaniesService,
    OffersRepository,
    OffersService,
    JobBoardRepository,
    JobBoardService,
    ShowcaseService,
    BaJobsucheRepository,
    BaJobsucheImporter,
    OfferInterestsService,
    VerificationRepository,
    VerificationService,
  ],
  exports: [OffersService, JobBoardService],
})
export class CompaniesModule {}
