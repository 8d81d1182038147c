import { types as pgTypes } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** PostgreSQL's DATE type. */
export const PG_DATE_OID = 1082;

/**
 * Type parsers of this application's connections. A DATE is a calendar day: it is read as the
 * `YYYY-MM-DD` text PostgreSQL sends, never as a JavaScript Date at the machine's local midnight
 * (which shifts it by a day in zones east or west of UTC once converted back).
 */
export const PG_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === PG_DATE_OID && format !== 'binary'
      ? (value: string) => value
      : pgTypes.getTypeParser(oid, format as 'text')) as typeof pgTypes.getTypeParser,
};

export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    // The schema comes from migrations only.
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, connectionTimeoutMillis: 5_000, types: PG_TYPES },
  };
}
