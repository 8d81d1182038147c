import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../../common/auth-context';
import { DomainError } from '../../../common/domain-error';
import { TaxonomyErrorMessage } from '../taxonomy.errors';
import { TaxonomySearchIndexer } from '../taxonomy.search-index';
import type { AddTaxonomyLabelDto, TaxonomyLabelResponse } from './taxonomy-curation.dto';

/**
 * Coordinators add the words people really use ("طباخ" for cook) to occupations and competences.
 * Their labels sit beside ESCO's (source `coordinator`); the concept's search document is written anew
 * at once, so the next search finds them.
 */
@Injectable()
export class TaxonomyCurationService {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly indexer: TaxonomySearchIndexer,
  ) {}

  /**
   * Rebuilds the index after a committed change, one rebuild at a time (they share the index being
   * built). A change made while one runs waits for the next, which every later change joins: it
   * starts after all of them committed, so it contains them.
   */
  private refreshIndex(): Promise<void> {
    if (this.queued) return this.queued;
    const start = (): Promise<void> => {
      const run = this.indexer
        .rebuild()
        .then(() => undefined)
        .finally(() => {
          if (this.running === run) this.running = null;
        });
      this.running = run;
      return run;
    };
    if (!this.running) return this.answer(start());
    const queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return start();
      });
    this.queued = queued;
    return this.answer(queued);
  }

  /**
   * After a label change of one concept: its search document is written anew (seconds), where a full
   * rebuild takes minutes. A rebuild of this service that is running or waiting read PostgreSQL before
   * the change (or will swap in an index over the update), so the change waits for it first; without
   * an index yet, a full rebuild makes one.
   */
  private async refreshConcept(conceptId: string): Promise<void> {
    await (this.queued ?? this.running)?.catch(() => undefined);
    let updated: boolean;
    try {
      updated = await this.indexer.reindexConcepts([conceptId]);
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', TaxonomyErrorMessage.INDEX_UNAVAILABLE);
    }
    if (!updated) await this.refreshIndex();
  }

  /** A search engine that is down is a 503 for the caller, not a 500; the change itself is saved. */
  private async answer(rebuild: Promise<void>): Promise<void> {
    try {
      await rebuild;
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', TaxonomyErrorMessage.INDEX_UNAVAILABLE);
    }
  }

  async addLabel(auth: AuthContext, dto: AddTaxonomyLabelDto): Promise<TaxonomyLabelResponse> {
    const text = dto.text.trim().replace(/\s+/g, ' ');
    if (!text)
      throw new DomainError('VALIDATION_FAILED', 'The label is empty.', [
        { code: 'REQUIRED', field: 'text', message: 'must not be empty' },
      ]);
    const [concept] = await this.dataSource.query(`SELECT id FROM taxonomy_concept WHERE code = $1`, [
      dto.code,
    ]);
    if (!concept)
      throw new DomainError('NOT_FOUND', TaxonomyErrorMessage.CONCEPT_NOT_FOUND, [
        { code: 'UNKNOWN_CODE', field: 'code', message: 'unknown code' },
      ]);
    const [existing] = await this.dataSource.query(
      `SELECT 1 FROM taxonomy_label WHERE concept_id = $1 AND lang = $2 AND lower(text) = lower($3)`,
      [concept.id, dto.lang, text],
    );
    if (existing)
      throw new DomainError('TAXONOMY_LABEL_EXISTS', TaxonomyErrorMessage.LABEL_EXISTS, [
        { code: 'DUPLICATE', field: 'text', message: 'this concept already has this label in this language' },
      ]);
    const [row] = await this.dataSource.query(
      `INSERT INTO taxonomy_label (concept_id, lang, text, preferred, source, edited_by)
       VALUES ($1, $2, $3, $4, 'coordinator', $5)
       ON CONFLICT (concept_id, lang, source, text) DO NOTHING
       RETURNING id`,
      [concept.id, dto.lang, text, dto.preferred, auth.accountId],
    );
    if (!row)
      throw new DomainError('TAXONOMY_LABEL_EXISTS', TaxonomyErrorMessage.LABEL_EXISTS, [
        { code: 'DUPLICATE', field: 'text', message: 'this concept already has this label in this language' },
      ]);
    await this.refreshConcept(concept.id);
    return {
      id: row.id,
      code: dto.code,
      lang: dto.lang,
      text,
      preferred: dto.preferred,
      source: 'coordinator',
    };
  }

  /** Only labels added by coordinators can be removed; ESCO's and the product's own stay. */
  async removeLabel(labelId: string): Promise<void> {
    const [label] = await this.dataSource.query(
      `SELECT source, concept_id FROM taxonomy_label WHERE id = $1`,
      [labelId],
    );
    if (!label)
      throw new DomainError('NOT_FOUND', TaxonomyErrorMessage.LABEL_NOT_FOUND, [
        { code: 'NOT_FOUND', field: 'id', message: 'no such label' },
      ]);
    if (label.source !== 'coordinator')
      throw new DomainError('TAXONOMY_LABEL_NOT_EDITABLE', TaxonomyErrorMessage.LABEL_NOT_EDITABLE, [
        { code: 'NOT_CHANGEABLE', field: 'id', message: 'only labels added by a coordinator can be removed' },
      ]);
    await this.dataSource.query(`DELETE FROM taxonomy_label WHERE id = $1`, [labelId]);
    await this.refreshConcept(label.concept_id);
  }
}
