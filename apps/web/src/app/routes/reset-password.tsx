import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { NarrowPage } from '../../components/narrow-page';
import { ResetConfirmForm } from '../../features/auth/components/reset-confirm-form';
import { ResetRequestForm } from '../../features/auth/components/reset-request-form';

/** /reset-password asks for the e-mail; /reset-password?token=… (the link in the mail) sets the new password. */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');

  if (token) {
    return (
      <NarrowPage title={t('auth.reset.confirmTitle')} intro={t('auth.reset.confirmIntro')}>
        <ResetConfirmForm token={token} />
      </NarrowPage>
    );
  }
  return (
    <NarrowPage title={t('auth.reset.requestTitle')} intro={t('auth.reset.requestIntro')}>
      <ResetRequestForm />
    </NarrowPage>
  );
}
