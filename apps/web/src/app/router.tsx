import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { RootLayout } from './layout/root-layout';
import { UserMenu } from '../features/auth/components/user-menu';
import { RequireSession } from '../features/auth/session/require-session';
import { AccessCodeRoute } from './routes/access-code';
import { AccessibilityRoute } from './routes/accessibility';
import { AccountRoute } from './routes/account';
import { AdminRoute } from './routes/admin';
import { contactsRoutes } from './routes/contacts-routes';
import { HomeRoute } from './routes/home';
import { InvitationRoute } from './routes/invitation';
import { jobsRoutes } from './routes/jobs-routes';
import { matchingRoutes } from './routes/matching-routes';
import { profileRoutes } from './routes/profile-routes';
import { NotFoundRoute } from './routes/not-found';
import { ResetPasswordRoute } from './routes/reset-password';
import { SignInRoute } from './routes/sign-in';
import { SignUpRoute } from './routes/sign-up';
import { staffRoutes } from './routes/staff-routes';
import { reportsRoutes } from './routes/reports-routes';
import { openHouseRoutes } from './routes/open-house-routes';

export const routes: RouteObject[] = [
  {
    element: <RootLayout headerEnd={<UserMenu />} />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'sign-in', element: <SignInRoute /> },
      { path: 'sign-up', element: <SignUpRoute /> },
      { path: 'reset-password', element: <ResetPasswordRoute /> },
      { path: 'access-code', element: <AccessCodeRoute /> },
      { path: 'accessibility', element: <AccessibilityRoute /> },
      { path: 'invitations/:token', element: <InvitationRoute /> },
      {
        element: <RequireSession />,
        children: [{ path: 'account', element: <AccountRoute /> }],
      },
      {
        element: <RequireSession roles={['admin']} />,
        children: [{ path: 'admin', element: <AdminRoute /> }],
      },
      ...profileRoutes,
      ...jobsRoutes,
      ...staffRoutes,
      ...matchingRoutes,
      ...reportsRoutes,
      ...contactsRoutes,
      ...openHouseRoutes,
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
