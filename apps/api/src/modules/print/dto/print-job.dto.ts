import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';

export const PRINT_JOB_KINDS = ['event_match_lists', 'event_everything'] as const;
export type PrintJobKind = (typeof PRINT_JOB_KINDS)[number];
export const PRINT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type PrintJobStatus = (typeof PRINT_JOB_STATUSES)[number];

export class CreatePrintJobDto {
  @ApiProperty({
    enum: PRINT_JOB_KINDS,
    description: 'event_match_lists: every firm’s match list; event_everything: speed-dating plans and badges',
  })
  @IsIn(PRINT_JOB_KINDS)
  kind!: PrintJobKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10, description: 'Match lists: how many of the best per firm' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  top?: number;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, description: 'Print language; default: the account’s language' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang?: UiLanguage;
}

export class PrintJobResponse {
  @ApiProperty() id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ enum: PRINT_JOB_KINDS }) kind!: PrintJobKind;
  @ApiProperty({ enum: PRINT_JOB_STATUSES }) status!: PrintJobStatus;
  @ApiProperty({ description: 'Steps done (match lists: one per firm, then the PDF)' }) done!: number;
  @ApiProperty({ description: 'Steps in all; 0 until the job has started' }) total!: number;
  @ApiProperty({ description: 'Who asked for it' }) requestedBy!: string;
  @ApiProperty({ enum: UI_LANGUAGES }) lang!: UiLanguage;
  @ApiProperty({ type: Number, nullable: true }) top!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Size of the PDF in bytes, once done' }) bytes!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed (English, for staff and logs)' })
  error!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'An error code of docs/errors.md when it failed' })
  errorCode!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty({ description: 'Until when it can be downloaded' }) expiresAt!: string;
}
