import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, type AuthContext } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { AuthoriseMentorDto, MentorshipItem } from './dto/mentorship.dto';
import { MentorshipsService } from './mentorships.service';

@ApiTags('mentorships')
@Controller('me/mentors')
export class MentorshipsController {
  constructor(private readonly mentorships: MentorshipsService) {}

  @Get()
  @Roles('candidate')
  @ApiOperation({ summary: 'The mentors I authorised (and earlier ones)' })
  @ApiOkResponse({ type: [MentorshipItem] })
  list(@Auth() auth: AuthContext): Promise<MentorshipItem[]> {
    return this.mentorships.list(auth);
  }

  @Post()
  @Roles('candidate')
  @ApiOperation({ summary: 'Authorise a mentor to act for me' })
  @ApiCreatedResponse({ type: MentorshipItem })
  authorise(@Auth() auth: AuthContext, @Body() dto: AuthoriseMentorDto): Promise<MentorshipItem> {
    return this.mentorships.authorise(auth, dto.mentorEmail);
  }

  @Delete(':id')
  @Roles('candidate')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw a mentor’s authorisation (at once)' })
  @ApiNoContentResponse()
  withdraw(@Auth() auth: AuthContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.mentorships.withdraw(auth, id);
  }
}
