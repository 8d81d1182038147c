import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/access';
import { ConceptQuery, SearchTaxonomyQuery } from './dto/search-taxonomy.query';
import { ConceptResponse, TaxonomySearchResponse } from './dto/taxonomy.response';
import { TaxonomyService } from './taxonomy.service';

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('occupations')
  @Public()
  @ApiOperation({ summary: 'Autocomplete for occupations (ESCO) in any of the UI languages' })
  @ApiOkResponse({ type: TaxonomySearchResponse })
  searchOccupations(@Query() query: SearchTaxonomyQuery): Promise<TaxonomySearchResponse> {
    return this.taxonomy.search('occupation', query);
  }

  @Get('skills')
  @Public()
  @ApiOperation({
    summary: "Autocomplete for competences (ESCO skills and the product's own) in any UI language",
  })
  @ApiOkResponse({ type: TaxonomySearchResponse })
  searchSkills(@Query() query: SearchTaxonomyQuery): Promise<TaxonomySearchResponse> {
    return this.taxonomy.search('skill', query);
  }

  @Get('concepts')
  @Public()
  @ApiOperation({
    summary: 'One occupation or competence with all its labels and, for occupations, its ESCO skills',
  })
  @ApiOkResponse({ type: ConceptResponse })
  concept(@Query() query: ConceptQuery): Promise<ConceptResponse> {
    return this.taxonomy.concept(query);
  }
}
