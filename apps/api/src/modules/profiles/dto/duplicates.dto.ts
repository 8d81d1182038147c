import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

/** Longest reason Team IBA may give for a merge (the database checks the same). */
export const MERGE_REASON_MAX_LENGTH = 500;
/** How long the removed record of a merge stays restorable. */
export const MERGE_RESTORABLE_DAYS = 30;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class DuplicateCandidateRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: Number, nullable: true }) birthYear!: number | null;
}

export class DuplicatePairResponse {
  @ApiProperty({ type: DuplicateCandidateRef }) candidateA!: DuplicateCandidateRef;
  @ApiProperty({ type: DuplicateCandidateRef }) candidateB!: DuplicateCandidateRef;
  @ApiProperty({
    enum: ['likely', 'hint'],
    description: 'likely: same name and birth year; hint: same phone only',
  })
  strength!: 'likely' | 'hint';
  @ApiProperty({ enum: ['same_name_and_birth_year', 'same_phone'] }) reason!: string;
}

export class DismissDuplicateDto {
  @ApiProperty() @IsUUID() candidateA!: string;
  @ApiProperty() @IsUUID() candidateB!: string;
}

export class MergeDuplicateDto {
  @ApiProperty({ description: 'The record that stays' }) @IsUUID() keep!: string;
  @ApiProperty({
    description:
      'The record whose missing parts move over and which is then removed (restorable for 30 days)',
  })
  @IsUUID()
  remove!: string;
  @ApiProperty({
    maxLength: MERGE_REASON_MAX_LENGTH,
    description: 'Why Team IBA is sure both records are one person (kept with the merge)',
    example: 'Same person: registered twice, confirmed in person on 2026-11-30',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MERGE_REASON_MAX_LENGTH)
  reason!: string;
}

export class MergeResultResponse {
  @ApiProperty({ description: 'The archive of the removed record (restore with this id)' })
  archiveId!: string;
  @ApiProperty() keptCandidateId!: string;
  @ApiProperty() restorableUntil!: string;
  @ApiProperty({ description: 'Mentor authorisations moved to the kept record (only with a notice)' })
  mentorsMoved!: number;
  @ApiProperty({ description: 'The candidate was told by e-mail' })
  candidateNotified!: boolean;
}

export class MergedCandidateResponse {
  @ApiProperty() archiveId!: string;
  @ApiProperty({ type: DuplicateCandidateRef }) kept!: DuplicateCandidateRef;
  @ApiProperty({ description: 'Id the removed record had and gets back on restore' })
  removedCandidateId!: string;
  @ApiProperty() removedName!: string;
  @ApiProperty() mergedAt!: string;
  @ApiProperty() mergedByName!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() restorableUntil!: string;
}

export class RestoredCandidateResponse {
  @ApiProperty() candidateId!: string;
}
