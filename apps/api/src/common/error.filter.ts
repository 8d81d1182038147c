import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { codeForStatus, DomainError, statusForCode, type ErrorBody } from './domain-error';
import { databaseUnavailable, isDatabaseUnavailable } from './outage';

export function requestIdOf(request: Request): string | undefined {
  const id = (request as Request & { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** Turns any error into the one error shape; unknown errors become a 500 without internals. */
export function toErrorBody(error: unknown, requestId: string | undefined): ErrorBody {
  if (error instanceof DomainError) {
    return {
      statusCode: statusForCode(error.code),
      code: error.code,
      message: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      requestId,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' &&
      response &&
      'message' in response &&
      typeof response.message === 'string'
        ? response.message
        : error.message;
    const code = codeForStatus(status);
    // A 4xx without a code of its own (415, 411, …) is bad input: answered as a 400.
    if (code === 'INTERNAL' && status >= 400 && status < 500)
      return { statusCode: 400, code: 'VALIDATION_FAILED', message, requestId };
    return { statusCode: status, code, message, requestId };
  }
  const status = (error as { status?: unknown })?.status;
  const type = (error as { type?: unknown })?.type;
  if (type === 'entity.parse.failed') {
    return {
      statusCode: 400,
      code: 'MALFORMED_JSON',
      message: 'The request body is not valid JSON.',
      requestId,
    };
  }
  if ((error as { code?: unknown })?.code === 'EBADCSRFTOKEN') {
    return {
      statusCode: 403,
      code: 'CSRF_TOKEN_INVALID',
      message: 'The security token of this form is missing or old. Reload the page and try again.',
      requestId,
    };
  }
  if (type === 'entity.too.large') {
    return {
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request body is too large.',
      requestId,
    };
  }
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    const field = type === 'charset.unsupported' ? 'Content-Type' : 'Content-Encoding';
    return {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: `Invalid input: ${field}`,
      errors: [
        {
          code: 'BAD_FORMAT',
          field,
          message:
            type === 'charset.unsupported'
              ? 'the body must be UTF-8 JSON or form data'
              : 'the body must be sent uncompressed, or compressed with gzip, deflate or br',
        },
      ],
      requestId,
    };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = codeForStatus(status);
    if (code === 'INTERNAL')
      return {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request could not be processed.',
        requestId,
      };
    return {
      statusCode: status,
      code,
      message: 'The request could not be processed.',
      requestId,
    };
  }
  if (isDatabaseUnavailable(error)) return toErrorBody(databaseUnavailable(), requestId);
  return { statusCode: 500, code: 'INTERNAL', message: 'Something went wrong on our side.', requestId };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const body = toErrorBody(error, requestIdOf(request));
    if (body.statusCode >= 500) {
      this.logger.error({ err: error, requestId: body.requestId }, 'request failed');
    }
    response.status(body.statusCode).json(body);
  }
}
