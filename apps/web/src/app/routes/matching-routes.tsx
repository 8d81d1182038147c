import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import { CandidateSearchPage } from '../../features/candidate-search/components/candidate-search-page';

/** Who may search candidates: verified firms (the API checks verification), IBA staff, coordinators, admins. */
export const CANDIDATE_SEARCHERS = ['employer', 'iba_staff', 'coordinator', 'admin'] as const;

/** Routes of the matching pages: the employer's candidate search and the match lists. */
export const matchingRoutes: RouteObject[] = [
  {
    element: <RequireSession roles={CANDIDATE_SEARCHERS} />,
    children: [{ path: 'search', element: <CandidateSearchPage /> }],
  },
];
