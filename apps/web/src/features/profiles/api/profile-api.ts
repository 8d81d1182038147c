import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { Profile, UpdateProfileBody } from './schemas';

const byId = (candidateId: string) => ({ params: { path: { id: candidateId } } });

export function profileQueryKey(candidateId: string) {
  return ['candidates', candidateId, 'profile'] as const;
}

/** GET /api/candidates/:id/profile (the candidate, an authorised mentor, IBA staff, admins). */
export function getProfile(candidateId: string, signal?: AbortSignal): Promise<Profile> {
  return unwrap(api.GET('/api/candidates/{id}/profile', { ...byId(candidateId), signal }));
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
  return unwrap(api.PUT('/api/candidates/{id}/profile', { ...byId(candidateId), body }));
}

export type ProfileAction = 'publish' | 'unpublish' | 'reconfirm';

/** POST /api/candidates/:id/profile/{publish|unpublish|reconfirm}. */
export function useProfileAction(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ProfileAction) => {
      switch (action) {
        case 'publish':
          return unwrap(api.POST('/api/candidates/{id}/profile/publish', byId(candidateId)));
        case 'unpublish':
          return unwrap(api.POST('/api/candidates/{id}/profile/unpublish', byId(candidateId)));
        case 'reconfirm':
          return unwrap(api.POST('/api/candidates/{id}/profile/reconfirm', byId(candidateId)));
      }
    },
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey(candidateId), profile),
  });
}

/** GET /api/candidates/:id/export: every piece of the candidate's data, as JSON. */
export function exportCandidate(candidateId: string): Promise<unknown> {
  return unwrap(api.GET('/api/candidates/{id}/export', byId(candidateId)));
}

/** DELETE /api/candidates/:id: erasure (GDPR Art. 17). */
export function useEraseCandidate() {
  return useMutation({
    mutationFn: (candidateId: string) => unwrap(api.DELETE('/api/candidates/{id}', byId(candidateId))),
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
    queryFn: ({ signal }) => unwrap(api.GET('/api/profiles', { params: { query: { ...params } }, signal })),
  });
}

/** GET /api/profiles/:pseudonym */
export function usePseudonymousProfile(pseudonym: string) {
  return useQuery({
    queryKey: ['profiles', 'one', pseudonym] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/profiles/{pseudonym}', { params: { path: { pseudonym } }, signal })),
  });
}

/** GET /api/towns: the district's towns. */
export function useTowns() {
  return useQuery({
    queryKey: ['towns'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/towns', { signal })),
    staleTime: 60 * 60_000,
  });
}
