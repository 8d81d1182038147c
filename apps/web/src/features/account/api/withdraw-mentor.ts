import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { MY_MENTORS_QUERY_KEY } from './list-my-mentors';

/** DELETE /api/me/mentors/:id: the mentor may no longer see or act for the candidate. */
export async function withdrawMentor(mentorshipId: string): Promise<void> {
  await unwrap(api.DELETE('/api/me/mentors/{id}', { params: { path: { id: mentorshipId } } }));
}

export function useWithdrawMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawMentor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_MENTORS_QUERY_KEY }),
  });
}
