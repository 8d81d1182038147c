import { api, unwrap, withoutSessionRenewal } from '../../../lib/api';

/** POST /api/auth/logout: ends the session on the server and clears the cookies. */
export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout', { fetch: withoutSessionRenewal }));
}
