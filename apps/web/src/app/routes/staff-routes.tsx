import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, type RouteObject } from 'react-router-dom';
import { NarrowPage } from '../../components/narrow-page';
import { RequireSession } from '../../features/auth/session/require-session';
import { useSession } from '../../features/auth/session/session-context';
import { CandidateLookup } from '../../features/staff/components/candidate-lookup';
import { EmployerSignUpForm } from '../../features/staff/components/employer-sign-up-form';
import { TaxonomyPage } from '../../features/taxonomy-admin/components/taxonomy-page';
import { VerificationPage } from '../../features/staff/components/verification-page';

function CandidateLookupRoute() {
  return (
    <Stack gap="lg" maw={960}>
      <CandidateLookup headingOrder={1} />
    </Stack>
  );
}

function EmployerSignUpRoute() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.account) return <Navigate to="/account" replace />;
  return (
    <NarrowPage title={t('staff.employerSignUp.title')} intro={t('staff.employerSignUp.intro')}>
      <EmployerSignUpForm />
    </NarrowPage>
  );
}

/** The link from the candidates' sign-up page to the firms' one. */
export function EmployerSignUpLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/sign-up/firm" ta="center">
      {t('staff.employerSignUp.link')}
    </Anchor>
  );
}

/** Staff tools (lookup, taxonomy and towns, the check of new firms) and the firms' own sign-up. */
export const staffRoutes: RouteObject[] = [
  { path: 'sign-up/firm', element: <EmployerSignUpRoute /> },
  {
    element: <RequireSession roles={['mentor', 'iba_staff', 'admin']} />,
    children: [{ path: 'candidates/lookup', element: <CandidateLookupRoute /> }],
  },
  {
    element: <RequireSession roles={['coordinator', 'admin']} />,
    children: [{ path: 'taxonomy', element: <TaxonomyPage /> }],
  },
  {
    element: <RequireSession roles={['iba_staff', 'coordinator', 'admin']} />,
    children: [{ path: 'company-checks', element: <VerificationPage /> }],
  },
];
