import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/dto-helpers';
import { SAVED_SEARCH_KINDS, type SavedSearchKind } from '../saved-search.entities';

export const SAVED_SEARCH_NAME_MAX = 100;
/** Saved searches per account. */
export const SAVED_SEARCHES_MAX = 50;

export class CreateSavedSearchDto {
  @ApiProperty({
    enum: SAVED_SEARCH_KINDS,
    description:
      'candidates: an employer search (verified firms); offers: a job-board search (candidates, mentors)',
  })
  @IsIn(SAVED_SEARCH_KINDS)
  kind!: SavedSearchKind;

  @ApiProperty({ minLength: 1, maxLength: SAVED_SEARCH_NAME_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(SAVED_SEARCH_NAME_MAX)
  name!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The filters: of GET /api/candidate-search (candidates) or GET /api/job-board/offers (offers), as there, ' +
      'without page and pageSize; validated like there (errors name the field as query.<name>)',
  })
  @IsObject()
  query!: Record<string, unknown>;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Mentors: the authorised candidate the offer search is for',
  })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

export class RenameSavedSearchDto {
  @ApiProperty({ minLength: 1, maxLength: SAVED_SEARCH_NAME_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(SAVED_SEARCH_NAME_MAX)
  name!: string;
}

export class SavedSearchRunQuery extends PageQuery {}

export class SavedSearchResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SAVED_SEARCH_KINDS }) kind!: SavedSearchKind;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The stored filters' })
  query!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) candidateId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Alerts of this search (new results since it was saved) still shown' })
  alerts!: number;
}

/** A new result of a saved search: a pseudonym (candidate searches) or an offer (offer searches), never a name. */
export class SavedSearchAlertResponse {
  @ApiProperty({ format: 'uuid' }) savedSearchId!: string;
  @ApiProperty() savedSearchName!: string;
  @ApiProperty({ enum: SAVED_SEARCH_KINDS }) kind!: SavedSearchKind;
  @ApiProperty({ type: String, nullable: true }) pseudonym!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) offerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) offerTitle!: string | null;
  @ApiProperty({ format: 'date-time' }) foundAt!: string;
  @ApiProperty({ description: 'Sent in a digest mail already' }) mailed!: boolean;
}
