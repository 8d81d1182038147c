import { Module } from '@nestjs/common';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsService } from './mentorships.service';

/** A candidate's authorisation of mentors ("Messepaten") and its withdrawal. */
@Module({
  controllers: [MentorshipsController],
  providers: [MentorshipsService],
})
export class MentorshipsModule {}
