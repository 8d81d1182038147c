import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional } from 'class-validator';
import { OFFER_KINDS, type OfferKind } from '@passgenau/domain';

/**
 * A Jobsuche search response of the Bundesagentur für Arbeit, as its API returns it. The records
 * are checked one by one by the import (a broken one is reported and skipped), not here.
 */
export class BaJobsucheImportDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    maxItems: 500,
    description:
      'Job listings: refnr, arbeitgeber, beruf, titel?, arbeitsort {plz, ort, strasse, koordinaten {lat, lon}}, eintrittsdatum, kundennummerHash, …',
  })
  @IsArray()
  @ArrayMaxSize(500)
  stellenangebote!: unknown[];

  @ApiPropertyOptional({ description: 'Ignored (paging of the job agency)' })
  @Allow()
  maxErgebnisse?: unknown;

  @ApiPropertyOptional({ description: 'Ignored' })
  @Allow()
  page?: unknown;

  @ApiPropertyOptional({ description: 'Ignored' })
  @Allow()
  size?: unknown;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Ignored' })
  @IsOptional()
  @IsObject()
  facetten?: Record<string, unknown>;
}

export class BaJobsucheImportQuery {
  @ApiPropertyOptional({
    enum: OFFER_KINDS,
    description:
      'Kind of the imported offers (the job agency searches one kind at a time). New offers default to job; updates keep their kind unless given.',
  })
  @IsOptional()
  @IsIn(OFFER_KINDS)
  kind?: OfferKind;
}

export class SkippedRecord {
  @ApiProperty({ description: 'Position in stellenangebote (from 0)' }) index!: number;
  @ApiProperty({ type: String, nullable: true }) refnr!: string | null;
  @ApiProperty({ example: 'bad coordinates' }) reason!: string;
}

export class BaJobsucheImportReport {
  @ApiProperty({ description: 'New offers' }) created!: number;
  @ApiProperty({ description: 'Offers (by refnr) whose data changed' }) updated!: number;
  @ApiProperty({ description: 'Offers (by refnr) imported before with the same data' }) unchanged!: number;
  @ApiProperty({ type: [SkippedRecord] }) skipped!: SkippedRecord[];
  @ApiProperty({ description: 'Firms the import created' }) companiesCreated!: number;
  @ApiProperty({
    description: 'Imported offers whose occupation matched no taxonomy label (occupationMapping unmapped)',
  })
  unmappedOccupations!: number;
}
