import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/page.query';

export class ProfileListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'AGS of the home town' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'town must be an 8-digit AGS' })
  town?: string;

  @ApiPropertyOptional({ description: 'Occupation code: wished, as competence, or as work experience' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  occupation?: string;
}
