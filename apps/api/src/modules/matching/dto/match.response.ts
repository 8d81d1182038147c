import { ApiProperty } from '@nestjs/swagger';
import {
  CEFR_LEVELS,
  EVIDENCE_TIERS,
  EXCLUSION_REASONS,
  GERMAN_PARTS,
  OFFER_KINDS,
  type AvailabilityFitCode,
  type CefrLevel,
  type DistanceFitCode,
  type EmployerPermitView,
  type EvidenceTier,
  type GermanPart,
  type KindWishCode,
  type LanguageFitCode,
  type OccupationWishCode,
  type OfferKind,
} from '@passgenau/domain';
import { ConceptRefResponse } from '../../companies/offers/dto/offer.response';

export class CoveredCompetenceResponse {
  @ApiProperty({ description: 'Competence code the offer asks for' }) code!: string;
  @ApiProperty({ enum: EVIDENCE_TIERS, description: 'Strongest evidence of the candidate for it' })
  evidence!: EvidenceTier;
  @ApiProperty({ description: 'Share of a fully confirmed match, 0..1' }) weight!: number;
}

export class RelatedCompetenceResponse extends CoveredCompetenceResponse {
  @ApiProperty({ description: 'The candidate’s competence that is related (same occupation in ESCO)' })
  via!: string;
  @ApiProperty({ description: 'The occupation whose ESCO skills both belong to' }) occupationCode!: string;
}

export class CompetenceFitResponse {
  @ApiProperty({ type: [CoveredCompetenceResponse] }) covered!: CoveredCompetenceResponse[];
  @ApiProperty({ type: [RelatedCompetenceResponse] }) related!: RelatedCompetenceResponse[];
  @ApiProperty({ type: [String], description: 'Codes the candidate does not bring' }) missing!: string[];
}

export class GermanPartFitResponse {
  @ApiProperty({ enum: GERMAN_PARTS }) part!: GermanPart;
  @ApiProperty({ enum: CEFR_LEVELS }) minimum!: CefrLevel;
  @ApiProperty({ enum: CEFR_LEVELS, nullable: true, type: String }) actual!: CefrLevel | null;
  @ApiProperty({ description: 'Levels below the minimum (0 = met)' }) gap!: number;
}

export class LanguageFitResponse {
  @ApiProperty({ enum: ['no_minimum', 'meets', 'slightly_below', 'below', 'far_below'] })
  fit!: LanguageFitCode;
  @ApiProperty({ description: 'The employer marked the minimum as strict' }) strict!: boolean;
  @ApiProperty({ type: [GermanPartFitResponse] }) parts!: GermanPartFitResponse[];
}

export class DistanceFitResponse {
  @ApiProperty({ enum: ['within', 'stretch', 'offer_accepts', 'beyond', 'unknown'] }) fit!: DistanceFitCode;
  @ApiProperty({ type: Number, nullable: true, description: 'Kilometres as the crow flies, one decimal' })
  km!: number | null;
  @ApiProperty({ description: 'The candidate’s travel radius (km; a default where not given)' })
  travelKm!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'How far the firm accepts candidates from (km)' })
  offerMaxKm!: number | null;
}

export class AvailabilityFitResponse {
  @ApiProperty({ enum: ['in_time', 'late', 'open_start', 'unknown'] }) fit!: AvailabilityFitCode;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startsOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) earliestStart!: string | null;
  @ApiProperty({ description: 'Days the candidate is available after the start' }) lateDays!: number;
}

export class WishFitResponse {
  @ApiProperty({ enum: ['wished', 'not_wished', 'no_wish'] }) kind!: KindWishCode;
  @ApiProperty({ enum: ['occupation', 'field', 'other', 'no_wish'] }) occupation!: OccupationWishCode;
}

export class MatchComponentsResponse {
  @ApiProperty() required!: number;
  @ApiProperty() niceToHave!: number;
  @ApiProperty() german!: number;
  @ApiProperty() distance!: number;
  @ApiProperty() availability!: number;
  @ApiProperty() wishes!: number;
}

/** Why a match fits, as codes and numbers; the web app words it in the reader's language. */
export class MatchExplanationResponse {
  @ApiProperty({ type: CompetenceFitResponse }) required!: CompetenceFitResponse;
  @ApiProperty({ type: CompetenceFitResponse }) niceToHave!: CompetenceFitResponse;
  @ApiProperty({ type: LanguageFitResponse }) language!: LanguageFitResponse;
  @ApiProperty({ type: DistanceFitResponse }) distance!: DistanceFitResponse;
  @ApiProperty({ type: AvailabilityFitResponse }) availability!: AvailabilityFitResponse;
  @ApiProperty({ type: WishFitResponse }) wishes!: WishFitResponse;
  @ApiProperty({ enum: ['yes', 'with_approval', 'unknown'] }) workPermit!: EmployerPermitView;
  @ApiProperty({ type: MatchComponentsResponse, description: 'Each part’s value 0..1 before its weight' })
  components!: MatchComponentsResponse;
}

export class CandidateMatchItem {
  @ApiProperty({ example: 'K-7F3Q' }) pseudonym!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Town only, never an address' })
  homeTownName!: string | null;
  @ApiProperty({ description: 'Score 0..1' }) score!: number;
  @ApiProperty({ description: 'Score in percent, rounded' }) percent!: number;
  @ApiProperty({ type: MatchExplanationResponse }) explanation!: MatchExplanationResponse;
}

export class OfferMatchesResponse {
  @ApiProperty() offerId!: string;
  @ApiProperty({ description: 'Candidates that fit (hard rules passed)' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [CandidateMatchItem], description: 'Best first' }) items!: CandidateMatchItem[];
  @ApiProperty({
    type: [ConceptRefResponse],
    description: 'Labels of every competence and occupation code in the explanations, in every language',
  })
  concepts!: ConceptRefResponse[];
}

export class MatchedOfferResponse {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: OFFER_KINDS }) kind!: OfferKind;
  @ApiProperty() companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ type: String, nullable: true }) occupationCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Town or locality of the site' })
  place!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startsOn!: string | null;
}

export class OfferMatchItem {
  @ApiProperty({ type: MatchedOfferResponse }) offer!: MatchedOfferResponse;
  @ApiProperty({ description: 'Score 0..1' }) score!: number;
  @ApiProperty({ description: 'Score in percent, rounded' }) percent!: number;
  @ApiProperty({ type: MatchExplanationResponse }) explanation!: MatchExplanationResponse;
}

export class CandidateMatchesResponse {
  @ApiProperty() candidateId!: string;
  @ApiProperty({ description: 'Open offers that fit (hard rules passed)' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({
    type: [String],
    enum: EXCLUSION_REASONS,
    description: 'Hard rules on the candidate’s side that exclude every offer (e.g. may_not_work)',
  })
  blockedBy!: string[];
  @ApiProperty({ type: [OfferMatchItem], description: 'Best first' }) items!: OfferMatchItem[];
  @ApiProperty({ type: [ConceptRefResponse] }) concepts!: ConceptRefResponse[];
}
