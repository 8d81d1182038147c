import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

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
  @ApiProperty({ description: 'The record whose missing parts move over and which is then erased' })
  @IsUUID()
  remove!: string;
}
