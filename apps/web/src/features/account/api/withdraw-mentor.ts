import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { MY_MENTORS_QUERY_KEY } from './list-my-mentors';

/** DELETE /api/me/mentors/:id: the mentor may no longer see or act for the candidate. */
export async function withdrawMentor(mentorshipId: string): Promise<void> {
  await apiRequest<null>(`/me/mentors/${encodeURIComponent(mentorshipId)}`, { method: 'DELETE' });
}

export function useWithdrawMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawMentor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_MENTORS_QUERY_KEY }),
  });
}
