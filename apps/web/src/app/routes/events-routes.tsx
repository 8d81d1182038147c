import { Stack } from '@mantine/core';
import { useParams, type RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import {
  CheckInPage,
  EventCreatePage,
  EventDetailPage,
  EventEditPage,
  EventListPage,
  PlanPage,
  useEvent,
  WallPlanPage,
} from '../../features/events';
import { ErrorAlert } from '../../components/error-alert';
import { PageLoader } from '../../components/page-loader';
import { EventPrintouts, PrintButton } from '../../features/print';

/** The wall plan, with everything for the event (plans and badges) as one PDF for staff. */
function WallPlanRoute() {
  const { id = '' } = useParams();
  return (
    <Stack gap="md">
      <PrintButton target={{ kind: 'eventEverything', eventId: id }} />
      <WallPlanPage />
    </Stack>
  );
}

/** Staff print each firm's match list, enter firms on the spot, and make print batches ahead. */
function EventPrintoutsRoute() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  if (event.isPending) return <PageLoader />;
  if (event.isError) return <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />;
  return <EventPrintouts event={event.data} />;
}

/** Events and speed dating: everyone signed in sees events; staff plan and run them. */
export const eventsRoutes: RouteObject[] = [
  {
    element: <RequireSession />,
    children: [
      { path: 'events', element: <EventListPage /> },
      { path: 'events/:id', element: <EventDetailPage /> },
      { path: 'events/:id/plans/:registrationId', element: <PlanPage /> },
    ],
  },
  {
    element: <RequireSession roles={['coordinator', 'iba_staff', 'admin']} />,
    children: [
      { path: 'events/new', element: <EventCreatePage /> },
      { path: 'events/:id/edit', element: <EventEditPage /> },
      { path: 'events/:id/wall', element: <WallPlanRoute /> },
      { path: 'events/:id/check-in', element: <CheckInPage /> },
    ],
  },
  {
    element: <RequireSession roles={['coordinator', 'iba_staff']} />,
    children: [{ path: 'events/:id/printouts', element: <EventPrintoutsRoute /> }],
  },
];
