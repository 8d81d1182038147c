import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { RouterProvider, type createBrowserRouter } from 'react-router-dom';
import { AppProvider } from './provider';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
  router: AppRouter;
  mantineEnv?: 'default' | 'test';
}

export function App({ i18n, queryClient, router, mantineEnv }: AppProps) {
  return (
    <AppProvider i18n={i18n} queryClient={queryClient} mantineEnv={mantineEnv}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
