import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import { DistrictReportPage } from '../../features/reports/components/district-report-page';

/** The district report (coordinators, IBA staff, admins). */
export const reportsRoutes: RouteObject[] = [
  {
    element: <RequireSession roles={['coordinator', 'iba_staff', 'admin']} />,
    children: [{ path: 'reports', element: <DistrictReportPage /> }],
  },
];
