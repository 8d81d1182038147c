import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CEFR_LEVELS,
  CORE_SKILL_LEVELS,
  DRIVING_LICENCES,
  EVIDENCE_LEVELS,
  GERMAN_CERTIFICATES,
  RECOGNITION_STATES,
  SCHOOL_LEVELS,
  TEXT_SUBJECTS,
  WORK_KINDS,
  COMPLETENESS_ITEMS,
  CONTACT_DETAIL_KINDS,
  type ContactDetailKind,
  EVIDENCE_KINDS,
  WORK_PERMITS,
  type CompletenessItem,
  type EvidenceKind,
  type VisibilityReason,
  type WorkPermit,
} from '@passgenau/domain';
import { ConceptLabelsResponse } from '../../taxonomy/dto/taxonomy.response';

export class EvidenceResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind!: EvidenceKind;
  @ApiProperty({ enum: EVIDENCE_LEVELS, nullable: true }) level!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Mentor evidence: who saw it (not in the employer view)',
  })
  observedBy!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Mentor evidence: the account that observed it (not in the employer view)',
  })
  observedByAccountId!: string | null;
  @ApiProperty({ type: String, nullable: true }) observedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) provider!: string | null;
  @ApiProperty({ type: String, nullable: true }) procedure!: string | null;
  @ApiProperty({ type: String, nullable: true }) assessedOn!: string | null;
  @ApiProperty({ description: 'Confirmed by Team IBA' }) confirmedByIba!: boolean;
}

export class CompetenceResponse {
  @ApiProperty() code!: string;
  @ApiProperty({ enum: ['occupation', 'skill'] }) kind!: string;
  @ApiProperty({ type: ConceptLabelsResponse }) labels!: ConceptLabelsResponse;
  @ApiProperty({ type: [EvidenceResponse], description: 'Strongest evidence first' })
  evidence!: EvidenceResponse[];
}

export class LanguageSkillResponse {
  @ApiProperty() language!: string;
  @ApiProperty() native!: boolean;
  @ApiProperty({ enum: CEFR_LEVELS, nullable: true }) overall!: string | null;
  @ApiProperty({ enum: CEFR_LEVELS, nullable: true }) understanding!: string | null;
  @ApiProperty({ enum: CEFR_LEVELS, nullable: true }) speaking!: string | null;
  @ApiProperty({ enum: CEFR_LEVELS, nullable: true }) writing!: string | null;
}

export class CertificateResponse {
  @ApiProperty({ enum: GERMAN_CERTIFICATES }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ enum: CEFR_LEVELS }) level!: string;
  @ApiProperty() issuedOn!: string;
}

