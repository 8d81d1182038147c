import { useParams, useSearchParams, type RouteObject } from 'react-router-dom';
import { useSession } from '../../features/auth/session/session-context';
import { RequireSession } from '../../features/auth/session/require-session';
import {
  CandidateRoutePage,
  JobFairPage,
  MyFairGroupPage,
  MyFairPlanPage,
  MyOpenHousePage,
  OpenHouseDayPage,
  OpenHouseOverviewPage,
  SiteVisitorsPage,
} from '../../features/open-house';

const PLANNERS = ['coordinator', 'iba_staff', 'admin'] as const;

function DayRoute() {
  const { dayId = '' } = useParams();
  return <OpenHouseDayPage key={dayId} dayId={dayId} />;
}

function SiteVisitorsRoute() {
  const { dayId = '', siteId = '' } = useParams();
  return <SiteVisitorsPage key={`${dayId}/${siteId}`} dayId={dayId} siteId={siteId} />;
}

function CandidateRouteRoute() {
  const { dayId = '' } = useParams();
  const [search] = useSearchParams();
  const candidateId = search.get('candidateId') ?? undefined;
  return <CandidateRoutePage key={`${dayId}/${candidateId}`} dayId={dayId} candidateId={candidateId} />;
}

function FairRoute() {
  const { fairId = '' } = useParams();
  return <JobFairPage key={fairId} fairId={fairId} />;
}

function FairGroupRoute() {
  const { fairId = '' } = useParams();
  return <MyFairGroupPage key={fairId} fairId={fairId} />;
}

function FairPlanRoute() {
  const { fairId = '' } = useParams();
  return <MyFairPlanPage key={fairId} fairId={fairId} />;
}

function MineRoute() {
  const session = useSession();
  return <MyOpenHousePage role={session.account?.role === 'mentor' ? 'mentor' : 'candidate'} />;
}

/** Routes of open-house days and job fairs: planning staff, firms, fair mentors and candidates. */
export const openHouseRoutes: RouteObject[] = [
  {
    element: <RequireSession roles={PLANNERS} />,
    children: [
      { path: 'open-house', element: <OpenHouseOverviewPage /> },
      { path: 'open-house/days/:dayId', element: <DayRoute /> },
      { path: 'open-house/fairs/:fairId', element: <FairRoute /> },
    ],
  },
  {
    element: <RequireSession roles={['employer', ...PLANNERS]} />,
    children: [{ path: 'open-house/days/:dayId/sites/:siteId', element: <SiteVisitorsRoute /> }],
  },
  {
    element: <RequireSession roles={['candidate', 'mentor', ...PLANNERS]} />,
    children: [{ path: 'open-house/days/:dayId/route', element: <CandidateRouteRoute /> }],
  },
  {
    element: <RequireSession roles={['mentor', ...PLANNERS]} />,
    children: [{ path: 'open-house/fairs/:fairId/group', element: <FairGroupRoute /> }],
  },
  {
    element: <RequireSession roles={['candidate']} />,
    children: [{ path: 'open-house/fairs/:fairId/plan', element: <FairPlanRoute /> }],
  },
  {
    element: <RequireSession roles={['candidate', 'mentor']} />,
    children: [{ path: 'my-open-house', element: <MineRoute /> }],
  },
];
