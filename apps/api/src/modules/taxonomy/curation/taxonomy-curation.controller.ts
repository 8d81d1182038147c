import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/access';
import { Auth, type AuthContext } from '../../../common/auth-context';
import { uuidParam } from '../../../common/uuid-param';
import { AddTaxonomyLabelDto, TaxonomyLabelResponse } from './taxonomy-curation.dto';
import { TaxonomyCurationService } from './taxonomy-curation.service';

@ApiTags('taxonomy')
@Controller('taxonomy/labels')
export class TaxonomyCurationController {
  constructor(private readonly curation: TaxonomyCurationService) {}

  @Post()
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary: 'Add a label to an occupation or competence in a UI language; searchable at once',
  })
  @ApiCreatedResponse({ type: TaxonomyLabelResponse })
  add(@Auth() auth: AuthContext, @Body() dto: AddTaxonomyLabelDto): Promise<TaxonomyLabelResponse> {
    return this.curation.addLabel(auth, dto);
  }

  @Delete(':id')
  @Roles('coordinator', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a label a coordinator added (ESCO labels stay)' })
  @ApiNoContentResponse()
  async remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.curation.removeLabel(id);
  }
}
