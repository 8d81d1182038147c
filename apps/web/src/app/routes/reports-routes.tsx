import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import { DistrictReportPage } from '../../features/reports/components/district-report-page';
import { SavedSearchesPage } from '../../features/saved-searches/components/saved-searches-page';

/** The district report (coordinators, IBA staff, admins) and saved searches (employers, candidates, mentors). */
export const reportsRoutes: RouteObject[] = [
  {
    element: <RequireSession roles={['coordinator', 'iba_staff', 'admin']} />,
    children: [{ path: 'reports', element: <DistrictReportPage /> }],
  },
  {
    element: <RequireSession roles={['employer', 'candidate', 'mentor']} />,
    children: [{ path: 'saved-searches', element: <SavedSearchesPage /> }],
  },
];
