import type { Schemas } from '@passgenau/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationKind, UiLanguage } from '@passgenau/domain';
import { api, unwrap } from '../../../lib/api';
import { MY_INVITATIONS_QUERY_KEY } from './list-invitations';

export interface CreateInvitationInput {
  kind: InvitationKind;
  email: string;
  /** Employer invitations: the company the person will run (created on acceptance). */
  companyName?: string;
  /** Language of the invitation mail. */
  language: UiLanguage;
}

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
