import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './app.factory';
import { loadConfig } from './config/app-config';

// Writes the OpenAPI document without servers: preview mode builds the module graph only.
async function writeOpenApi(): Promise<void> {
  const app = await NestFactory.create(
    AppModule.forRoot({
      config: loadConfig({}),
      databaseUrl: 'postgres://offline',
      meiliUrl: 'http://offline',
      meiliMasterKey: 'offline',
      jwtSecret: 'offline-openapi-generation-only-0000',
    }),
    { preview: true, logger: ['error'] },
  );
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  const target = resolve(process.argv[2] ?? 'apps/api/openapi.json');
  writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
  process.stdout.write(
    `OpenAPI document written to ${target} (${Object.keys(document.paths).length} paths)\n`,
  );
}

void writeOpenApi();
