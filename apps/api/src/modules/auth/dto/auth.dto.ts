import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, ROLES, UI_LANGUAGES, type Role, type UiLanguage } from '@passgenau/domain';

export class LoginDto {
  @ApiProperty({
    description: 'E-mail, or the login name of a candidate without e-mail',
    example: 'mentor@demo.passgenau.de',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'demo-passgenau-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class SignupDto {
  @ApiProperty({ example: 'amina@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Amina' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  givenName!: string;

  @ApiProperty({ example: 'Haddad' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  familyName!: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'de' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language: UiLanguage = 'de';
}

export class SignupConfirmDto {
  @ApiProperty({ description: 'The token from the link in the sign-up mail' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;
}

export class AccessCodeDto {
  @ApiProperty({ example: 'k-ab3d7fq' })
  @IsString()
  @MaxLength(40)
  loginName!: string;

  @ApiProperty({ description: 'The printed one-time code (dashes and spaces are ignored)' })
  @IsString()
  @MaxLength(40)
  code!: string;

  @ApiProperty({ description: 'The password the candidate chooses now' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'de' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language: UiLanguage = 'de';
}

export class PasswordResetConfirmDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class MeResponse {
  @ApiProperty() accountId!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) loginName!: string | null;
  @ApiProperty({ enum: UI_LANGUAGES }) preferredLanguage!: string;
  @ApiProperty({ type: String, nullable: true }) companyId!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['manager', 'member'] }) companyRole!:
    'manager' | 'member' | null;
  @ApiProperty({ type: String, nullable: true }) companyName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Own candidate record (candidates only)' })
  candidateId!: string | null;
}

export class SessionResponse {
  @ApiProperty({ description: 'Send as "Authorization: Bearer …" from API clients (15 minutes)' })
  accessToken!: string;
  @ApiProperty({ description: 'For cookie-authenticated writes from the browser: send as X-CSRF-Token' })
  csrfToken!: string;
  @ApiProperty({ type: MeResponse }) account!: MeResponse;
}

export class CsrfResponse {
  @ApiProperty() csrfToken!: string;
}
