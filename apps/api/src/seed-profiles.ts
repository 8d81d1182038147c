import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { generateCandidate } from './database/seeds/candidate-generator';
import { writeGeneratedCandidates } from './database/seeds/candidate-writer';
import { benchGeneratorInput, generateFirm, writeGeneratedFirms } from './database/seeds/offer-generator';
import { ReferenceDataSeeder } from './database/seeds/reference-data.seeder';
import { referenceDataDir } from './database/seeds/reference-data-dir';
import { EmbeddedRuntime } from './runtime/embedded-runtime';

// Synthetic profiles for benchmarks: `npm run seed:profiles -- --count 100000 [--offers 5000]` (stop
// `npm start` first when it uses the same data folder, or point DATABASE_URL at a database of your
// choice). Competences are drawn from the ESCO skills of the wished occupations, home towns and
// firms' sites by the towns' population; offers come in firms of up to 10 open offers each.
// `--rebuild-index` hands the seeded rows to a full rebuild of the matching indexes at the next
// start instead of the search outbox: it writes with triggers off (no outbox rows) and marks the
// indexes outdated — much faster for 100,000 profiles than document by document.
function argument(name: string, fallback: number, min = 1): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < min) {
    process.stderr.write(`seed-profiles: --${name} must be a whole number of at least ${min}\n`);
    process.exit(1);
  }
  return value;
}

async function main(): Promise<void> {
  const count = argument('count', 100_000);
  const batch = argument('batch', 2_000);
  const seed = argument('seed', 7);
  const offerCount = argument('offers', 0, 0);
  const rebuildIndex = process.argv.includes('--rebuild-index');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`seed-profiles: ${error.problems.join('; ')}\n`);
      process.exit(1);
    }
    throw error;
  }
  const runtime = config.databaseUrl
    ? null
    : new EmbeddedRuntime({
        dataDir: config.dataDir,
        postgres: { port: config.embeddedPostgresPort },
        meilisearch: null,
        log: () => undefined,
      });
  const url = config.databaseUrl ?? (await runtime!.start()).databaseUrl!;
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await new ReferenceDataSeeder(dataSource, referenceDataDir()).run();
    const input = await benchGeneratorInput(dataSource, new Date());
    const [{ outbox }] = await dataSource.query(`SELECT to_regclass('search_outbox') IS NOT NULL AS outbox`);
    const [{ lastOutboxId }] = outbox
      ? await dataSource.query(`SELECT coalesce(max(id), 0)::text AS "lastOutboxId" FROM search_outbox`)
      : [{ lastOutboxId: null }];
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM account WHERE login_name LIKE 'synthetic-%'`,
    );
    const started = Date.now();
    for (let done = 0; done < count; done += batch) {
      const size = Math.min(batch, count - done);
      const candidates = Array.from({ length: size }, (_, i) => generateCandidate(seed, n + done + i, input));
      await writeGeneratedCandidates(dataSource, candidates, {
        loginPrefix: 'synthetic',
        startIndex: n + done,
        isDemo: false,
        mentorAccountId: null,
        withoutTriggers: rebuildIndex,
      });
      process.stdout.write(`\rseed-profiles: ${done + size} / ${count}`);
    }
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `\nseed-profiles: ${count} profiles in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} per second)\n`,
    );
    if (offerCount > 0) {
      const perFirm = 10;
      const [{ f }] = await dataSource.query(
        `SELECT count(*)::int AS f FROM company WHERE name LIKE '% (Synthetisch)'`,
      );
      const offersStarted = Date.now();
      const firms = Array.from({ length: Math.ceil(offerCount / perFirm) }, (_, i) =>
        generateFirm(seed, f + i, Math.min(perFirm, offerCount - i * perFirm), input),
      );
      for (let done = 0; done < firms.length; done += 200)
        await writeGeneratedFirms(dataSource, firms.slice(done, done + 200), {
          withoutTriggers: rebuildIndex,
        });
      process.stdout.write(
        `seed-profiles: ${offerCount} open offers of ${firms.length} firms in ${((Date.now() - offersStarted) / 1000).toFixed(1)} s\n`,
      );
    }
    if (rebuildIndex && lastOutboxId !== null) {
      await dataSource.transaction(async (manager) => {
        await manager.query(`DELETE FROM search_outbox WHERE id > $1`, [lastOutboxId]);
        await manager.query(
          `DELETE FROM search_index_state WHERE name IN ('candidates', 'offers', 'companies')`,
        );
      });
      process.stdout.write('seed-profiles: the next start rebuilds the matching indexes from the tables\n');
    }
  } finally {
    await dataSource.destroy();
    await runtime?.stop();
  }
}

void main();
