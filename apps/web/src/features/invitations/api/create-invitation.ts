import type { Schemas } from '@passgenau/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { MY_INVITATIONS_QUERY_KEY } from './list-invitations';

export type CreateInvitationInput = Schemas['CreateInvitationDto'];

/** With the link in the mail, to hand over in person if needed. */
export type CreatedInvitation = Schemas['CreatedInvitationResponse'];

/** POST /api/invitations (employers: IBA staff and coordinators; candidates: mentors and IBA staff). */
export function createInvitation(input: CreateInvitationInput): Promise<CreatedInvitation> {
  return unwrap(api.POST('/api/invitations', { body: input }));
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_QUERY_KEY }),
  });
}
