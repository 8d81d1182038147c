import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationKind } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';

/** An invitation the signed-in account sent. */
export interface Invitation {
  id: string;
  kind: InvitationKind;
  email: string;
  companyName: string | null;
  expiresAt: string;
  usedAt: string | null;
}

export const MY_INVITATIONS_QUERY_KEY = ['invitations', 'mine'] as const;

/** GET /api/invitations: the invitations I sent. */
export function listInvitations(signal?: AbortSignal): Promise<Invitation[]> {
  return apiRequest<Invitation[]>('/invitations', { signal });
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
