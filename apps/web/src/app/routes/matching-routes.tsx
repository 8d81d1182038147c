import { useParams, type RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import { CandidateSearchPage } from '../../features/candidate-search/components/candidate-search-page';
import { CandidateMatchesPage } from '../../features/matching/components/candidate-matches-page';
import { OfferMatchesPage, OfferMatchPage } from '../../features/matching/components/offer-matches-page';
import { PrintButton } from '../../features/print';

/** Who may search candidates: verified firms (the API checks verification), IBA staff, coordinators, admins. */
export const CANDIDATE_SEARCHERS = ['employer', 'iba_staff', 'coordinator', 'admin'] as const;

function OfferMatchesRoute() {
  const { offerId = '' } = useParams();
  return (
    <OfferMatchesPage
      key={offerId}
      offerId={offerId}
      actions={<PrintButton target={{ kind: 'offerMatches', offerId }} />}
    />
  );
}

function OfferMatchRoute() {
  const { offerId = '', pseudonym = '' } = useParams();
  return <OfferMatchPage key={`${offerId}/${pseudonym}`} offerId={offerId} pseudonym={pseudonym} />;
}

function CandidateMatchesRoute() {
  const { id = '' } = useParams();
  return <CandidateMatchesPage key={id} candidateId={id} />;
}

/** Routes of the matching pages: the employer's candidate search and the match lists. */
export const matchingRoutes: RouteObject[] = [
  {
    element: <RequireSession roles={CANDIDATE_SEARCHERS} />,
    children: [{ path: 'search', element: <CandidateSearchPage /> }],
  },
  {
    element: <RequireSession roles={['employer', 'iba_staff', 'coordinator']} />,
    children: [
      { path: 'offers/:offerId/matches', element: <OfferMatchesRoute /> },
      { path: 'offers/:offerId/matches/:pseudonym', element: <OfferMatchRoute /> },
    ],
  },
  {
    element: <RequireSession roles={['candidate']} />,
    children: [{ path: 'matches', element: <CandidateMatchesPage candidateId={null} /> }],
  },
  {
    element: <RequireSession roles={['mentor', 'iba_staff']} />,
    children: [{ path: 'candidates/:id/matches', element: <CandidateMatchesRoute /> }],
  },
];
