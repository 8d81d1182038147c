import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CandidateAccessPolicy } from './candidate-access.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

/** Candidates created by mentors and staff, and the one policy of who may read or edit a candidate. */
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [CandidatesController],
  providers: [CandidateAccessPolicy, CandidatesService],
  exports: [CandidateAccessPolicy],
})
export class CandidatesModule {}
