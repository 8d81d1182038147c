// Validated once at load, so a bad build setting fails at start and not on the first request.
function parseApiUrl(raw: string | undefined): string {
  const value = raw && raw.trim() !== '' ? raw.trim() : '/api';
  if (!value.startsWith('/') && !/^https?:\/\//.test(value)) {
    throw new Error(`VITE_API_URL must be a path like /api or an http(s) URL (got "${value}")`);
  }
  return value.replace(/\/+$/, '');
}

export const env = {
  /** Base of every API request; the API serves this app on the same origin, so a path suffices. */
  apiUrl: parseApiUrl(import.meta.env.VITE_API_URL),
} as const;
