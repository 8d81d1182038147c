import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class GrantConsentDto {
  @ApiProperty({ description: 'Version of the consent text the candidate read (GET /api/consent/texts)' })
  @IsString()
  @MaxLength(100)
  textVersion!: string;
}

export class ConsentRecordResponse {
  @ApiProperty() id!: string;
  @ApiProperty() textVersion!: string;
  @ApiProperty() grantedAt!: string;
  @ApiProperty({ type: String, nullable: true }) grantedBy!: string | null;
  @ApiProperty({ description: 'A mentor recorded it on the candidate’s behalf' }) grantedOnBehalf!: boolean;
  @ApiProperty({ type: String, nullable: true }) withdrawnAt!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) withdrawnOnBehalf!: boolean | null;
}

export class ConsentStatusResponse {
  @ApiProperty({ description: 'Employers may find the profile (given the profile is published)' })
  searchable!: boolean;
  @ApiProperty({ description: 'The text version in force now' }) currentTextVersion!: string;
  @ApiProperty({ type: ConsentRecordResponse, nullable: true }) active!: ConsentRecordResponse | null;
  @ApiProperty({ type: [ConsentRecordResponse] }) history!: ConsentRecordResponse[];
}

export class ConsentTextResponse {
  @ApiProperty() version!: string;
  @ApiProperty({ type: Object, description: 'Title per UI language' }) title!: Record<string, string>;
  @ApiProperty({ type: Object, description: 'Plain-language text per UI language' }) body!: Record<
    string,
    string
  >;
}
