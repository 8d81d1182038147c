import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';

export class AddTaxonomyLabelDto {
  @ApiProperty({ description: 'Code of the occupation or competence (ESCO URI or product code)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  code!: string;

  @ApiProperty({ enum: UI_LANGUAGES }) @IsIn(UI_LANGUAGES) lang!: UiLanguage;

  @ApiProperty({ example: 'طباخ', description: 'The label as people of this language say it' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Shown as the name of the concept in this language (else a search synonym)',
  })
  @IsOptional()
  @IsBoolean()
  preferred: boolean = false;
}

export class TaxonomyLabelResponse {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: UI_LANGUAGES }) lang!: UiLanguage;
  @ApiProperty() text!: string;
  @ApiProperty() preferred!: boolean;
  @ApiProperty({ enum: ['coordinator'] }) source!: 'coordinator';
}
