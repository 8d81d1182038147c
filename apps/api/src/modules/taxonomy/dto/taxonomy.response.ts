import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  CONCEPT_KINDS,
  DISTINCTION_KINDS,
  LABEL_SOURCES,
  UI_LANGUAGES,
  type ConceptKind,
  type DistinctionKind,
  type LabelSource,
  type UiLanguage,
} from '@passgenau/domain';

export class ConceptLabelResponse {
  @ApiProperty() text!: string;
  @ApiProperty({
    enum: LABEL_SOURCES,
    description:
      "esco = official ESCO; passgenau = the product's own translation; coordinator = added or corrected by a coordinator",
  })
  source!: LabelSource;
}

export class ConceptLabelsResponse {
  @ApiPropertyOptional({ type: ConceptLabelResponse }) de?: ConceptLabelResponse;
  @ApiPropertyOptional({ type: ConceptLabelResponse }) en?: ConceptLabelResponse;
  @ApiPropertyOptional({ type: ConceptLabelResponse }) ar?: ConceptLabelResponse;
  @ApiPropertyOptional({ type: ConceptLabelResponse }) fa?: ConceptLabelResponse;
  @ApiPropertyOptional({ type: ConceptLabelResponse }) uk?: ConceptLabelResponse;
}

export class MatchedLabelResponse {
  @ApiProperty({ enum: UI_LANGUAGES }) lang!: UiLanguage;
  @ApiProperty() text!: string;
}

export class DistinctionResponse {
  @ApiProperty({
    enum: DISTINCTION_KINDS,
    description:
      'label = the label in a second language (German, for German readers English); iscoGroup = ISCO-08 unit group; description = first sentence of the ESCO description',
  })
  kind!: DistinctionKind;
  @ApiProperty({ enum: UI_LANGUAGES, description: 'Language of text' }) lang!: UiLanguage;
  @ApiProperty() text!: string;
}

export class TaxonomyHitResponse {
  @ApiProperty({ description: 'ESCO URI, or the product code for its own competences' }) code!: string;
  @ApiProperty({ enum: CONCEPT_KINDS }) kind!: ConceptKind;
  @ApiProperty({ type: String, nullable: true, description: 'ISCO-08 unit group (occupations)' }) iscoGroup!:
    string | null;
  @ApiProperty({ type: ConceptLabelsResponse }) labels!: ConceptLabelsResponse;
  @ApiProperty({ type: MatchedLabelResponse, nullable: true, description: 'The label the query matched' })
  matched!: MatchedLabelResponse | null;
  @ApiProperty({
    type: DistinctionResponse,
    nullable: true,
    description:
      'Set when another hit of this answer shows the same label in the reader language: what tells them apart',
  })
  distinction!: DistinctionResponse | null;
}

export class TaxonomySearchResponse {
  @ApiProperty() query!: string;
  @ApiProperty({ type: [TaxonomyHitResponse] }) hits!: TaxonomyHitResponse[];
  @ApiProperty() estimatedTotalHits!: number;
}

export class RelatedSkillResponse {
  @ApiProperty() code!: string;
  @ApiProperty() essential!: boolean;
  @ApiProperty({ type: ConceptLabelsResponse }) labels!: ConceptLabelsResponse;
}

/** One label of a concept in one language, as listed in `allLabels`. */
export class ConceptLabelVariantResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: LABEL_SOURCES }) source!: LabelSource;
  @ApiProperty() preferred!: boolean;
}

@ApiExtraModels(ConceptLabelVariantResponse)
export class ConceptResponse {
  @ApiProperty() code!: string;
  @ApiProperty({ enum: CONCEPT_KINDS }) kind!: ConceptKind;
  @ApiProperty({ type: String, nullable: true }) iscoGroup!: string | null;
  @ApiProperty({ type: ConceptLabelsResponse }) labels!: ConceptLabelsResponse;
  @ApiProperty({
    type: 'object',
    description: 'All labels per language, preferred first',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(ConceptLabelVariantResponse) } },
  })
  allLabels!: Record<string, ConceptLabelVariantResponse[]>;
  @ApiProperty({ type: String, nullable: true }) descriptionEn!: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionDe!: string | null;
  @ApiProperty({
    type: [RelatedSkillResponse],
    description: 'Skills of an occupation, essential first (ESCO relations)',
  })
  skills!: RelatedSkillResponse[];
}
