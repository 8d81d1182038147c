import type { DataSource } from 'typeorm';
import { DomainError } from '../../../common/domain-error';
import type { TaxonomySearchIndexer } from '../taxonomy.search-index';
import { TaxonomyCurationService } from './taxonomy-curation.service';

/** A rebuild that finishes when the test says so. */
function controllableIndexer() {
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const indexer = {
    rebuild: jest.fn(
      () =>
        new Promise<number>((resolve, reject) => {
          pending.push({ resolve: () => resolve(1), reject });
        }),
    ),
  };
  return { indexer, pending };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('TaxonomyCurationService index refresh', () => {
  function serviceWith(indexer: { rebuild: jest.Mock }) {
    const service = new TaxonomyCurationService(
      {} as DataSource,
      indexer as unknown as TaxonomySearchIndexer,
    );
    return (service as unknown as { refreshIndex(): Promise<void> }).refreshIndex.bind(service);
  }

  it('runs one rebuild at a time; changes made meanwhile share the next one', async () => {
    const { indexer, pending } = controllableIndexer();
    const refresh = serviceWith(indexer);
    const first = refresh();
    const second = refresh();
    const third = refresh();
    await flush();
    expect(indexer.rebuild).toHaveBeenCalledTimes(1);
    pending[0]!.resolve();
    await first;
    await flush();
    expect(indexer.rebuild).toHaveBeenCalledTimes(2);
    pending[1]!.resolve();
    await Promise.all([second, third]);
    expect(indexer.rebuild).toHaveBeenCalledTimes(2);
    // Nothing running: the next change starts a rebuild of its own.
    const fourth = refresh();
    await flush();
    expect(indexer.rebuild).toHaveBeenCalledTimes(3);
    pending[2]!.resolve();
    await fourth;
  });

  it('answers a failed rebuild with 503 SERVICE_UNAVAILABLE, and the next change tries again', async () => {
    const { indexer, pending } = controllableIndexer();
    const refresh = serviceWith(indexer);
    const failing = refresh();
    const waiting = refresh();
    pending[0]!.reject(new Error('connect ECONNREFUSED'));
    await expect(failing).rejects.toEqual(expect.any(DomainError));
    await expect(failing).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await flush();
    expect(indexer.rebuild).toHaveBeenCalledTimes(2);
    pending[1]!.resolve();
    await expect(waiting).resolves.toBeUndefined();
  });
});
