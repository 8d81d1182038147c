import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, type AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { AccessLogService } from './access-log.service';
import { AccessLogPage, AccessLogQuery } from './dto/access-log.dto';

@ApiTags('audit')
@Controller('me/access-log')
export class MyAccessLogController {
  constructor(private readonly accessLog: AccessLogService) {}

  @Get()
  @Roles('candidate')
  @ApiOperation({ summary: 'Who read my personal data, newest first' })
  @ApiOkResponse({ type: AccessLogPage })
  mine(@Auth() auth: AuthContext, @Query() query: AccessLogQuery): Promise<AccessLogPage> {
    if (!auth.candidateId) throw new DomainError('NOT_FOUND', 'No candidate record.');
    return this.accessLog.list({ ...query, candidateId: auth.candidateId });
  }
}
