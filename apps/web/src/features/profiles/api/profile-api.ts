import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Profile, ProfileList, PseudonymousProfile, Town, UpdateProfileBody } from './schemas';

const base = (candidateId: string) => `/candidates/${encodeURIComponent(candidateId)}`;

export function profileQueryKey(candidateId: string) {
  return ['candidates', candidateId, 'profile'] as const;
}

/** GET /api/candidates/:id/profile (the candidate, an authorised mentor, IBA staff, admins). */
export function getProfile(candidateId: string, signal?: AbortSignal): Promise<Profile> {
  return apiRequest<Profile>(`${base(candidateId)}/profile`, { signal });
}

export function profileQueryOptions(candidateId: string) {
  return queryOptions({
    queryKey: profileQueryKey(candidateId),
    queryFn: ({ signal }) => getProfile(candidateId, signal),
    // The wizard keeps its own draft; a refetch must not throw away what is being typed.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useProfile(candidateId: string) {
  return useQuery(profileQueryOptions(candidateId));
}

/** PUT /api/candidates/:id/profile with the whole draft. */
export function saveProfile(candidateId: string, body: UpdateProfileBody): Promise<Profile> {
  return apiRequest<Profile>(`${base(candidateId)}/profile`, { method: 'PUT', body });
}

export type ProfileAction = 'publish' | 'unpublish' | 'reconfirm';

/** POST /api/candidates/:id/profile/{publish|unpublish|reconfirm}. */
export function useProfileAction(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ProfileAction) =>
      apiRequest<Profile>(`${base(candidateId)}/profile/${action}`, { method: 'POST' }),
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey(candidateId), profile),
  });
}

/** GET /api/candidates/:id/export: every piece of the candidate's data, as JSON. */
export function exportCandidate(candidateId: string): Promise<unknown> {
  return apiRequest<unknown>(`${base(candidateId)}/export`);
}

/** DELETE /api/candidates/:id: erasure (GDPR Art. 17). */
export function useEraseCandidate() {
  return useMutation({
    mutationFn: (candidateId: string) => apiRequest<unknown>(base(candidateId), { method: 'DELETE' }),
  });
}

export interface ProfileListParams {
  town?: string;
  occupation?: string;
  page: number;
  pageSize: number;
}

/** GET /api/profiles: published profiles, pseudonymous only. */
export function useProfileList(params: ProfileListParams) {
  return useQuery({
    queryKey: ['profiles', 'list', params] as const,
    queryFn: ({ signal }) => apiRequest<ProfileList>('/profiles', { query: { ...params }, signal }),
  });
}

/** GET /api/profiles/:pseudonym */
export function usePseudonymousProfile(pseudonym: string) {
  return useQuery({
    queryKey: ['profiles', 'one', pseudonym] as const,
    queryFn: ({ signal }) =>
      apiRequest<PseudonymousProfile>(`/profiles/${encodeURIComponent(pseudonym)}`, { signal }),
  });
}

/** GET /api/towns: the district's towns. */
export function useTowns() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }) => apiRequest<Town[]>('/towns', { signal }),
    staleTime: 60 * 60_000,
  });
}
