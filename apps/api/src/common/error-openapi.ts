import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES, statusForCode } from './domain-error';
import { FIELD_ERROR_CODES } from './field-error-code';

const ERROR_RESPONSE_REF = '#/components/schemas/ErrorResponse';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/**
 * Adds the one error shape to the document: the `ErrorCode` enum (every common and feature code,
 * with its HTTP status in `x-passgenau-status`), the `ErrorResponse` schema that refers to it, and a
 * `default` response with that schema on every operation — so generated clients know the shape.
 */
export function addErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas['ErrorCode'] = Object.assign(
    {
      type: 'string' as const,
      description: 'Stable code of an error; see docs/errors.md. The HTTP status of each code is fixed.',
      enum: [...ERROR_CODES],
    },
    { 'x-passgenau-status': Object.fromEntries(ERROR_CODES.map((code) => [code, statusForCode(code)])) },
  );
  document.components.schemas['FieldErrorCode'] = {
    type: 'string',
    description: 'Stable code of one field error; see docs/errors.md ("Field codes").',
    enum: [...FIELD_ERROR_CODES],
  };
  document.components.schemas['ErrorResponse'] = {
    type: 'object',
    description: 'The one error shape every endpoint answers with.',
    required: ['statusCode', 'code', 'message'],
    properties: {
      statusCode: { type: 'integer' },
      code: { $ref: '#/components/schemas/ErrorCode' },
      message: {
        type: 'string',
        description: 'English explanation for logs; the web app shows texts by code.',
      },
      errors: {
        type: 'array',
        description: 'The fields at fault, named with dots (competences.3.code).',
        items: {
          type: 'object',
          required: ['field', 'code', 'message'],
          properties: {
            field: { type: 'string' },
            code: { $ref: '#/components/schemas/FieldErrorCode' },
            message: {
              type: 'string',
              description: 'English explanation for logs; the web app shows texts by code.',
            },
            limit: {
              type: 'number',
              description: 'The length, count or number the field must stay within (TOO_LONG, TOO_SMALL …).',
            },
          },
        },
      },
      requestId: { type: 'string' },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses ??= {};
      operation.responses['default'] = {
        description: 'An error in the one error shape',
        content: { 'application/json': { schema: { $ref: ERROR_RESPONSE_REF } } },
      };
    }
  }
  return document;
}
