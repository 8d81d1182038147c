export const AuthMessage = {
  BAD_CREDENTIALS: 'E-mail (or login name) or password is wrong.',
  TOO_MANY_FAILURES:
    'Too many failed sign-ins for this account from your network. Please wait 15 minutes, or reset your password.',
  SESSION_ENDED: 'Your session has ended. Please sign in again.',
  ACCOUNT_DISABLED: 'This account is disabled.',
  EMAIL_TAKEN: 'An account with this e-mail already exists.',
  SIGNUP_LINK_INVALID: 'This sign-up link is invalid, used or expired.',
  RESET_TOKEN_INVALID: 'This password-reset link is invalid, used or expired.',
  UNKNOWN_TOWN: 'No town of the district has this municipality key.',
  ACCESS_CODE_INVALID: 'Login name or access code is wrong, used or expired.',
} as const;
