import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export interface MicroCacheOptions {
  /** Exact request paths (no query) whose GET answers are kept; everything else passes through. */
  paths: readonly string[];
  /** How long an answer is served again (0: nothing is kept). */
  ttlMs: number;
  /** At most this many addresses are kept; then the cache starts afresh. */
  maxEntries: number;
  /** Larger answers are not kept. */
  maxBodyBytes: number;
}

interface Entry {
  until: number;
  body: Buffer;
  contentType: string;
  etag: string;
}

/**
 * A short-lived cache of whole public answers by their address (path and query string as sent),
 * in front of the application: a repeated request is answered from memory without routing,
 * validation or serialisation. Only for public routes whose answer depends on nothing but the
 * address; only successful JSON answers are kept. Answers say `Cache-Control: public` with the
 * same lifetime, carry an ETag (304 for a matching `If-None-Match`) and `X-Passgenau-Cache:
 * hit|miss`.
 */
export function microCache(options: MicroCacheOptions): RequestHandler {
  const entries = new Map<string, Entry>();
  const paths = new Set(options.paths);
  const maxAge = Math.ceil(options.ttlMs / 1000);
  return (request: Request, response: Response, next: NextFunction) => {
    if (
      options.ttlMs <= 0 ||
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !paths.has(request.path)
    )
      return next();
    const key = request.originalUrl;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.until > now) {
      response.setHeader('Cache-Control', `public, max-age=${maxAge}`);
      response.setHeader('X-Passgenau-Cache', 'hit');
      response.setHeader('ETag', hit.etag);
      if (request.headers['if-none-match'] === hit.etag) {
        response.statusCode = 304;
        response.end();
        return;
      }
      response.statusCode = 200;
      response.setHeader('Content-Type', hit.contentType);
      response.setHeader('Content-Length', hit.body.length);
      response.end(request.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    if (hit) entries.delete(key);
    response.setHeader('X-Passgenau-Cache', 'miss');
    response.setHeader('Cache-Control', `public, max-age=${maxAge}`);
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      size += buffer.length;
      if (size <= options.maxBodyBytes) chunks.push(buffer);
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      const contentType = String(response.getHeader('Content-Type') ?? '');
      if (
        response.statusCode === 200 &&
        request.method === 'GET' &&
        size <= options.maxBodyBytes &&
        contentType.startsWith('application/json')
      ) {
        const body = Buffer.concat(chunks);
        if (entries.size >= options.maxEntries) entries.clear();
        entries.set(key, {
          until: Date.now() + options.ttlMs,
          body,
          contentType,
          etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
        });
      }
      return end(chunk, ...rest);
    }) as Response['end'];
    next();
  };
}
