import type { Schemas } from '@passgenau/api-client';

/** GET /api/auth/me: the signed-in account. */
export type SessionAccount = Schemas['MeResponse'];

/** What sign-in, sign-up, access-code sign-in, invitation acceptance and refresh answer. */
export type SessionResponse = Schemas['SessionResponse'];
