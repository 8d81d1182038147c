import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

/** A random secret handed to a person once (link, refresh token); only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The refresh token that replaces `token`. Derived with the server secret rather than drawn at
 * random, so a tab that presents the same token moments later receives the very same successor
 * (one chain, not two) although only hashes are stored.
 */
export function successorToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(`refresh-successor:${token}`).digest('base64url');
}

// No 0/O, 1/I/L: codes are read off paper and typed by people with little German.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newAccessCode(length = 10): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export function newLoginName(): string {
  return `k-${Array.from({ length: 7 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)])
    .join('')
    .toLowerCase()}`;
}

/** Access codes are printed in groups ("ABCD-EFGH-JK"); accept them with or without separators. */
export function normaliseAccessCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
