export const AccountsMessage = {
  ACCOUNT_NOT_FOUND: 'No such account.',
  EMAIL_TAKEN: 'An account with this e-mail already exists.',
  ROLE_CHANGE_NOT_ALLOWED:
    'Employers change role through their company; this role change is not possible here.',
  LAST_ADMIN: 'The last active admin cannot be disabled or lose the admin role.',
  SELF_DISABLE: 'You cannot disable your own account.',
} as const;
