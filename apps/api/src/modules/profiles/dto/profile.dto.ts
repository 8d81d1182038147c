import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CEFR_LEVELS,
  CORE_SKILL_LEVELS,
  DRIVING_LICENCES,
  EVIDENCE_LEVELS,
  GERMAN_CERTIFICATES,
  RECOGNITION_STATES,
  SCHOOL_LEVELS,
  WORK_KINDS,
  WORK_PERMITS,
  type CefrLevel,
  type CoreSkillLevel,
  type DrivingLicence,
  type EvidenceLevel,
  type GermanCertificate,
  type RecognitionState,
  type SchoolLevel,
  type WorkKind,
  type WorkPermit,
  TEXT_SUBJECTS,
  type TextSubject,
} from '@passgenau/domain';
import { IsPastOrTodayDate } from './validators';

const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
export { TEXT_SUBJECTS, type TextSubject };

export class LanguageSkillDto {
  @ApiProperty({ description: 'ISO 639 code (de, ar, fa, uk, prs, ti …)', example: 'de' })
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639 code such as de or ar' })
  language!: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() native?: boolean;

  @ApiPropertyOptional({ enum: CEFR_LEVELS }) @IsOptional() @IsIn(CEFR_LEVELS) overall?: CefrLevel;
  @ApiPropertyOptional({ enum: CEFR_LEVELS }) @IsOptional() @IsIn(CEFR_LEVELS) understanding?: CefrLevel;
  @ApiPropertyOptional({ enum: CEFR_LEVELS }) @IsOptional() @IsIn(CEFR_LEVELS) speaking?: CefrLevel;
  @ApiPropertyOptional({ enum: CEFR_LEVELS }) @IsOptional() @IsIn(CEFR_LEVELS) writing?: CefrLevel;
}

