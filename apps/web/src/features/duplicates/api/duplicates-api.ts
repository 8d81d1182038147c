import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface DuplicateCandidate {
  id: string;
  name: string;
  birthYear: number | null;
}

export interface DuplicatePair {
  candidateA: DuplicateCandidate;
  candidateB: DuplicateCandidate;
  strength: 'likely' | 'hint';
  reason: 'same_name_and_birth_year' | 'same_phone';
}

export interface MergeInput {
  keep: string;
  remove: string;
  reason: string;
}

export interface MergeResult {
  archiveId: string;
  keptCandidateId: string;
  restorableUntil: string;
  mentorsMoved: number;
  candidateNotified: boolean;
}

export interface MergedRecord {
  archiveId: string;
  kept: DuplicateCandidate;
  removedCandidateId: string;
  removedName: string;
  mergedAt: string;
  mergedByName: string;
  reason: string;
  restorableUntil: string;
}

/** Longest merge reason the API takes. */
export const MERGE_REASON_MAX_LENGTH = 500;

const ROOT = ['duplicates'] as const;

/** GET /api/duplicates (IBA staff, admins): flagged pairs; every read is in the access log. */
export function duplicatesQueryOptions() {
  return queryOptions({
    queryKey: [...ROOT, 'pairs'] as const,
    queryFn: ({ signal }) => apiRequest<DuplicatePair[]>('/duplicates', { signal }),
    staleTime: 0,
  });
}

/** GET /api/duplicates/merges: merges that can still be undone. */
export function mergedQueryOptions() {
  return queryOptions({
    queryKey: [...ROOT, 'merges'] as const,
    queryFn: ({ signal }) => apiRequest<MergedRecord[]>('/duplicates/merges', { signal }),
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
  useDuplicatesMutation((input: MergeInput) =>
    apiRequest<MergeResult>('/duplicates/merge', { method: 'POST', body: input }),
  );

/** POST /api/duplicates/dismiss: not the same person. */
export const useDismiss = () =>
  useDuplicatesMutation((pair: { candidateA: string; candidateB: string }) =>
    apiRequest<null>('/duplicates/dismiss', { method: 'POST', body: pair }),
  );

/** POST /api/duplicates/merges/:id/restore: 409 MERGE_NOT_RESTORABLE after 30 days or when the e-mail is taken. */
export const useRestore = () =>
  useDuplicatesMutation((archiveId: string) =>
    apiRequest<{ candidateId: string }>(`/duplicates/merges/${encodeURIComponent(archiveId)}/restore`, {
      method: 'POST',
    }),
  );
