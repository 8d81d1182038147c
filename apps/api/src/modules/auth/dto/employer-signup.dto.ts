import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SignupDto } from './auth.dto';

/** A firm signs up: the contact person's name, e-mail and password, and the firm's name and town. */
export class EmployerSignupDto extends SignupDto {
  @ApiProperty({ example: 'Metallbau Remstal GmbH' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @Matches(/\S/, { message: 'companyName must not be blank' })
  companyName!: string;

  @ApiProperty({ description: 'Official municipality key (AGS) of the firm’s town', example: '08119008' })
  @Matches(/^\d{8}$/, { message: 'townAgs must be the 8-digit key of a town' })
  townAgs!: string;
}