export class GermanCertificateDto {
  @ApiProperty({ enum: GERMAN_CERTIFICATES }) @IsIn(GERMAN_CERTIFICATES) kind!: GermanCertificate;
  @ApiPropertyOptional({ description: 'Name when kind is other' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;
  @ApiProperty({ enum: CEFR_LEVELS }) @IsIn(CEFR_LEVELS) level!: CefrLevel;
  @ApiProperty({ example: '2025-06-30' }) @IsPastOrTodayDate() issuedOn!: string;
}

export class CompetenceEvidenceDto {
  @ApiPropertyOptional({
    description:
      'Id of stored evidence (from the profile response); without it, new evidence by the saver. Someone else’s evidence cannot be changed.',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({
    enum: ['self', 'mentor'],
    description: 'Assessments by providers come through the assessment import',
  })
  @IsIn(['self', 'mentor'])
  kind!: 'self' | 'mentor';

  @ApiPropertyOptional({ enum: EVIDENCE_LEVELS }) @IsOptional() @IsIn(EVIDENCE_LEVELS) level?: EvidenceLevel;

  @ApiPropertyOptional({ description: 'When a mentor saw it (mentor evidence)' })
  @IsOptional()
  @IsPastOrTodayDate()
  observedOn?: string;
}

export class CompetenceDto {
  @ApiProperty({ description: 'Taxonomy code (ESCO skill or occupation URI, or a product code)' })
  @IsString()
  @MaxLength(300)
  code!: string;

  @ApiProperty({ type: [CompetenceEvidenceDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CompetenceEvidenceDto)
  evidence!: CompetenceEvidenceDto[];
}

export class SchoolingDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(25) years?: number;
  @ApiPropertyOptional({ description: 'ISO 3166 alpha-2', example: 'SY' })
  @IsOptional()
  @Matches(COUNTRY_CODE)
  country?: string;
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS }) @IsOptional() @IsIn(SCHOOL_LEVELS) level?: SchoolLevel;
}

export class EducationDto {
  @ApiProperty({ enum: ['vocational', 'academic'] }) @IsIn(['vocational', 'academic']) kind!:
    'vocational' | 'academic';
  @ApiProperty({ description: 'As written, in any language' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;
  @ApiProperty({ example: 'ar' }) @Matches(LANGUAGE_CODE) titleLang!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) occupationCode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY_CODE) country?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1950)
  @Max(2100)
  yearCompleted?: number;
  @ApiProperty({ enum: RECOGNITION_STATES }) @IsIn(RECOGNITION_STATES) recognition!: RecognitionState;
}

export class ExperienceDto {
  @ApiProperty() @IsString() @MaxLength(300) occupationCode!: string;
  @ApiProperty({ minimum: 0.1, maximum: 60 })
  @Type(() => Number)
  @IsNumber()
  @Min(0.1)
  @Max(60)
  years!: number;
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY_CODE) country?: string;
}

export class ProfileTextDto {
  @ApiProperty({ enum: TEXT_SUBJECTS }) @IsIn(TEXT_SUBJECTS) subject!: TextSubject;
  @ApiProperty({
    enum: ['original', 'tidied'],
    description: 'A mentor’s tidied or translated version stands beside the original',
  })
  @IsIn(['original', 'tidied'])
  version!: 'original' | 'tidied';
  @ApiProperty({ maxLength: 4000 }) @IsString() @MaxLength(4000) text!: string;
  @ApiProperty({ example: 'uk' }) @Matches(LANGUAGE_CODE) lang!: string;
}

export class WishesDto {
  @ApiProperty({ type: [String], description: 'Occupation codes' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  occupations!: string[];

  @ApiProperty({ enum: WORK_KINDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(WORK_KINDS, { each: true })
  kinds!: WorkKind[];
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60) hoursPerWeek?: number;
  @ApiPropertyOptional({ example: '2027-02-01' })
  @IsOptional()
  @IsDateString({ strict: true })
  earliestStart?: string;
}

export class MobilityDto {
  @ApiPropertyOptional({ description: 'AGS of a town of the district' })
  @IsOptional()
  @Matches(/^\d{8}$/)
  homeTownAgs?: string;
  @ApiPropertyOptional({ description: 'A place outside the towns list' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  homePlace?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(300) travelKm?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(300) travelMinutes?: number;
  @ApiProperty({ enum: DRIVING_LICENCES, isArray: true })
  @IsArray()
  @ArrayMaxSize(16)
  @IsIn(DRIVING_LICENCES, { each: true })
  drivingLicences!: DrivingLicence[];
}

/** The whole draft, as the wizard autosaves it. */
export class UpdateProfileDto {
  @ApiPropertyOptional({ description: 'Personal: used to spot duplicate profiles, never shown to employers' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;

  @ApiPropertyOptional({ description: 'Personal; never shown to employers' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()/-]{5,30}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiProperty({ type: [LanguageSkillDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LanguageSkillDto)
  languages!: LanguageSkillDto[];

  @ApiProperty({ type: [GermanCertificateDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => GermanCertificateDto)
  germanCertificates!: GermanCertificateDto[];

  @ApiPropertyOptional({ enum: CORE_SKILL_LEVELS })
  @IsOptional()
  @IsIn(CORE_SKILL_LEVELS)
  mathsLevel?: CoreSkillLevel;
  @ApiPropertyOptional({ enum: CORE_SKILL_LEVELS })
  @IsOptional()
  @IsIn(CORE_SKILL_LEVELS)
  computerLevel?: CoreSkillLevel;

  @ApiProperty({ type: [CompetenceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CompetenceDto)
  competences!: CompetenceDto[];

  @ApiProperty({ type: SchoolingDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SchoolingDto)
  schooling!: SchoolingDto;

  @ApiProperty({ type: [EducationDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EducationDto)
  education!: EducationDto[];

  @ApiProperty({ type: [ExperienceDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ExperienceDto)
  experience!: ExperienceDto[];

  @ApiProperty({ type: [ProfileTextDto] })
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => ProfileTextDto)
  texts!: ProfileTextDto[];

  @ApiProperty({ type: WishesDto }) @IsObject() @ValidateNested() @Type(() => WishesDto) wishes!: WishesDto;

  @ApiProperty({ type: MobilityDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MobilityDto)
  mobility!: MobilityDto;

  @ApiProperty({
    enum: WORK_PERMITS,
    description: 'Seen only by the candidate, their mentors, IBA staff and admins',
  })
  @IsIn(WORK_PERMITS)
  workPermit!: WorkPermit;
}
