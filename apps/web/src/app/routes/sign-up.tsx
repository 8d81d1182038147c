import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { NarrowPage } from '../../components/narrow-page';
import { SignUpConfirm } from '../../features/auth/components/sign-up-confirm';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { useSession } from '../../features/auth/session/session-context';
import { EmployerSignUpLink } from './staff-routes';

/** /sign-up asks for the details and mails a link; /sign-up?token=… (the link) creates the account. */
export function SignUpRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');

  if (session.account) return <Navigate to="/account" replace />;
  if (token) {
    return (
      <NarrowPage title={t('auth.signUp.confirmTitle')} intro={t('auth.signUp.confirmIntro')}>
        <SignUpConfirm token={token} onSignedUp={() => navigate('/account', { replace: true })} />
      </NarrowPage>
    );
  }
  return (
    <NarrowPage title={t('auth.signUp.title')} intro={t('auth.signUp.intro')}>
      <SignUpForm />
      <EmployerSignUpLink />
    </NarrowPage>
  );
}
