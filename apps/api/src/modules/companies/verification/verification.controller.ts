import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/access';
import { Auth, type AuthContext } from '../../../common/auth-context';
import { uuidParam } from '../../../common/uuid-param';
import { CompanyVerificationResponse, PendingCompanyItem } from './verification.dto';
import { VerificationService } from './verification.service';

@ApiTags('companies')
@Controller('company-verifications')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Get()
  @Roles('iba_staff', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Firms that signed up themselves and wait for their check, oldest first' })
  @ApiOkResponse({ type: [PendingCompanyItem] })
  pending(): Promise<PendingCompanyItem[]> {
    return this.verification.pending();
  }

  @Post(':id/approve')
  @Roles('iba_staff', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'The firm is checked: it may search candidates; its managers get a mail' })
  @ApiOkResponse({ type: CompanyVerificationResponse })
  approve(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<CompanyVerificationResponse> {
    return this.verification.decide(auth, id, 'verified');
  }

  @Post(':id/reject')
  @Roles('iba_staff', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'The check failed: search stays closed; its managers get a mail' })
  @ApiOkResponse({ type: CompanyVerificationResponse })
  reject(
    @Auth() auth: AuthContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<CompanyVerificationResponse> {
    return this.verification.decide(auth, id, 'rejected');
  }
}
