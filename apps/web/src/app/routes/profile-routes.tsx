import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import { DuplicatesPage } from '../../features/duplicates/components/duplicates-page';
import {
  AssessmentsRoute,
  CandidateProfileRoute,
  ProfileListRoute,
  ProfileViewRoute,
  ProfileWizardRoute,
  PseudonymousProfileRoute,
} from './profile-pages';

/** Who may read the pseudonymous profiles. */
export const PROFILE_READERS = ['employer', 'iba_staff', 'coordinator', 'admin'] as const;

/** Routes of the competence-profile pages (wizard, profile view, employer list, assessment import). */
export const profileRoutes: RouteObject[] = [
  {
    element: <RequireSession roles={['candidate']} />,
    children: [
      { path: 'profile', element: <ProfileWizardRoute /> },
      { path: 'profile/view', element: <ProfileViewRoute /> },
    ],
  },
  {
    element: <RequireSession roles={['mentor', 'iba_staff', 'admin']} />,
    children: [{ path: 'candidates/:id/profile', element: <CandidateProfileRoute /> }],
  },
  {
    element: <RequireSession roles={PROFILE_READERS} />,
    children: [
      { path: 'profiles', element: <ProfileListRoute /> },
      { path: 'profiles/:pseudonym', element: <PseudonymousProfileRoute /> },
    ],
  },
  {
    element: <RequireSession roles={['iba_staff']} />,
    children: [{ path: 'assessments', element: <AssessmentsRoute /> }],
  },
  {
    element: <RequireSession roles={['iba_staff', 'admin']} />,
    children: [{ path: 'duplicates', element: <DuplicatesPage /> }],
  },
];
