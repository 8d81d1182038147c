import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OfferKind } from '@passgenau/domain';
import type { AuthContext } from '../../../common/auth-context';
import type { BaJobsucheImportReport } from './dto/ba-jobsuche.dto';
import { jobsucheUrl, parseJobsucheRecord, type JobsucheRecord } from './ba-jobsuche.record';
import { BaJobsucheRepository, type ImportedSite } from './ba-jobsuche.repository';
import { OccupationMatcher } from './occupation-matcher';
import { matchTown, type TownCandidate } from './town-match';

interface Context {
  manager: EntityManager;
  matcher: OccupationMatcher;
  towns: TownCandidate[];
  kind: OfferKind | undefined;
  accountId: string;
}

type Outcome = { result: 'created' | 'updated' | 'unchanged'; companyCreated: boolean; unmapped: boolean };

/**
 * Imports job listings of the Bundesagentur für Arbeit (district integration plan 2.7 suggests
 * linking its job board). Idempotent by `refnr`; each record runs in its own savepoint, so a
 * record that fails half-way leaves nothing behind and the others are still imported.
 */
@Injectable()
export class BaJobsucheImporter {
  private readonly logger = new Logger(BaJobsucheImporter.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: BaJobsucheRepository,
  ) {}

  async import(
    auth: AuthContext,
    records: unknown[],
    kind: OfferKind | undefined,
  ): Promise<BaJobsucheImportReport> {
    const report: BaJobsucheImportReport = {
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: [],
      companiesCreated: 0,
      unmappedOccupations: 0,
    };
    const [labels, towns] = await Promise.all([this.repository.occupationLabels(), this.repository.towns()]);
    const matcher = new OccupationMatcher(labels);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const context: Context = { manager, matcher, towns, kind, accountId: auth.accountId };
      for (const [index, raw] of records.entries()) {
        const parsed = parseJobsucheRecord(raw);
        if (!parsed.ok) {
          report.skipped.push({ index, refnr: parsed.refnr, reason: parsed.reason });
          continue;
        }
        await manager.query(`SAVEPOINT ba_jobsuche_record`);
        try {
          const outcome = await this.importRecord(context, parsed.record);
          await manager.query(`RELEASE SAVEPOINT ba_jobsuche_record`);
          report[outcome.result]++;
          if (outcome.companyCreated) report.companiesCreated++;
          if (outcome.unmapped && outcome.result !== 'unchanged') report.unmappedOccupations++;
        } catch (error) {
          await manager.query(`ROLLBACK TO SAVEPOINT ba_jobsuche_record`);
          this.logger.warn(
            { err: error, refnr: parsed.record.refnr },
            'job-agency record could not be stored',
          );
          report.skipped.push({ index, refnr: parsed.record.refnr, reason: 'could not be stored' });
        }
      }
    });
    return report;
  }

  private async importRecord(context: Context, record: JobsucheRecord): Promise<Outcome> {
    const { manager } = context;
    const company = await this.company(manager, record);
    const siteValues = this.site(context.towns, record);
    const siteId = siteValues ? await this.repository.site(manager, company.id, siteValues) : null;
    const existing = await this.repository.offerByRef(manager, record.refnr);
    // An occupation an employer picked by hand survives re-imports.
    const keepManual = existing?.occupation_mapping === 'manual';
    const match = keepManual ? null : context.matcher.match(record.occupationText ?? record.title);
    const offer = {
      companyId: company.id,
      siteId,
      kind: context.kind ?? existing?.kind ?? 'job',
      title: record.title,
      occupationCode: match?.code ?? null,
      occupationMapping: match?.mapping ?? 'unmapped',
      occupationText: record.occupationText,
      startsOn: record.startsOn,
      publishedOn: record.publishedOn,
      modifiedAt: record.modifiedAt,
      externalUrl: jobsucheUrl(record.refnr),
    } as const;
    const unmapped = !keepManual && !match;
    if (!existing) {
      await this.repository.insertOffer(manager, record.refnr, offer, context.accountId);
      return { result: 'created', companyCreated: company.created, unmapped };
    }
    const fields = keepManual ? { ...offer, ...(await this.manualOccupation(manager, existing.id)) } : offer;
    const changed = await this.repository.updateOffer(manager, existing.id, fields);
    return { result: changed ? 'updated' : 'unchanged', companyCreated: company.created, unmapped };
  }

  private async manualOccupation(manager: EntityManager, offerId: string) {
    const [row] = await manager.query(`SELECT occupation_code, occupation_mapping FROM offer WHERE id = $1`, [
      offerId,
    ]);
    return {
      occupationCode: row.occupation_code as string | null,
      occupationMapping: row.occupation_mapping as 'manual',
    };
  }

  /** By the job agency's customer number, else by name; created when neither is known. */
  private async company(
    manager: EntityManager,
    record: JobsucheRecord,
  ): Promise<{ id: string; created: boolean }> {
    if (record.customerHash) {
      const byHash = await this.repository.companyByHash(manager, record.customerHash);
      if (byHash) {
        await this.repository.renameImportedCompany(manager, byHash.id, record.employer);
        return { id: byHash.id, created: false };
      }
    }
    const byName = await this.repository.companyByName(manager, record.employer);
    if (byName && (!record.customerHash || !byName.ba_customer_hash)) {
      if (record.customerHash) await this.repository.setCompanyHash(manager, byName.id, record.customerHash);
      return { id: byName.id, created: false };
    }
    return {
      id: await this.repository.insertCompany(manager, record.employer, record.customerHash),
      created: true,
    };
  }

  /** The town of the list by postal code or name; coordinates of the listing when it has them. */
  private site(towns: TownCandidate[], record: JobsucheRecord): ImportedSite | null {
    const place = record.place;
    if (!place) return null;
    const town = matchTown(towns, place.postalCode, place.locality);
    const entered = place.lat !== null && place.lon !== null;
    if (!town && !entered) return null;
    return {
      postalCode: place.postalCode,
      locality: place.locality,
      street: place.street,
      townAgs: town?.ags ?? null,
      lat: entered ? place.lat! : town!.lat,
      lon: entered ? place.lon! : town!.lon,
      coordinatesEntered: entered,
    };
  }
}
