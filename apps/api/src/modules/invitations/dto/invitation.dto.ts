import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  INVITATION_KINDS,
  PASSWORD_MAX_LENGTH,
  UI_LANGUAGES,
  type InvitationKind,
  type UiLanguage,
} from '@passgenau/domain';

export class CreateInvitationDto {
  @ApiProperty({
    enum: INVITATION_KINDS,
    description: 'employer: by IBA staff or coordinators; candidate: by mentors or IBA staff',
  })
  @IsIn(INVITATION_KINDS)
  kind!: InvitationKind;

  @ApiProperty({ example: 'chef@metallbau-beispiel.de' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ description: 'Employer joins this existing company' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'Or a new company of this name is created on acceptance' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  companyName?: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'de', description: 'Language of the invitation mail' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language: UiLanguage = 'de';
}

export class InvitationResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: INVITATION_KINDS }) kind!: InvitationKind;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) companyName!: string | null;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ type: String, nullable: true }) usedAt!: string | null;
}

export class CreatedInvitationResponse extends InvitationResponse {
  @ApiProperty({ description: 'The link also sent by mail, to hand over in person if needed' })
  acceptUrl!: string;
}

export class InvitationPreviewResponse {
  @ApiProperty({ enum: INVITATION_KINDS }) kind!: InvitationKind;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) companyName!: string | null;
  @ApiProperty() invitedBy!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ enum: UI_LANGUAGES }) language!: UiLanguage;
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Maria' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  givenName!: string;

  @ApiProperty({ example: 'Schmidt' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  familyName!: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language?: UiLanguage;
}
