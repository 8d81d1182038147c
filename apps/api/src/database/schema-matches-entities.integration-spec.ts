import { DataSource } from 'typeorm';
import { readTestEnvironment } from '../../test/test-environment';
import { dataSourceOptions } from './data-source-options';

/**
 * The entities describe the schema the migrations build: generating the schema from the entities
 * against a migrated database must change nothing.
 */
describe('entities match the migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(readTestEnvironment().databaseUrl)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('schema generation from the entities against the migrated database yields no changes', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
