import { type INestApplication } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, type RuntimeSettings } from './app.module';
import { CsrfTokens } from './common/csrf';
import { toErrorBody } from './common/error.filter';
import { addErrorResponses } from './common/error-openapi';
import { microCache } from './common/micro-cache';
import { requestId } from './common/request-id';
import { BodyParsingGuard, cookieCheck, requestPrecheck } from './common/request-limits';
import { createValidationPipe } from './common/validation';
import { seedDemoCandidates } from './database/seeds/demo-candidates.seeder';
import { seedDemoCompanies } from './database/seeds/demo-companies.seeder';
import { demoAccountsPresent, seedDemoData } from './database/seeds/demo-data.seeder';
import { ReferenceDataSeeder } from './database/seeds/reference-data.seeder';
import { PasswordHasher } from './modules/auth/password-hasher';
import { referenceDataDir } from './database/seeds/reference-data-dir';
import { TaxonomySearchIndexer } from './modules/taxonomy/taxonomy.search-index';
import { MatchingIndexService } from './modules/matching-index/matching-index.service';
import { BOARD_CACHE_MS } from './modules/companies/job-board/job-board.service';

export const ESCO_CREDIT = 'This service uses the ESCO classification of the European Commission.';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Passgenau API')
    .setDescription(`Matching marketplace for refugees and local employers. ${ESCO_CREDIT}`)
    .setVersion('0.1.0')
    .build();
  return addErrorResponses(SwaggerModule.createDocument(app, config));
}

/** Builds the HTTP application with every cross-cutting concern; used by main and by the tests. */
export async function createApp(settings: RuntimeSettings): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', settings.config.trustedProxies.length > 0 ? settings.config.trustedProxies : false);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:'], 'script-src': ["'self'"] },
      },
    }),
  );
  // NUL characters in the URL and bodies larger than any route accepts are refused unread.
  app.use(requestPrecheck());
  app.use(cookieParser());
  app.use(cookieCheck());
  app.use(app.get(CsrfTokens).middleware());
  // The public job board's pages are the same for everyone: a repeated address is answered from
  // memory for a few seconds, in front of routing, validation and serialisation.
  app.use(
    microCache({
      paths: ['/api/job-board/offers'],
      ttlMs: BOARD_CACHE_MS,
      maxEntries: 2_000,
      maxBodyBytes: 512 * 1024,
    }),
  );
  // Body-parser failures happen before Nest's filters; answer them in the same error shape.
  app.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
    if (!error) return next();
    const body = toErrorBody(error, requestId(request, response));
    response.status(body.statusCode).json(body);
  });
  app.setGlobalPrefix('api');
  // Bodies are parsed after the access guard (registered before it), with each route's own limit.
  app.useGlobalGuards(new BodyParsingGuard(app.get(Reflector)));
  app.useGlobalPipes(createValidationPipe());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', raw: ['json'] });
  return app;
}

export class DemoAccountsInProductionError extends Error {
  constructor() {
    super(
      'NODE_ENV=production: the database holds demo accounts (public password); remove them before starting',
    );
  }
}

/** Schema migrations, reference and demo data, search index: everything a start needs before serving. */
export async function prepareData(
  app: INestApplication,
  options: { seedDemoData: boolean; production: boolean },
): Promise<void> {
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  if (options.production && (await demoAccountsPresent(dataSource)))
    throw new DemoAccountsInProductionError();
  const reloaded = await new ReferenceDataSeeder(dataSource, referenceDataDir()).run();
  if (options.seedDemoData) {
    await seedDemoData(dataSource, app.get(PasswordHasher));
    await seedDemoCompanies(dataSource);
    await seedDemoCandidates(dataSource);
  }
  await app.get(TaxonomySearchIndexer).ensure(reloaded);
  // Candidates, offers, companies: rebuilt (into a fresh index, swapped in) when their shape changed.
  await app.get(MatchingIndexService).ensure(false);
}
