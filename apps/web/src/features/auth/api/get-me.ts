import { ApiError } from '../../../lib/api-client';
import { api, unwrap } from '../../../lib/api';
import type { SessionAccount } from '../../../types/session';

export const ME_QUERY_KEY = ['session', 'me'] as const;

/** GET /api/auth/me: the signed-in account, or null when nobody is signed in (401 after a failed refresh). */
export async function getMe(signal?: AbortSignal): Promise<SessionAccount | null> {
  try {
    return await unwrap(api.GET('/api/auth/me', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 401) return null;
    throw error;
  }
}
