import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { ADMIN_ACCOUNTS_QUERY_ROOT } from './list-accounts';

/** Roles an admin may give; candidates and employers keep theirs. */
export const ASSIGNABLE_ROLES = ['mentor', 'iba_staff', 'coordinator', 'admin'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export function isAssignableRole(role: string): role is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly string[]).includes(role);
}

export interface UpdateAccountInput {
  accountId: string;
  role?: AssignableRole;
  /** Disabling ends every session of the account. */
  disabled?: boolean;
}

/** PATCH /api/admin/accounts/:id: 204, or 422 for the last admin, the own account, candidates and employers. */
export async function updateAccount({ accountId, ...changes }: UpdateAccountInput): Promise<void> {
  await unwrap(api.PATCH('/api/admin/accounts/{id}', { params: { path: { id: accountId } }, body: changes }));
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ADMIN_ACCOUNTS_QUERY_ROOT }),
  });
}
