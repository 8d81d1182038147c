import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { MY_MENTORS_QUERY_KEY, type Mentorship } from './list-my-mentors';

/** POST /api/me/mentors: 404 (field mentorEmail) when no mentor has this e-mail, 409 when already authorised. */
export function authoriseMentor(mentorEmail: string): Promise<Mentorship> {
  return unwrap(api.POST('/api/me/mentors', { body: { mentorEmail } }));
}

export function useAuthoriseMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authoriseMentor,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_MENTORS_QUERY_KEY }),
  });
}
