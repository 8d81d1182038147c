import type { EmbeddedServer, EmbeddedServerStatus } from './embedded-runtime';

/** Anything that can say how the embedded servers are doing (the EmbeddedRuntime of this process). */
export interface EmbeddedServerSource {
  servers(): Partial<Record<EmbeddedServer, EmbeddedServerStatus>>;
}

let source: EmbeddedServerSource | null = null;

/**
 * The process that started embedded servers registers its runtime here, so that /api/health can
 * report their supervision state (restarts) without the application depending on how it was started.
 */
export function reportEmbeddedServers(runtime: EmbeddedServerSource | null): void {
  source = runtime;
}

/** The embedded servers of this process, or null when PostgreSQL and Meilisearch run elsewhere. */
export function embeddedServerStatus(): Partial<Record<EmbeddedServer, EmbeddedServerStatus>> | null {
  return source?.servers() ?? null;
}
