import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// For the TypeORM CLI (migration:generate / migration:revert) against DATABASE_URL.
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL must be set for the TypeORM CLI');
export default new DataSource(dataSourceOptions(url));
