import { Anchor, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormError } from '../../../components/form-error';
import { errorMessageKey } from '../../../lib/error-message';
import { apiFieldErrors } from '../../../lib/form-errors';
import type { SessionAccount } from '../../../types/session';
import { useConfirmSignup } from '../api/signup';
import { useSession } from '../session/session-context';

export interface SignUpConfirmProps {
  token: string;
  onSignedUp: (account: SessionAccount) => void;
}

/**
 * The page behind the link in the sign-up mail. The account is created only on the button press,
 * so a mail scanner that opens links does not use the link up.
 */
export function SignUpConfirm({ token, onSignedUp }: SignUpConfirmProps) {
  const { t } = useTranslation();
  const session = useSession();
  const confirm = useConfirmSignup();
  const serverErrors = apiFieldErrors(confirm.error, ['token']);

  return (
    <Stack gap="md">
      {serverErrors.token ? (
        <FormError>
          {t('auth.signUp.linkInvalid')}{' '}
          <Anchor component={Link} to="/sign-in" inherit>
            {t('auth.backToSignIn')}
          </Anchor>
        </FormError>
      ) : confirm.isError ? (
        <FormError>{t(errorMessageKey(confirm.error))}</FormError>
      ) : null}
      <Button
        size="md"
        fullWidth
        loading={confirm.isPending}
        disabled={Boolean(serverErrors.token)}
        onClick={() =>
          confirm.mutate(token, {
            onSuccess: (answer) => {
              session.signedIn(answer);
              onSignedUp(answer.account);
            },
          })
        }
      >
        {t('auth.signUp.confirmSubmit')}
      </Button>
      {serverErrors.token ? (
        <Anchor component={Link} to="/sign-up">
          {t('auth.signUp.startAgain')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