export class EducationResponse {
  @ApiProperty({ enum: ['vocational', 'academic'] }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() titleLang!: string;
  @ApiProperty({ type: String, nullable: true }) occupationCode!: string | null;
  @ApiPropertyOptional({ type: ConceptLabelsResponse }) occupationLabels?: ConceptLabelsResponse;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty({ type: Number, nullable: true }) yearCompleted!: number | null;
  @ApiProperty({ enum: RECOGNITION_STATES }) recognition!: string;
}

export class ExperienceResponse {
  @ApiProperty() occupationCode!: string;
  @ApiProperty({ type: ConceptLabelsResponse }) occupationLabels!: ConceptLabelsResponse;
  @ApiProperty() years!: number;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
}

export class TextVersionResponse {
  @ApiProperty() text!: string;
  @ApiProperty() lang!: string;
  @ApiProperty({ type: String, nullable: true }) writtenBy!: string | null;
  @ApiProperty() writtenAt!: string;
}

export class ProfileTextResponse {
  @ApiProperty({ enum: TEXT_SUBJECTS }) subject!: string;
  @ApiProperty({ type: TextVersionResponse, nullable: true, description: 'As the candidate wrote it' })
  original!: TextVersionResponse | null;
  @ApiProperty({ type: TextVersionResponse, nullable: true, description: 'Tidied or translated by a mentor' })
  tidied!: TextVersionResponse | null;
}

export class OccupationRefResponse {
  @ApiProperty() code!: string;
  @ApiProperty({ type: ConceptLabelsResponse }) labels!: ConceptLabelsResponse;
}

export class CompletenessResponse {
  @ApiProperty() percent!: number;
  @ApiProperty({ enum: COMPLETENESS_ITEMS, isArray: true }) missing!: CompletenessItem[];
  @ApiProperty({ description: 'Has the minimum content for publishing' }) publishable!: boolean;
}

export class VisibilityResponse {
  @ApiProperty() visible!: boolean;
  @ApiProperty({ type: String, nullable: true }) since!: string | null;
  @ApiProperty({ enum: ['draft', 'no_consent', 'incomplete', 'needs_reconfirmation'], isArray: true })
  reasons!: VisibilityReason[];
  @ApiProperty({ type: String, nullable: true, description: 'Confirm the profile again before this date' })
  reconfirmBy!: string | null;
}

export class SchoolingResponse {
  @ApiProperty({ type: Number, nullable: true }) years!: number | null;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty({ enum: SCHOOL_LEVELS, nullable: true }) level!: string | null;
}

export class WishesResponse {
  @ApiProperty({ type: [OccupationRefResponse] }) occupations!: OccupationRefResponse[];
  @ApiProperty({ enum: WORK_KINDS, isArray: true }) kinds!: string[];
  @ApiProperty({ type: Number, nullable: true }) hoursPerWeek!: number | null;
  @ApiProperty({ type: String, nullable: true }) earliestStart!: string | null;
}

export class MobilityResponse {
  @ApiProperty({ type: String, nullable: true }) homeTownAgs!: string | null;
  @ApiProperty({ type: String, nullable: true }) homeTownName!: string | null;
  @ApiProperty({ type: String, nullable: true }) homePlace!: string | null;
  @ApiProperty({ type: Number, nullable: true }) travelKm!: number | null;
  @ApiProperty({ type: Number, nullable: true }) travelMinutes!: number | null;
  @ApiProperty({ enum: DRIVING_LICENCES, isArray: true }) drivingLicences!: string[];
}

/** What employers see: no name, contact, exact address or permit details. */
export class PseudonymousProfileResponse {
  @ApiProperty({ example: 'K-7F3Q' }) pseudonym!: string;
  @ApiProperty({ type: [LanguageSkillResponse] }) languages!: LanguageSkillResponse[];
  @ApiProperty({ type: [CertificateResponse] }) germanCertificates!: CertificateResponse[];
  @ApiProperty({ enum: CORE_SKILL_LEVELS, nullable: true }) mathsLevel!: string | null;
  @ApiProperty({ enum: CORE_SKILL_LEVELS, nullable: true }) computerLevel!: string | null;
  @ApiProperty({ type: [CompetenceResponse] }) competences!: CompetenceResponse[];
  @ApiProperty({ type: SchoolingResponse }) schooling!: SchoolingResponse;
  @ApiProperty({ type: [EducationResponse] }) education!: EducationResponse[];
  @ApiProperty({ type: [ExperienceResponse] }) experience!: ExperienceResponse[];
  @ApiProperty({
    type: [TextVersionResponse],
    description: 'Free texts; the tidied version where a mentor wrote one',
  })
  texts!: Array<TextVersionResponse & { subject: string }>;
  @ApiProperty({ type: WishesResponse }) wishes!: WishesResponse;
  @ApiProperty({ type: String, nullable: true, description: 'Town only, never an address' }) homeTownName!:
    string | null;
  @ApiProperty({ type: Number, nullable: true }) travelKm!: number | null;
  @ApiProperty({ type: Number, nullable: true }) travelMinutes!: number | null;
  @ApiProperty({ enum: DRIVING_LICENCES, isArray: true }) drivingLicences!: string[];
  @ApiProperty({ enum: ['yes', 'with_approval', 'unknown'] }) mayWork!: 'yes' | 'with_approval' | 'unknown';
  @ApiProperty() completenessPercent!: number;
}

/** The whole profile, for the candidate, their mentors, IBA staff and admins. */
export class EmployerNoticeResponse {
  @ApiProperty({ description: 'The field, e.g. texts.about.original or education.0.title' }) field!: string;
  @ApiProperty({ enum: CONTACT_DETAIL_KINDS, isArray: true, description: 'What employers do not see' })
  withheld!: ContactDetailKind[];
  @ApiProperty() message!: string;
}

export class ProfileResponse {
  @ApiProperty() candidateId!: string;
  @ApiProperty() pseudonym!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ type: Number, nullable: true }) birthYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ enum: ['draft', 'published'] }) status!: 'draft' | 'published';
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedAt!: string | null;
  @ApiProperty({ type: [LanguageSkillResponse] }) languages!: LanguageSkillResponse[];
  @ApiProperty({ type: [CertificateResponse] }) germanCertificates!: CertificateResponse[];
  @ApiProperty({ enum: CORE_SKILL_LEVELS, nullable: true }) mathsLevel!: string | null;
  @ApiProperty({ enum: CORE_SKILL_LEVELS, nullable: true }) computerLevel!: string | null;
  @ApiProperty({ type: [CompetenceResponse] }) competences!: CompetenceResponse[];
  @ApiProperty({ type: SchoolingResponse }) schooling!: SchoolingResponse;
  @ApiProperty({ type: [EducationResponse] }) education!: EducationResponse[];
  @ApiProperty({ type: [ExperienceResponse] }) experience!: ExperienceResponse[];
  @ApiProperty({ type: [ProfileTextResponse] }) texts!: ProfileTextResponse[];
  @ApiProperty({ type: WishesResponse }) wishes!: WishesResponse;
  @ApiProperty({ type: MobilityResponse }) mobility!: MobilityResponse;
  @ApiProperty({ enum: WORK_PERMITS }) workPermit!: WorkPermit;
  @ApiProperty({ type: CompletenessResponse }) completeness!: CompletenessResponse;
  @ApiProperty({ type: VisibilityResponse }) visibility!: VisibilityResponse;
  @ApiProperty({ type: String, nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null;
  @ApiProperty({ description: 'Last change made by a mentor on the candidate’s behalf' })
  updatedOnBehalf!: boolean;
  @ApiProperty({
    type: [EmployerNoticeResponse],
    description:
      'Free text meant for employers that contains a name, phone number, e-mail address or street: these parts are held back from employers',
  })
  employerNotices!: EmployerNoticeResponse[];
}

export class ProfileListResponse {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [PseudonymousProfileResponse] }) items!: PseudonymousProfileResponse[];
}
