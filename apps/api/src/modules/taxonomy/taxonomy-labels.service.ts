import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { loadConcepts, type ConceptInfo } from './concept-labels';

/** Labels of many concepts at once, for responses that carry codes (profiles, offers). */
@Injectable()
export class TaxonomyLabelsService {
  constructor(private readonly dataSource: DataSource) {}

  lookup(codes: Iterable<string>, manager?: EntityManager): Promise<Map<string, ConceptInfo>> {
    return loadConcepts(manager ?? this.dataSource.manager, codes);
  }
}
