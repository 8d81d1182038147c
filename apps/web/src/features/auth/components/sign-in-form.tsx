import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { PasswordField } from '../../../components/password-field';
import { ApiError } from '../../../lib/api-client';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import { useFocusInvalid } from '../../../lib/focus-invalid';
import type { SessionAccount } from '../../../types/session';
import { useLogin } from '../api/login';
import { useSession } from '../session/session-context';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

function generalErrorKey(error: unknown): ParseKeys {
  if (error instanceof ApiError && error.code === 'AUTH_BAD_CREDENTIALS') return 'auth.signIn.badCredentials';
  if (error instanceof ApiError && (error.code === 'AUTH_TOO_MANY_FAILURES' || error.code === 'RATE_LIMITED'))
    return 'auth.signIn.rateLimited';
  return errorMessageKey(error);
}

export interface SignInFormProps {
  onSignedIn: (account: SessionAccount) => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const session = useSession();
  const login = useLogin();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const { ref, focusInvalid } = useFocusInvalid(login.error);

  // Signing in checks no rules: the field takes login names too, and the password is the one already chosen.
  const serverErrors = apiFieldErrors(login.error, FIELDS, () => 'validation.invalid');
  const fieldError = (field: Field) =>
    missing[field] ? t('validation.required') : serverErrors[field] ? t(serverErrors[field]) : undefined;

  const change = (field: Field) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    setMissing((previous) => ({ ...previous, [field]: false }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = { email: values.email.trim() === '', password: values.password === '' };
    setMissing(empty);
    if (empty.email || empty.password) return focusInvalid();
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (answer) => {
          session.signedIn(answer);
          onSignedIn(answer.account);
        },
      },
    );
  };

  return (
    <FormStack gap="md" onSubmit={submit} ref={ref}>
      {login.isError && !explainedByFields(login.error, FIELDS) ? (
        <FormError>{t(generalErrorKey(login.error))}</FormError>
      ) : null}
      <TextInput
        size="md"
        label={t('auth.signIn.identifier')}
        description={t('auth.signIn.identifierHint')}
        name="email"
        type="text"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        required
        value={values.email}
        onChange={change('email')}
        error={fieldError('email')}
      />
      <PasswordField
        label={t('auth.password')}
        name="password"
        required
        value={values.password}
        onChange={change('password')}
        error={fieldError('password')}
      />
      <Button type="submit" size="md" loading={login.isPending} fullWidth>
        {t('auth.signIn.submit')}
      </Button>
      <Stack gap={6}>
        <Anchor component={Link} to="/reset-password">
          {t('auth.signIn.forgotPassword')}
        </Anchor>
        <Anchor component={Link} to="/access-code">
          {t('auth.signIn.firstSignIn')}
        </Anchor>
        <Anchor component={Link} to="/sign-up">
          {t('auth.signIn.noAccount')}
        </Anchor>
      </Stack>
    </FormStack>
  );
}
