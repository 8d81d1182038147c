import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsDateOnly, IsLanguageCode } from '../../../common/dto-helpers';
import { MatchExplanationResponse } from '../../matching/dto/match.response';

export const FAIR_MENTOR_KINDS = ['volunteer', 'staff', 'migrant'] as const;
export type FairMentorKind = (typeof FAIR_MENTOR_KINDS)[number];

export class CreateJobFairDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Fokus Beruf 2027' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ format: 'date' }) @IsDateOnly() date!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Bürgerhaus Backnang' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  venue!: string;
}

export class AddExhibitorDto {
  @ApiProperty({ minLength: 1, maxLength: 40, example: 'A7' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  booth!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A firm registered in Passgenau' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'Registered firm: the offers it brings (default: all its listed offers)',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  offerIds?: string[];

  @ApiPropertyOptional({ maxLength: 200, description: 'Entered by hand: the firm’s name' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 10,
    description: 'Entered by hand: occupation codes (ESCO)',
  })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  @ArrayMaxSize(10)
  occupations?: string[];
}

export class AddFairMentorDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: FAIR_MENTOR_KINDS }) @IsIn(FAIR_MENTOR_KINDS) kind!: FairMentorKind;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 10, example: ['de', 'uk'] })
  @IsLanguageCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  languages!: string[];

  @ApiProperty({ minimum: 0, maximum: 20, description: 'How many young people they can take' })
  @IsInt()
  @Min(0)
  @Max(20)
  capacity!: number;

  @ApiPropertyOptional({ example: '08119008' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: '$property must be a municipality key of 8 digits' })
  townAgs?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Their Passgenau account, so they see their group’s plans',
  })
  @IsOptional()
  @IsUUID()
  accountId?: string;
}

export class RegisterFairCandidateDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Candidates: left out (themselves)' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

export class EditPairDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null: no mentor' })
  @IsOptional()
  @IsUUID()
  mentorId!: string | null;
}

// Responses

export class ExhibitorResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() booth!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) companyId!: string | null;
  @ApiProperty({ type: [String] }) offerIds!: string[];
  @ApiProperty({ type: [String] }) occupations!: string[];
}

export class FairMentorResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: FAIR_MENTOR_KINDS }) kind!: FairMentorKind;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: String, nullable: true }) townName!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) accountId!: string | null;
  @ApiProperty() groupSize!: number;
}

export class FairCandidateResponse {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ type: String, nullable: true }) pseudonym!: string | null;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: String, nullable: true }) townName!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) mentorId!: string | null;
  @ApiProperty({ description: 'Paired by hand (kept when the pairing is proposed again)' }) fixed!: boolean;
  @ApiProperty() languageMatch!: boolean;
  @ApiProperty() townMatch!: boolean;
}

export class JobFairSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() venue!: string;
}

export class JobFairResponse extends JobFairSummary {
  @ApiProperty({ type: [ExhibitorResponse] }) exhibitors!: ExhibitorResponse[];
  @ApiProperty({ type: [FairMentorResponse] }) mentors!: FairMentorResponse[];
  @ApiProperty({ type: [FairCandidateResponse] }) candidates!: FairCandidateResponse[];
}

export class PairingResponse {
  @ApiProperty({ type: [FairCandidateResponse] }) candidates!: FairCandidateResponse[];
  @ApiProperty({ type: [String], description: 'Candidates without a mentor' }) unpaired!: string[];
  @ApiProperty() languageMatches!: number;
  @ApiProperty() townMatches!: number;
  @ApiProperty({ description: 'Sum of squared group sizes (lower is more balanced)' }) imbalance!: number;
}

export class FairPlanOfferResponse {
  @ApiProperty({ type: String, nullable: true }) offerId!: string | null;
  @ApiProperty({ description: 'The offer’s title, or the occupation of a firm entered by hand' })
  title!: string;
  @ApiProperty() score!: number;
  @ApiProperty() percent!: number;
  @ApiProperty({ type: MatchExplanationResponse }) explanation!: MatchExplanationResponse;
}

export class FairPlanItemResponse {
  @ApiProperty({ format: 'uuid' }) exhibitor!: string;
  @ApiProperty() name!: string;
  @ApiProperty() booth!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: [FairPlanOfferResponse], description: 'Why it fits: the fitting offers, best first' })
  offers!: FairPlanOfferResponse[];
}

export class CandidateFairPlanResponse {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ type: String, nullable: true }) pseudonym!: string | null;
  @ApiProperty({ type: String, nullable: true }) mentorName!: string | null;
  @ApiProperty({ type: [FairPlanItemResponse], description: 'In booth order' })
  items!: FairPlanItemResponse[];
}

export class GroupBoothResponse {
  @ApiProperty() booth!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String], description: 'Pseudonyms of who goes there' }) candidates!: string[];
}

export class MentorGroupPlanResponse {
  @ApiProperty({ format: 'uuid' }) mentorId!: string;
  @ApiProperty() mentorName!: string;
  @ApiProperty({ type: [CandidateFairPlanResponse] }) plans!: CandidateFairPlanResponse[];
  @ApiProperty({ type: [GroupBoothResponse], description: 'The group’s walk, in booth order' })
  booths!: GroupBoothResponse[];
}

export class FairPlansResponse {
  @ApiProperty({ type: JobFairSummary }) fair!: JobFairSummary;
  @ApiProperty({ type: [MentorGroupPlanResponse] }) groups!: MentorGroupPlanResponse[];
  @ApiProperty({ type: [CandidateFairPlanResponse], description: 'Candidates without a mentor' })
  unpaired!: CandidateFairPlanResponse[];
}

export class MyFairPlanResponse {
  @ApiProperty({ type: JobFairSummary }) fair!: JobFairSummary;
  @ApiProperty({ type: CandidateFairPlanResponse }) plan!: CandidateFairPlanResponse;
}

export class MyFairGroupResponse {
  @ApiProperty({ type: JobFairSummary }) fair!: JobFairSummary;
  @ApiProperty({ type: MentorGroupPlanResponse }) group!: MentorGroupPlanResponse;
}
