import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { DomainError, type FieldError } from './domain-error';
import { toErrorBody } from './error.filter';
import { assertSafeInput, invalidInput } from './input-safety';
import { requestId } from './request-id';

/** JSON or form body of a route without `@BodyLimit`: forms, sign-in, offers, sites. */
export const DEFAULT_BODY_LIMIT = 100 * 1024;
/** The whole profile draft: well under this even with every list full. */
export const PROFILE_BODY_LIMIT = 256 * 1024;
/** No JSON or form body on any route is larger (the job-agency import of 500 listings). */
export const MAX_BODY_LIMIT = 1024 * 1024;
/** Multipart uploads (CSV up to 2 MB, logo up to 1 MB) with room for the multipart framing. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 + 64 * 1024;

const BODY_LIMIT_KEY = 'passgenau:body-limit';

/** The largest JSON/form body this route accepts, in bytes (default DEFAULT_BODY_LIMIT). */
export const BodyLimit = (bytes: number) => SetMetadata(BODY_LIMIT_KEY, Math.min(bytes, MAX_BODY_LIMIT));

function run(handler: RequestHandler, request: Request, response: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    void handler(request, response, (error?: unknown) => (error ? reject(error) : resolve()));
  });
}

/**
 * Parses JSON and form bodies only after the access guard let the caller in (it is registered
 * after it), with the route's own limit; then refuses NUL characters and deep nesting anywhere in
 * the body. A request to a route for signed-in users without a session is refused unread.
 */
@Injectable()
export class BodyParsingGuard implements CanActivate {
  private readonly parsers = new Map<number, RequestHandler[]>();

  constructor(private readonly reflector: Reflector) {}

  private parsersFor(limit: number): RequestHandler[] {
    let parsers = this.parsers.get(limit);
    if (!parsers) {
      parsers = [
        express.json({ limit }),
        express.urlencoded({ extended: false, limit, parameterLimit: 200 }),
      ];
      this.parsers.set(limit, parsers);
    }
    return parsers;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const limit =
      this.reflector.getAllAndOverride<number | undefined>(BODY_LIMIT_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? DEFAULT_BODY_LIMIT;
    for (const parser of this.parsersFor(limit)) await run(parser, request, response);
    if (request.body !== undefined) assertSafeInput(request.body);
    return true;
  }
}

function refuse(request: Request, response: Response, error: unknown): void {
  const body = toErrorBody(error, requestId(request, response));
  // The body is not read: close the connection instead of draining what the client still sends.
  response.setHeader('Connection', 'close');
  response.status(body.statusCode).json(body);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

const ENCODED_NUL = /%00/i;

/** The fields of a URL that carry a NUL character, raw or percent-encoded. */
export function nulFieldsOfUrl(url: string): FieldError[] {
  const hasNul = (text: string) => ENCODED_NUL.test(text) || text.includes('\u0000');
  const [path = '', query = ''] = url.split(/\?(.*)/s, 2);
  const errors: FieldError[] = [];
  if (hasNul(path))
    errors.push({ code: 'UNSAFE_INPUT', field: 'path', message: 'must not contain NUL characters' });
  for (const pair of query.split('&')) {
    if (!hasNul(pair)) continue;
    const [key = ''] = pair.split('=', 1);
    const name = safeDecode(key).replaceAll('\u0000', '').slice(0, 100) || 'query';
    errors.push({ code: 'UNSAFE_INPUT', field: name, message: 'must not contain NUL characters' });
  }
  return errors;
}

/**
 * Cheap checks before anything reads the request: NUL characters in the URL (PostgreSQL cannot
 * store them, and no route needs them), and bodies declared larger than any route accepts (413
 * without reading them).
 */
export function requestPrecheck(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const nul = nulFieldsOfUrl(request.originalUrl ?? request.url);
    if (nul.length) return refuse(request, response, invalidInput(nul));
    const declared = Number(request.headers['content-length'] ?? 0);
    const multipart = /^multipart\//i.test(request.headers['content-type'] ?? '');
    if (declared > (multipart ? MAX_UPLOAD_BYTES : MAX_BODY_LIMIT))
      return refuse(
        request,
        response,
        new DomainError('PAYLOAD_TOO_LARGE', 'The request body is too large.'),
      );
    return next();
  };
}

/** After cookie-parser: a cookie with a NUL character is refused (sessions are looked up by them). */
export function cookieCheck(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const cookies = (request as Request & { cookies?: Record<string, unknown> }).cookies ?? {};
    for (const [name, value] of Object.entries(cookies)) {
      if (typeof value === 'string' && value.includes('\u0000'))
        return refuse(
          request,
          response,
          invalidInput([
            {
              code: 'UNSAFE_INPUT',
              field: `cookie ${name.slice(0, 100)}`,
              message: 'must not contain NUL characters',
            },
          ]),
        );
    }
    return next();
  };
}
