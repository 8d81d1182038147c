import { ApiProperty } from '@nestjs/swagger';
import { CEFR_LEVELS, CORE_SKILL_LEVELS, DRIVING_LICENCES, WORK_KINDS } from '@passgenau/domain';
import { ConceptLabelsResponse } from '../../taxonomy/dto/taxonomy.response';
import { EVIDENCE_MARKS, type EvidenceMark } from '../../matching-index/documents';

export class MatchedCompetenceResponse {
  @ApiProperty() code!: string;
  @ApiProperty({ type: ConceptLabelsResponse }) labels!: ConceptLabelsResponse;
  @ApiProperty({
    enum: EVIDENCE_MARKS,
    description: 'Strongest evidence: self-declared, observed by a mentor, assessed, confirmed by Team IBA',
  })
  evidence!: EvidenceMark;
  @ApiProperty({ type: String, nullable: true, enum: ['basic', 'good', 'very_good'] }) level!: string | null;
  @ApiProperty({ description: 'Asked for by a competence filter (else found by the words of q)' })
  byFilter!: boolean;
}

export class SearchOccupationResponse {
  @ApiProperty() code!: string;
  @ApiProperty({ type: ConceptLabelsResponse }) labels!: ConceptLabelsResponse;
}

/** One candidate in the employer's search: the pseudonymous projection only. */
export class CandidateSearchHit {
  @ApiProperty({ example: 'K-7F3Q' }) pseudonym!: string;
  @ApiProperty({
    type: [MatchedCompetenceResponse],
    description: 'The competences that matched the filter or the words, strongest evidence first',
  })
  matchedCompetences!: MatchedCompetenceResponse[];
  @ApiProperty({ description: 'How many competences the profile has in all' }) competenceCount!: number;
  @ApiProperty({ type: [SearchOccupationResponse] }) wishedOccupations!: SearchOccupationResponse[];
  @ApiProperty({ enum: CEFR_LEVELS, nullable: true }) germanLevel!: string | null;
  @ApiProperty({ enum: CORE_SKILL_LEVELS, nullable: true }) mathsLevel!: string | null;
  @ApiProperty({ enum: CORE_SKILL_LEVELS, nullable: true }) computerLevel!: string | null;
  @ApiProperty({ enum: WORK_KINDS, isArray: true }) kindsWished!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) availableFrom!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Town only, never an address' })
  townName!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'km from near (home town centre), one decimal' })
  distanceKm!: number | null;
  @ApiProperty({ type: Number, nullable: true }) travelKm!: number | null;
  @ApiProperty({ enum: DRIVING_LICENCES, isArray: true }) drivingLicences!: string[];
  @ApiProperty({ enum: ['yes', 'with_approval', 'unknown'] }) mayWork!: 'yes' | 'with_approval' | 'unknown';
}

export class FacetValueResponse {
  @ApiProperty() value!: string;
  @ApiProperty() count!: number;
}

/** Counts of the hits per value (of all hits, not only this page). */
export class CandidateSearchFacets {
  @ApiProperty({ type: [FacetValueResponse] }) occupationalField!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse], description: 'The most frequent competence codes' })
  competences!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) germanLevel!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) evidence!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) kindOfWork!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) mathsLevel!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) computerLevel!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) drivingLicence!: FacetValueResponse[];
  @ApiProperty({ type: [FacetValueResponse] }) mayWork!: FacetValueResponse[];
}

export class SearchOriginResponse {
  @ApiProperty({ enum: ['town', 'site'] }) kind!: 'town' | 'site';
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class CandidateSearchResponse {
  @ApiProperty({ description: 'Hits in all (at most 500: narrow the search to see others)' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: SearchOriginResponse, nullable: true }) near!: SearchOriginResponse | null;
  @ApiProperty({ type: [CandidateSearchHit] }) hits!: CandidateSearchHit[];
  @ApiProperty({ type: CandidateSearchFacets }) facets!: CandidateSearchFacets;
}
