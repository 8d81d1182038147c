import type { Schemas } from '@passgenau/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

/** An invitation the signed-in account sent. */
export type Invitation = Schemas['InvitationResponse'];

export const MY_INVITATIONS_QUERY_KEY = ['invitations', 'mine'] as const;

/** GET /api/invitations: the invitations I sent. */
export function listInvitations(signal?: AbortSignal): Promise<Invitation[]> {
  return unwrap(api.GET('/api/invitations', { signal }));
}

export function invitationsQueryOptions() {
  return queryOptions({
    queryKey: MY_INVITATIONS_QUERY_KEY,
    queryFn: ({ signal }) => listInvitations(signal),
  });
}

export function useInvitations() {
  return useQuery(invitationsQueryOptions());
}
