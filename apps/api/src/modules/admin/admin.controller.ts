import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access';
import { DataSource } from 'typeorm';
import { Auth, Meta, type AuthContext, type RequestMeta } from '../../common/auth-context';
import { uuidParam } from '../../common/uuid-param';
import { AccountsService } from '../auth/accounts.service';
import { PageQuery } from '../../common/page.query';
import { AccountListQuery, AccountListResponse, UpdateAccountDto } from '../accounts/dto/admin-accounts.dto';
import { AccessLogService } from '../audit/access-log.service';
import { AccessLogPage, AdminAccessLogQuery } from '../audit/dto/access-log.dto';
import { MailService } from '../mail/mail.service';
import { JobListQuery, JobPage } from '../jobs/dto/jobs.dto';
import { JobsService } from '../jobs/jobs.service';
import { logCandidatesShown } from './admin-read-log';

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
    private readonly dataSource: DataSource,
  ) {}

  @Get('accounts')
  @Roles('admin')
  @ApiOperation({ summary: 'Accounts with role, company and state; candidates shown are logged' })
  @ApiOkResponse({ type: AccountListResponse })
  async list(
    @Auth() auth: AuthContext,
    @Query() query: AccountListQuery,
    @Meta() meta: RequestMeta,
  ): Promise<AccountListResponse> {
    const page = await this.accounts.list(query);
    const accountIds = page.items.filter((a) => a.role === 'candidate').map((a) => a.id);
    await logCandidatesShown(this.dataSource, this.accessLog, auth, { accountIds }, 'list_accounts', meta);
    return page;
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
    summary:
      'E-mails the product wrote (development outbox; delivered by SMTP when configured); candidates among the recipients are logged',
  })
  @ApiOkResponse({ type: OutboxPage })
  async outbox(
    @Auth() auth: AuthContext,
    @Query() query: PageQuery,
    @Meta() meta: RequestMeta,
  ): Promise<OutboxPage> {
    const [items, total] = await this.mail.list(query.pageSize, (query.page - 1) * query.pageSize);
    const emails = items.map((m) => m.recipient);
    await logCandidatesShown(this.dataSource, this.accessLog, auth, { emails }, 'read_outbox', meta);
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
