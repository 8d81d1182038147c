import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors } from '../../../lib/form-errors';
import { useUiLanguage } from '../../../lib/i18n';
import { isEmailLike } from '../../../lib/validation';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { isolate } from '../../../lib/bidi';

export function ResetRequestForm() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const serverErrors = apiFieldErrors(request.error, ['email']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isEmailLike(email)) {
      setProblem(email.trim() === '' ? t('validation.required') : t('validation.email'));
      return;
    }
    request.mutate({ email: email.trim(), language });
  };

  if (request.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden="true" />} role="status">
          {t('auth.reset.sent', { email: isolate(email.trim()) })}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('auth.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <FormStack gap="md" onSubmit={submit}>
      {request.isError && !serverErrors.email ? (
        <FormError>{t(errorMessageKey(request.error))}</FormError>
      ) : null}
      <TextInput
        size="md"
        label={t('common.email')}
        name="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        required
        value={email}
        onChange={(event) => {
          setEmail(event.currentTarget.value);
          setProblem(undefined);
        }}
        error={problem ?? (serverErrors.email ? t(serverErrors.email) : undefined)}
      />
      <Button type="submit" size="md" loading={request.isPending} fullWidth>
        {t('auth.reset.requestSubmit')}
      </Button>
      <Anchor component={Link} to="/sign-in">
        {t('auth.backToSignIn')}
      </Anchor>
    </FormStack>
  );
}
