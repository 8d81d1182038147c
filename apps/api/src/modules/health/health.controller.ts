import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access';
import { embeddedServerStatus } from '../../runtime/supervision';
import { SEARCH_INDEX, type SearchIndex } from '../../search/search-index';
import { lag } from '../matching-index/search-outbox.worker';

export class EmbeddedServerHealth {
  @ApiProperty({ enum: ['running', 'restarting', 'stopped'] }) state!: 'running' | 'restarting' | 'stopped';
  @ApiProperty({ description: 'How often the supervisor started it again after it died' })
  restarts!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'How it last died, e.g. "exited with signal SIGKILL"',
  })
  lastExit!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastExitAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastRestartAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt to start it again failed' })
  lastRestartError!: string | null;
}

export class EmbeddedServersHealth {
  @ApiPropertyOptional({ type: EmbeddedServerHealth }) postgres?: EmbeddedServerHealth;
  @ApiPropertyOptional({ type: EmbeddedServerHealth }) meilisearch?: EmbeddedServerHealth;
}

export class SearchOutboxHealth {
  @ApiProperty({ description: 'Changes waiting to reach the search indexes' }) waiting!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Age of the oldest waiting change in seconds' })
  oldestAgeSeconds!: number | null;
}

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down'] }) search!: 'up' | 'down';
  @ApiPropertyOptional({
    type: SearchOutboxHealth,
    description: 'Lag of the search indexes behind PostgreSQL (absent when the database does not answer)',
  })
  searchOutbox?: SearchOutboxHealth;
  @ApiProperty() version!: string;
  @ApiProperty({ description: 'Seconds since the process started' }) uptimeSeconds!: number;
  @ApiPropertyOptional({
    type: EmbeddedServersHealth,
    description: 'The embedded servers this process started and supervises (absent when they run elsewhere)',
  })
  embedded?: EmbeddedServersHealth;
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly searchIndex: SearchIndex,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether PostgreSQL and Meilisearch answer (200 when both do, 503 otherwise)' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const [database, search] = await Promise.all([
      within(this.dataSource.query('SELECT 1'), 2_000).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      within(this.searchIndex.isHealthy(), 2_000).then(
        (ok) => (ok ? ('up' as const) : ('down' as const)),
        () => 'down' as const,
      ),
    ]);
    const searchOutbox =
      database === 'up' ? await within(lag(this.dataSource), 2_000).catch(() => undefined) : undefined;
    const status = database === 'up' && search === 'up' ? 'ok' : 'degraded';
    response.status(status === 'ok' ? 200 : 503);
    const servers = embeddedServerStatus();
    const embedded: EmbeddedServersHealth | undefined = servers ? {} : undefined;
    for (const name of ['postgres', 'meilisearch'] as const) {
      const server = servers?.[name];
      if (server && embedded) {
        const { state, restarts, lastExit, lastExitAt, lastRestartAt, lastRestartError } = server;
        embedded[name] = { state, restarts, lastExit, lastExitAt, lastRestartAt, lastRestartError };
      }
    }
    return {
      status,
      database,
      search,
      ...(searchOutbox ? { searchOutbox } : {}),
      version: process.env['npm_package_version'] ?? '0.1.0',
      uptimeSeconds: Math.round(process.uptime()),
      ...(embedded ? { embedded } : {}),
    };
  }
}
