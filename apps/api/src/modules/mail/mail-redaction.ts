/** Shown instead of a secret part of a link. */
export const REDACTED = '[…]';

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const URL_PARTS = /^(https?:\/\/[^/?#]+)([^?#]*)([?#].*)?$/;
// Tokens are long runs of URL-safe characters (base64url, 43 characters for 32 random bytes).
const SECRET_SEGMENT = /\/[A-Za-z0-9_%.~-]{20,}/g;

/**
 * The text of a mail as it may be shown to admins: every link keeps its address and path, but
 * query strings, fragments and token-like path segments are removed, and so is every given secret.
 * Mirrors the SQL of migration 1764720000000, which redacted the mails stored before it.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret.length > 0) redacted = redacted.split(secret).join(REDACTED);
  }
  return redacted.replace(URL_PATTERN, (url) => {
    const parts = URL_PARTS.exec(url);
    if (!parts) return REDACTED;
    const [, origin, path = '', rest] = parts;
    return `${origin}${path.replace(SECRET_SEGMENT, `/${REDACTED}`)}${rest ? `?${REDACTED}` : ''}`;
  });
}
