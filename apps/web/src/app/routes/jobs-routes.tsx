import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import { CompanyFirmsRoute } from './company-firms';
import { CompanyMineRoute } from './company-mine';
import { CompanyOfferRoute } from './company-offer';
import { CompanyShowcaseRoute } from './company-showcase';
import { JobsBoardRoute } from './jobs-board';
import { JobsImportRoute } from './jobs-import';
import { JobsOfferRoute } from './jobs-offer';

/** Routes of the job board, company profile and offer pages. */
export const jobsRoutes: RouteObject[] = [
  { path: 'jobs', element: <JobsBoardRoute /> },
  { path: 'showcase', element: <CompanyShowcaseRoute /> },
  {
    element: <RequireSession roles={['admin', 'iba_staff']} />,
    children: [{ path: 'jobs/import', element: <JobsImportRoute /> }],
  },
  { path: 'jobs/:id', element: <JobsOfferRoute /> },
  {
    element: <RequireSession roles={['employer']} />,
    children: [
      { path: 'company', element: <CompanyMineRoute /> },
      { path: 'company/offers/:offerId', element: <CompanyOfferRoute /> },
    ],
  },
  {
    element: <RequireSession roles={['coordinator', 'iba_staff', 'admin']} />,
    children: [{ path: 'firms', element: <CompanyFirmsRoute /> }],
  },
];
