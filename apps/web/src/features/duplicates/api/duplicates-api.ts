import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@passgenau/api-client';
import { api, unwrap } from '../../../lib/api';

export type DuplicateCandidate = Schemas['DuplicateCandidateRef'];
export type DuplicatePair = Schemas['DuplicatePairResponse'];
export type MergeInput = Schemas['MergeDuplicateDto'];
export type MergeResult = Schemas['MergeResultResponse'];
export type MergedRecord = Schemas['MergedCandidateResponse'];

/** Longest merge reason the API takes. */
export const MERGE_REASON_MAX_LENGTH = 500;

const ROOT = ['duplicates'] as const;

/** GET /api/duplicates (IBA staff, admins): flagged pairs; every read is in the access log. */
export function duplicatesQueryOptions() {
  return queryOptions({
    queryKey: [...ROOT, 'pairs'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/duplicates', { signal })),
    staleTime: 0,
  });
}

/** GET /api/duplicates/merges: merges that can still be undone. */
export function mergedQueryOptions() {
  return queryOptions({
    queryKey: [...ROOT, 'merges'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/duplicates/merges', { signal })),
    staleTime: 0,
  });
}

export const useDuplicates = () => useQuery(duplicatesQueryOptions());
export const useMergedRecords = () => useQuery(mergedQueryOptions());

function useDuplicatesMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Not awaited: the refreshed lists drop the item that started the mutation, and a callback
    // passed to `mutate` is never called once that item is gone (the "restored" notice was lost).
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ROOT });
    },
  });
}

/** POST /api/duplicates/merge: 409 DUPLICATE_PAIR_NOT_FLAGGED for a pair the list does not show. */
export const useMerge = () =>
  useDuplicatesMutation((input: MergeInput) => unwrap(api.POST('/api/duplicates/merge', { body: input })));

/** POST /api/duplicates/dismiss: not the same person. */
export const useDismiss = () =>
  useDuplicatesMutation((pair: { candidateA: string; candidateB: string }) =>
    unwrap(api.POST('/api/duplicates/dismiss', { body: pair })),
  );

/** POST /api/duplicates/merges/:id/restore: 409 MERGE_NOT_RESTORABLE after 30 days or when the e-mail is taken. */
export const useRestore = () =>
  useDuplicatesMutation((archiveId: string) =>
    unwrap(api.POST('/api/duplicates/merges/{id}/restore', { params: { path: { id: archiveId } } })),
  );
