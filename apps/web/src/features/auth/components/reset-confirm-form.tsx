import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PASSWORD_MIN_LENGTH } from '@passgenau/domain';
import { FormStack } from '../../../components/form-stack';
import { FormError } from '../../../components/form-error';
import { PasswordField } from '../../../components/password-field';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors } from '../../../lib/form-errors';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';

export interface ResetConfirmFormProps {
  token: string;
}

export function ResetConfirmForm({ token }: ResetConfirmFormProps) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const serverErrors = apiFieldErrors(confirm.error, ['token', 'newPassword']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) {
      setProblem(t('validation.passwordShort'));
      return;
    }
    confirm.mutate({ token, newPassword: password });
  };

  if (confirm.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />} role="status">
          {t('auth.reset.done')}
        </Alert>
        <Button component={Link} to="/sign-in" size="md">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    );
  }

  return (
    <FormStack gap="md" onSubmit={submit}>
      {serverErrors.token ? (
        <FormError>
          {t('auth.reset.linkInvalid')}{' '}
          <Anchor component={Link} to="/reset-password" inherit>
            {t('auth.reset.requestAgain')}
          </Anchor>
        </FormError>
      ) : confirm.isError && !serverErrors.newPassword ? (
        <FormError>{t(errorMessageKey(confirm.error))}</FormError>
      ) : null}
      <PasswordField
        isNew
        label={t('auth.newPassword')}
        name="newPassword"
        required
        value={password}
        onChange={(event) => {
          setPassword(event.currentTarget.value);
          setProblem(undefined);
        }}
        error={problem ?? (serverErrors.newPassword ? t(serverErrors.newPassword) : undefined)}
      />
      <Button type="submit" size="md" loading={confirm.isPending} fullWidth>
        {t('auth.reset.confirmSubmit')}
      </Button>
    </FormStack>
  );
}
