import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

export class AuthoriseMentorDto {
  @ApiProperty({ description: 'E-mail of the mentor’s account', example: 'mentor@demo.passgenau.de' })
  @IsEmail()
  @MaxLength(254)
  mentorEmail!: string;
}

export class MentorshipItem {
  @ApiProperty() id!: string;
  @ApiProperty() mentorAccountId!: string;
  @ApiProperty() mentorName!: string;
  @ApiProperty({ type: String, nullable: true }) mentorEmail!: string | null;
  @ApiProperty() grantedAt!: string;
  @ApiProperty({ description: 'The mentor created the candidate’s account' })
  grantedWhenMentorCreatedAccount!: boolean;
  @ApiProperty({ type: String, nullable: true }) withdrawnAt!: string | null;
  @ApiProperty() active!: boolean;
}
