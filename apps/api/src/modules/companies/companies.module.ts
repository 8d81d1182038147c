import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { BaJobsucheController } from './import/ba-jobsuche.controller';
import { BaJobsucheImporter } from './import/ba-jobsuche.importer';
import { BaJobsucheRepository } from './import/ba-jobsuche.repository';
import { JobBoardController } from './job-board/job-board.controller';
import { JobBoardRepository } from './job-board/job-board.repository';
import { JobBoardService } from './job-board/job-board.service';
import { OffersController } from './offers/offers.controller';
import { OffersRepository } from './offers/offers.repository';
import { OffersService } from './offers/offers.service';
import { CompaniesController } from './profile/companies.controller';
import { CompaniesRepository } from './profile/companies.repository';
import { CompaniesService } from './profile/companies.service';
import { ShowcaseController } from './showcase/showcase.controller';
import { ShowcaseService } from './showcase/showcase.service';

/** Company profiles, offers, the public job board, the showcase, the pool of open firms and the job-agency import. */
@Module({
  imports: [CandidatesModule],
  controllers: [
    CompaniesController,
    OffersController,
    JobBoardController,
    ShowcaseController,
    BaJobsucheController,
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
  ],
  exports: [OffersService],
})
export class CompaniesModule {}
