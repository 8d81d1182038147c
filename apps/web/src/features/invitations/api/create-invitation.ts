import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationKind, UiLanguage } from '@passgenau/domain';
import { apiRequest } from '../../../lib/api-client';
import { MY_INVITATIONS_QUERY_KEY, type Invitation } from './list-invitations';

export interface CreateInvitationInput {
  kind: InvitationKind;
  email: string;
  /** Employer invitations: the company the person will run (created on acceptance). */
  companyName?: string;
  /** Language of the invitation mail. */
  language: UiLanguage;
}

export interface CreatedInvitation extends Invitation {
  /** The link in the mail, to hand over in person if needed. */
  acceptUrl: string;
}

/** POST /api/invitations (employers: IBA staff and coordinators; candidates: mentors and IBA staff). */
export function createInvitation(input: CreateInvitationInput): Promise<CreatedInvitation> {
  return apiRequest<CreatedInvitation>('/invitations', { method: 'POST', body: input });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_QUERY_KEY }),
  });
}
