import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '@passgenau/domain';
import { FieldErrorResponse } from '../../../common/field-error.response';
import { IsPastOrTodayDate } from './validators';

export class AssessmentResultDto {
  @ApiProperty({ description: 'Taxonomy code of the competence' }) @IsString() @MaxLength(300) code!: string;
  @ApiProperty({ enum: EVIDENCE_LEVELS }) @IsIn(EVIDENCE_LEVELS) level!: EvidenceLevel;
}

export class AssessmentDto {
  @ApiProperty() @IsUUID() candidateId!: string;
  @ApiProperty({ example: 'Bildungszentrum Waiblingen' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  provider!: string;
  @ApiProperty({
    example: 'MYSKILLS',
    description: 'Procedure: MYSKILLS, a chamber test, a training workshop …',
  })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  procedure!: string;
  @ApiProperty({ example: '2026-10-14' }) @IsPastOrTodayDate() assessedOn!: string;
  @ApiProperty({ type: [AssessmentResultDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AssessmentResultDto)
  results!: AssessmentResultDto[];
}

export class AttachedAssessmentResponse {
  @ApiProperty({ type: [String] }) evidenceIds!: string[];
}

export class CsvRowResult {
  @ApiProperty({ description: 'Line in the file (the header is line 1)' }) row!: number;
  @ApiProperty() candidate!: string;
  @ApiProperty() code!: string;
  @ApiProperty() level!: string;
  @ApiProperty({ type: [FieldErrorResponse] }) errors!: FieldErrorResponse[];
}

export class CsvPreviewResponse {
  @ApiProperty({ type: [CsvRowResult] }) rows!: CsvRowResult[];
  @ApiProperty() valid!: number;
  @ApiProperty() invalid!: number;
}

export class CsvImportResponse extends CsvPreviewResponse {
  @ApiProperty() imported!: number;
}
