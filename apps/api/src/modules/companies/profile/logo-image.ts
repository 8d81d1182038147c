import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { DomainError } from '../../../common/domain-error';

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_FIELD = 'logo';
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The part of a multer upload the logo needs. */
export interface UploadedLogoFile {
  buffer: Buffer;
  size: number;
}

/**
 * The image type told by the file's first bytes. The name and the declared content type are the
 * sender's claim and are ignored; SVG is refused on purpose (it can carry scripts).
 */
export function sniffImageType(data: Buffer): LogoType | null {
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (
    data.length >= 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  return null;
}

export function logoError(message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${LOGO_FIELD}`, [
    { field: LOGO_FIELD, message },
  ]);
}

/** Answers multer's refusals (too large, wrong field, broken multipart) as a 400 naming `logo`. */
@Injectable()
export class LogoUploadErrors implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof HttpException && error.getStatus() === 413)
          throw logoError('logo must be at most 1 MB');
        if (error instanceof HttpException && error.getStatus() === 400)
          throw logoError(`logo upload could not be read: ${error.message}`);
        throw error;
      }),
    );
  }
}
