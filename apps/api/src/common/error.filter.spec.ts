import { BadRequestException, NotFoundException, UnsupportedMediaTypeException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { toErrorBody } from './error.filter';

describe('toErrorBody', () => {
  it('keeps the code and field errors of a domain error', () => {
    const body = toErrorBody(
      new DomainError('VALIDATION_FAILED', 'Invalid input: q', [
        { field: 'q', code: 'TOO_LONG', message: 'too long', limit: 200 },
      ]),
      'req-1',
    );
    expect(body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid input: q',
      errors: [{ field: 'q', code: 'TOO_LONG', message: 'too long', limit: 200 }],
      requestId: 'req-1',
    });
  });

  it('maps framework exceptions by status', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /api/x'), undefined)).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
    });
    expect(toErrorBody(new BadRequestException(), undefined).code).toBe('VALIDATION_FAILED');
  });

  it('reports body-parser failures as client errors', () => {
    expect(toErrorBody({ status: 400, type: 'entity.parse.failed' }, undefined).code).toBe('MALFORMED_JSON');
    expect(toErrorBody({ status: 413, type: 'entity.too.large' }, undefined).statusCode).toBe(413);
  });

  it('answers an unsupported charset or encoding, and any 4xx without a code of its own, as a 400', () => {
    expect(toErrorBody({ status: 415, type: 'charset.unsupported' }, undefined)).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'Content-Type', code: 'BAD_FORMAT', message: expect.stringContaining('UTF-8') }],
    });
    expect(toErrorBody({ status: 415, type: 'encoding.unsupported' }, undefined).errors?.[0]?.field).toBe(
      'Content-Encoding',
    );
    expect(toErrorBody({ status: 416 }, undefined)).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(toErrorBody(new UnsupportedMediaTypeException(), undefined)).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
    });
  });

  it('hides the details of unexpected errors', () => {
    const body = toErrorBody(new Error('connection string postgres://secret'), 'r');
    expect(body).toEqual({
      statusCode: 500,
      code: 'INTERNAL',
      message: 'Something went wrong on our side.',
      requestId: 'r',
    });
  });
});
