import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { NarrowPage } from '../../components/narrow-page';
import { AccessCodeForm } from '../../features/auth/components/access-code-form';
import { useSession } from '../../features/auth/session/session-context';

export function AccessCodeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();

  if (session.account) return <Navigate to="/account" replace />;
  return (
    <NarrowPage title={t('auth.accessCode.title')} intro={t('auth.accessCode.intro')}>
      <AccessCodeForm onSignedIn={() => navigate('/account', { replace: true })} />
    </NarrowPage>
  );
}
