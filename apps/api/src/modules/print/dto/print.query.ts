import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';

/** The language of a printout; the reader's own language when not given. */
export class PrintLanguageQuery {
  @ApiPropertyOptional({ enum: UI_LANGUAGES, description: 'Print language; default: the account’s language' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang?: UiLanguage;
}

export class MatchListPrintQuery extends PrintLanguageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'How many of the best matches' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  top: number = 20;
}
