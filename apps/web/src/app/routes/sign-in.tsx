import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { NarrowPage } from '../../components/narrow-page';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { safeNextPath } from '../../features/auth/session/next-path';
import { useSession } from '../../features/auth/session/session-context';

export function SignInRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));

  if (session.account) return <Navigate to={next} replace />;
  return (
    <NarrowPage title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
    </NarrowPage>
  );
}
