import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { COMPANY_SIZE_BANDS, WZ_SECTION_CODES, type CompanySizeBand } from '@passgenau/domain';
import { IsLanguageCode, PageQuery } from '../../../../common/dto-helpers';
import { TownRef } from '../../profile/dto/company.response';

export class ShowcaseOptInDto {
  @ApiProperty({
    description: 'true: appear in the public showcase (once staff confirmed); false: leave it at once',
  })
  @IsBoolean()
  optIn!: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    description: 'Short story, required to opt in',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  story?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'de', description: 'Language of the story' })
  @IsOptional()
  @IsLanguageCode()
  storyLang?: string | null;
}

export class RefugeeEmployerDto {
  @ApiProperty({
    description: 'The firm employs or trains refugees (confirmed by IBA staff or a coordinator)',
  })
  @IsBoolean()
  employsRefugees!: boolean;
}

export class ShowcaseQuery extends PageQuery {
  @ApiPropertyOptional({ example: '08119079' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'townAgs must be an 8-digit municipality key (AGS)' })
  townAgs?: string;

  @ApiPropertyOptional({ enum: WZ_SECTION_CODES })
  @IsOptional()
  @IsIn(WZ_SECTION_CODES)
  wzSection?: string;
}

export class ShowcaseItem {
  @ApiProperty() companyId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, enum: WZ_SECTION_CODES }) wzSection!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: COMPANY_SIZE_BANDS }) sizeBand!: CompanySizeBand | null;
  @ApiProperty({ type: [TownRef] }) towns!: TownRef[];
  @ApiProperty({ description: 'As the firm wrote it, in storyLang' }) story!: string;
  @ApiProperty() storyLang!: string;
  @ApiProperty({ type: String, nullable: true }) logoUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty() openOfferCount!: number;
}

export class ShowcasePage {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [ShowcaseItem] }) items!: ShowcaseItem[];
}
