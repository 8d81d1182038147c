import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { NarrowPage } from '../../components/narrow-page';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { useSession } from '../../features/auth/session/session-context';

export function SignUpRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();

  if (session.account) return <Navigate to="/account" replace />;
  return (
    <NarrowPage title={t('auth.signUp.title')} intro={t('auth.signUp.intro')}>
      <SignUpForm onSignedUp={() => navigate('/account', { replace: true })} />
    </NarrowPage>
  );
}
