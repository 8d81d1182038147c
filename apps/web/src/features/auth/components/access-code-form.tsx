import { Button, TextInput } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@passgenau/domain';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { PasswordField } from '../../../components/password-field';
import { ApiError } from '../../../lib/api-client';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors, explainedByFields } from '../../../lib/form-errors';
import type { SessionAccount } from '../../../types/session';
import { useRedeemAccessCode } from '../api/redeem-access-code';
import { useSession } from '../session/session-context';

const FIELDS = ['loginName', 'code', 'newPassword'] as const;
type Field = (typeof FIELDS)[number];

function generalErrorKey(error: unknown): ParseKeys {
  if (error instanceof ApiError && error.code === 'AUTH_ACCESS_CODE_INVALID') return 'auth.accessCode.invalid';
  if (error instanceof ApiError && (error.code === 'AUTH_TOO_MANY_FAILURES' || error.code === 'RATE_LIMITED'))
    return 'auth.signIn.rateLimited';
  return errorMessageKey(error);
}

export interface AccessCodeFormProps {
  onSignedIn: (account: SessionAccount) => void;
}

export function AccessCodeForm({ onSignedIn }: AccessCodeFormProps) {
  const { t } = useTranslation();
  const session = useSession();
  const redeem = useRedeemAccessCode();
  const [values, setValues] = useState<Record<Field, string>>({ loginName: '', code: '', newPassword: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const serverErrors = apiFieldErrors(redeem.error, FIELDS);
  const fieldError = (field: Field) =>
    problems[field] ?? (serverErrors[field] ? t(serverErrors[field]) : undefined);

  const change = (field: Field) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    setProblems((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (values.loginName.trim() === '') found.loginName = t('validation.required');
    if (values.code.trim() === '') found.code = t('validation.required');
    if (values.newPassword.length < PASSWORD_MIN_LENGTH) found.newPassword = t('validation.passwordShort');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    redeem.mutate(
      { loginName: values.loginName.trim(), code: values.code.trim(), newPassword: values.newPassword },
      {
        onSuccess: (answer) => {
          session.signedIn(answer);
          onSignedIn(answer.account);
        },
      },
    );
  };

  return (
    <FormStack gap="md" onSubmit={submit}>
      {redeem.isError && !explainedByFields(redeem.error, FIELDS) ? (
        <FormError>{t(generalErrorKey(redeem.error))}</FormError>
      ) : null}
      <TextInput
        size="md"
        label={t('auth.accessCode.loginName')}
        description={t('auth.accessCode.loginNameHint')}
        name="loginName"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        required
        value={values.loginName}
        onChange={change('loginName')}
        error={fieldError('loginName')}
      />
      <TextInput
        size="md"
        label={t('auth.accessCode.code')}
        description={t('auth.accessCode.codeHint')}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        dir="ltr"
        required
        value={values.code}
        onChange={change('code')}
        error={fieldError('code')}
      />
      <PasswordField
        isNew
        label={t('auth.accessCode.newPassword')}
        name="newPassword"
        required
        value={values.newPassword}
        onChange={change('newPassword')}
        error={fieldError('newPassword')}
      />
      <Button type="submit" size="md" loading={redeem.isPending} fullWidth>
        {t('auth.accessCode.submit')}
      </Button>
    </FormStack>
  );
}
