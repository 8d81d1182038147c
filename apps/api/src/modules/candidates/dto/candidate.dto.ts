import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '@passgenau/domain';

export class CreateCandidateDto {
  @ApiProperty({ example: 'Yonas' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  givenName!: string;

  @ApiProperty({ example: 'Tesfaye' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  familyName!: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'de' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language: UiLanguage = 'de';
}

export class CreatedCandidateResponse {
  @ApiProperty() candidateId!: string;
  @ApiProperty({ description: 'What the candidate types as "e-mail or login name"' }) loginName!: string;
  @ApiProperty({ description: 'One-time code to print; shown only now' }) accessCode!: string;
  @ApiProperty() accessCodeExpiresAt!: string;
  @ApiProperty({
    description: 'Where the candidate signs in with the code (PUBLIC_URL, as in invitation links)',
    example: 'https://passgenau.example.org/access-code',
  })
  signInUrl!: string;
}

export class CandidatePersonalResponse {
  @ApiProperty() id!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) loginName!: string | null;
  @ApiProperty() preferredLanguage!: string;
  @ApiProperty({ description: 'Consent to a searchable profile is in force' }) searchableConsent!: boolean;
  @ApiProperty() createdAt!: string;
}

export class MentorCandidateItem {
  @ApiProperty() id!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty() authorisedSince!: string;
  @ApiProperty() searchableConsent!: boolean;
}

export class LookupCandidatesQuery {
  @ApiProperty({ description: 'Part of the given or family name (at least 2 characters)', example: 'Hadd' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q!: string;
}

export class CandidateLookupItem {
  @ApiProperty() id!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Pseudonym of the profile, if one exists' })
  pseudonym!: string | null;
  @ApiProperty({ type: String, nullable: true }) loginName!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}
