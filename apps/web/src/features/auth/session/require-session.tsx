import { Alert, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Role } from '@passgenau/domain';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { signInPath } from './next-path';
import { useSession } from './session-context';

export interface RequireSessionProps {
  /** Roles that may see the page; any signed-in account when not given. */
  roles?: readonly Role[];
  children?: ReactNode;
}

/** Shows the page to signed-in accounts (of the given roles); sends everyone else to the sign-in page. */
export function RequireSession({ roles, children }: RequireSessionProps) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') return <PageLoader />;
  if (session.status === 'error') return <ErrorAlert error={session.error} onRetry={session.retry} />;
  if (!session.account) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (roles && !roles.includes(session.account.role)) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('auth.forbidden.title')}</Title>
        <Alert color="orange" variant="light" icon={<IconLock aria-hidden="true" />}>
          {t('auth.forbidden.text')}
        </Alert>
      </Stack>
    );
  }
  return children ?? <Outlet />;
}
