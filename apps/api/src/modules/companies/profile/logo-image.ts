import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import sharp from 'sharp';
import { DomainError } from '../../../common/domain-error';

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_FIELD = 'logo';
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** Logos are shown small: larger images are scaled down to fit this box (never up). */
export const LOGO_MAX_EDGE = 1024;
/** Images with more pixels than this are refused before decoding (decompression bombs). */
export const LOGO_MAX_INPUT_PIXELS = 25_000_000;

const SHARP_FORMAT: Record<LogoType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
};

/**
 * Decodes the image and encodes a new file of the same type from its pixels only: whatever else
 * the upload carried (HTML or script after the header, trailing data, EXIF/XMP/ICC metadata, a GPS
 * position) is not in the result, and larger images are scaled to fit LOGO_MAX_EDGE. A file that
 * does not decode as the PNG, JPEG or WebP its first bytes claim is refused with 400 naming `logo`.
 */
export async function reencodeLogo(data: Buffer): Promise<{ contentType: LogoType; data: Buffer }> {
  const contentType = sniffImageType(data);
  if (!contentType) throw logoError('logo must be a PNG, JPEG or WebP image');
  const options = { failOn: 'warning', limitInputPixels: LOGO_MAX_INPUT_PIXELS, pages: 1 } as const;
  try {
    const metadata = await sharp(data, options).metadata();
    if (metadata.format !== SHARP_FORMAT[contentType])
      throw logoError('logo must be a PNG, JPEG or WebP image');
    const image = sharp(data, options)
      .autoOrient()
      .resize({ width: LOGO_MAX_EDGE, height: LOGO_MAX_EDGE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      contentType === 'image/png'
        ? image.png({ compressionLevel: 9 })
        : contentType === 'image/jpeg'
          ? image.jpeg({ quality: 85, mozjpeg: true })
          : image.webp({ quality: 85 });
    return { contentType, data: await encoded.toBuffer() };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const message =
      error instanceof Error && /pixel limit/i.test(error.message)
        ? `logo may have at most ${LOGO_MAX_INPUT_PIXELS / 1_000_000} million pixels`
        : 'logo could not be read as an image (damaged, or not the PNG, JPEG or WebP it claims to be)';
    throw logoError(message);
  }
}

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
    { code: 'BAD_FILE', field: LOGO_FIELD, message },
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
