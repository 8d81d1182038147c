import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { Auth, type AuthContext } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { AccountsService } from '../accounts/accounts.service';
import { PageQuery } from '../../common/page.query';
import { AccountListQuery, AccountListResponse, UpdateAccountDto } from '../accounts/dto/admin-accounts.dto';
import { AccessLogService } from '../audit/access-log.service';
import { AccessLogPage, AdminAccessLogQuery } from '../audit/dto/access-log.dto';
import { MailService } from '../mail/mail.service';
import { JobListQuery, JobPage } from '../jobs/dto/jobs.dto';
import { JobsService } from '../jobs/jobs.service';

export class OutboxMailItem {
  @ApiProperty() id!: string;
  @ApiProperty() recipient!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ description: 'The text of the mail; secret links (reset, invitations) are redacted' })
  body!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveryError!: string | null;
  @ApiProperty() deliveryAttempts!: number;
}

export class OutboxPage {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [OutboxMailItem] }) items!: OutboxMailItem[];
}

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly accessLog: AccessLogService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
  ) {}

  @Get('accounts')
  @Roles('admin')
  @ApiOperation({ summary: 'Accounts with role, company and state' })
  @ApiOkResponse({ type: AccountListResponse })
  list(@Query() query: AccountListQuery): Promise<AccountListResponse> {
    return this.accounts.list(query);
  }

  @Patch('accounts/:id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change the role of a staff account, or disable/enable an account (ends its sessions)',
  })
  @ApiNoContentResponse()
  update(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateAccountDto,
  ): Promise<void> {
    return this.accounts.update(auth, id, dto);
  }

  @Get('access-log')
  @Roles('admin')
  @ApiOperation({ summary: 'Who read whose personal data (read-only)' })
  @ApiOkResponse({ type: AccessLogPage })
  accessLogPage(@Query() query: AdminAccessLogQuery): Promise<AccessLogPage> {
    return this.accessLog.list(query);
  }

  @Get('outbox')
  @Roles('admin')
  @ApiOperation({
    summary: 'E-mails the product wrote (development outbox; delivered by SMTP when configured)',
  })
  @ApiOkResponse({ type: OutboxPage })
  async outbox(@Query() query: PageQuery): Promise<OutboxPage> {
    const [items, total] = await this.mail.list(query.pageSize, (query.page - 1) * query.pageSize);
    return {
      total,
      items: items.map((m) => ({
        id: m.id,
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
        deliveredAt: m.deliveredAt?.toISOString() ?? null,
        deliveryError: m.deliveryError,
        deliveryAttempts: m.deliveryAttempts,
      })),
    };
  }

  @Get('jobs')
  @Roles('admin')
  @ApiOperation({
    summary: 'Jobs of the queue (mail delivery, reminders), newest first; e.g. ?state=failed',
  })
  @ApiOkResponse({ type: JobPage })
  jobList(@Query() query: JobListQuery): Promise<JobPage> {
    return this.jobs.list(query);
  }

  @Post('jobs/:id/retry')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Run a failed job once more, now' })
  @ApiNoContentResponse()
  retryJob(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.jobs.retry(id);
  }
}
