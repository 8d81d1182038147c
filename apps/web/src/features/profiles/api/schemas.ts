import type { Schemas } from '@passgenau/api-client';

export { TEXT_SUBJECTS, type TextSubject } from '@passgenau/domain';

// Names this feature uses for the API's schemas (generated in libs/api-client from the OpenAPI document).
export type LanguageSkill = Schemas['LanguageSkillResponse'];
export type Certificate = Schemas['CertificateResponse'];
export type EmployerNotice = Schemas['EmployerNoticeResponse'];
export type Evidence = Schemas['EvidenceResponse'];
export type Competence = Schemas['CompetenceResponse'];
export type Education = Schemas['EducationResponse'];
export type Experience = Schemas['ExperienceResponse'];
export type TextVersion = Schemas['TextVersionResponse'];
export type ProfileText = Schemas['ProfileTextResponse'];
export type OccupationRef = Schemas['OccupationRefResponse'];
export type Profile = Schemas['ProfileResponse'];
export type PseudonymousProfile = Schemas['PseudonymousProfileResponse'];
export type ProfileList = Schemas['ProfileListResponse'];
export type Town = Schemas['TownResponse'];
export type UpdateProfileBody = Schemas['UpdateProfileDto'];
export type CsvRow = Schemas['CsvRowResult'];
export type CsvPreview = Schemas['CsvPreviewResponse'];
