import { apiRequest } from '../../../lib/api-client';

/** POST /api/auth/logout: ends the session on the server and clears the cookies. */
export async function logout(): Promise<void> {
  await apiRequest<null>('/auth/logout', { method: 'POST', refreshSession: false });
}
