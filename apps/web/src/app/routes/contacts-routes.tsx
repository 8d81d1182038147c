import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../features/auth/session/require-session';
import { BrokeringPage, InboxPage, SentRequestsPage, ShortlistPage } from '../../features/contacts';

/** Routes of shortlists and contact requests: the firm's, the candidate's and mentor's inbox, IBA's brokering. */
export const contactsRoutes: RouteObject[] = [
  {
    element: <RequireSession roles={['employer']} />,
    children: [
      { path: 'shortlist', element: <ShortlistPage /> },
      { path: 'contact-requests/sent', element: <SentRequestsPage /> },
    ],
  },
  {
    element: <RequireSession roles={['candidate', 'mentor']} />,
    children: [{ path: 'contact-requests', element: <InboxPage /> }],
  },
  {
    element: <RequireSession roles={['iba_staff', 'coordinator', 'admin']} />,
    children: [{ path: 'brokering', element: <BrokeringPage /> }],
  },
];
