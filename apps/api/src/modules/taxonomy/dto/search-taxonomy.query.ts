import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';

export class SearchTaxonomyQuery {
  @ApiPropertyOptional({
    description: 'What the user typed, in any language',
    maxLength: 100,
    example: 'Schweißer',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q: string = '';

  @ApiPropertyOptional({
    enum: UI_LANGUAGES,
    default: 'de',
    description: 'Language of the reader; its labels are matched first',
  })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang: UiLanguage = 'de';

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

export class ConceptQuery {
  @ApiPropertyOptional({ description: 'Concept code (ESCO URI or product code)', maxLength: 300 })
  @IsString()
  @MaxLength(300)
  code!: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    default: 20,
    description: 'How many related skills to list',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  relatedLimit: number = 20;
}
